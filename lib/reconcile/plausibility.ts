/**
 * Bounds per property and unit: figures no real deal or chip can have
 * (a modern AI accelerator at 1.2 TFLOPS, a valuation above world GDP, a share above 100 %).
 */
import type { Claim } from "../validations/claim";
import { formatFigure, formatNumber } from "./explain";

export type Plausibility = { ok: true } | { ok: false; reason: string };

/** World GDP, about $110 trillion: no company, deal or stake is worth more. */
export const WORLD_GDP_USD = 110e12;

/** Subjects that are systems (servers, pods, racks, clusters) rather than one chip. */
const SYSTEM_SUBJECT = /\b(server|ultraserver|instance|pod|rack|cluster|superpod|nvl\d*|dgx|hgx|node|system|project|platform|fleet|supercomputer|data ?cent(er|re))s?\b/i;

type Rule = { test: RegExp; min?: number; max?: number; chipOnly?: boolean; why: (c: Claim) => string };

const chipLabel = (c: Claim) => `a modern AI accelerator (${c.subject})`;

const RULES: Rule[] = [
  { test: /_usd/, max: WORLD_GDP_USD, why: () => `above world GDP (~${formatNumber("x_usd", WORLD_GDP_USD)})` },
  { test: /(^|_)(stake|market_share|share|ownership|reduction|cut|discount|margin)_pct$/, min: 0, max: 100, why: () => "a share or reduction outside 0–100 %" },
  { test: /_pct$/, max: 100_000, why: () => "a percentage beyond any real change" },
  { test: /^peak_[a-z0-9]+_tflops$/, min: 50, chipOnly: true, why: (c) => `below ~50 TFLOPS, far too slow for ${chipLabel(c)}` },
  { test: /^peak_[a-z0-9]+_tflops$/, max: 100_000, chipOnly: true, why: (c) => `above 100 PFLOPS for one chip (${c.subject})` },
  { test: /^peak_[a-z0-9]+_tflops$/, max: 1e9, why: () => "above a zettaflop" },
  { test: /^power_w$/, min: 5, max: 5_000, chipOnly: true, why: (c) => `power per chip outside 5 W–5 kW (${c.subject})` },
  { test: /^memory_gb$/, min: 1, max: 2_000, chipOnly: true, why: (c) => `memory per chip outside 1 GB–2 TB (${c.subject})` },
  { test: /^memory_bandwidth_tbps$/, min: 0.05, max: 100, chipOnly: true, why: (c) => `memory bandwidth per chip outside 50 GB/s–100 TB/s (${c.subject})` },
  { test: /^process_nm$/, min: 1, max: 250, why: () => "process node outside 1–250 nm" },
  { test: /^(capacity|power)_gw$/, min: 0, max: 1_000, why: () => "more than 1,000 GW (the world's data centres use far less)" },
  { test: /^chip_count$/, min: 1, max: 1e9, why: () => "chip count outside 1–1 billion" },
  { test: /^(perf|efficiency|memory)_multiple_vs_/, min: 0.01, max: 1_000, why: () => "a multiple beyond 1000x" },
  { test: /^peak_compute_exaflops$/, min: 0, max: 1e6, why: () => "beyond a zettaflop" },
  { test: /_usd|_gb|_w$|_gw$|_count$|_days$|_years$|_tflops$/, min: 0, why: () => "a negative amount" },
];

export function checkPlausibility(claim: Claim): Plausibility {
  const isSystem = SYSTEM_SUBJECT.test(claim.subject) || claim.kind === "investment" || claim.kind === "valuation";
  const hi = claim.value_max ?? claim.value;
  for (const r of RULES) {
    if (!r.test.test(claim.property)) continue;
    if (r.chipOnly && isSystem) continue;
    if (r.min !== undefined && claim.value < r.min)
      return { ok: false, reason: `${claim.subject} ${claim.property} ${formatFigure(claim)}: ${r.why(claim)}` };
    if (r.max !== undefined && hi > r.max)
      return { ok: false, reason: `${claim.subject} ${claim.property} ${formatFigure(claim)}: ${r.why(claim)}` };
  }
  return { ok: true };
}
