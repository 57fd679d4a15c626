/**
 * URL state of the timeline, companies and chips views, parsed in one place: the server
 * pages load it with `createLoader`, the client controls write it with `useQueryStates`.
 */
import { createLoader, parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CHIP_METRICS } from "@/lib/chips/compare";

/** An as-of day; `validDay` turns anything but "YYYY-MM-DD" into no as-of date. */
const parseAsDay = parseAsString.withOptions({ shallow: false });

export const timelineParams = {
  company: parseAsString.withOptions({ shallow: false }),
  asOf: parseAsDay,
  since: parseAsInteger.withOptions({ shallow: false }),
  /** The selected point (client-side only). */
  point: parseAsString,
};
export const loadTimelineParams = createLoader(timelineParams);

export function validDay(day: string | null): string | null {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : null;
}

export const DEAL_KINDS = ["equity", "compute_commitment", "chip_supply", "warrant", "other"] as const;

export const companiesParams = {
  kind: parseAsArrayOf(parseAsStringLiteral(DEAL_KINDS)).withDefault([]).withOptions({ shallow: false }),
  /** Count cloud units (Azure, AWS, Google Cloud) with their parent when finding circular flows. */
  units: parseAsStringLiteral(["merged", "separate"] as const).withDefault("merged").withOptions({ shallow: false }),
  /** The selected edge (deal id) or circular flow, client-side only. */
  deal: parseAsInteger,
  cycle: parseAsInteger,
};
export const loadCompaniesParams = createLoader(companiesParams);

export const CHIP_METRIC_KEYS = CHIP_METRICS.map((m) => m.property);

export const chipsParams = {
  metric: parseAsStringLiteral(CHIP_METRIC_KEYS).withDefault("peak_fp8_tflops"),
  systems: parseAsBoolean.withDefault(false).withOptions({ shallow: false }),
};
export const loadChipsParams = createLoader(chipsParams);
