/**
 * Reconcile: pure functions over claims (no Next.js, no Prisma).
 * Which pairs disagree and why, the figure a record should show, which figures are implausible
 * or inconsistent inside their article, how reliable a source is, and whether it reads machine-written.
 */
export type { Disagreement, SourcedClaim } from "./types";
export { findDisagreements } from "./disagreements";
export { bestEstimate, type BestEstimate } from "./best-estimate";
export { checkPlausibility, WORLD_GDP_USD, type Plausibility } from "./plausibility";
export { checkConsistency, type Inconsistency } from "./consistency";
export { sourceReliability, sourceReliabilityAll, type SourceReliability } from "./reliability";
export { machineWrittenSignals, type MachineSignal, type MachineWrittenReport } from "./machine-written";
export { formatFigure, formatNumber } from "./explain";
