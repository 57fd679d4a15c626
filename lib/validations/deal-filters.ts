import { z } from "zod";
import { DealStatus } from "@/lib/validations/claim";
import { Amount, DateBound, Id, Page, fromUrlSearchParams, one, type RawSearchParams } from "@/lib/validations/search-params";

export const dealKinds = ["equity", "compute_commitment", "chip_supply", "warrant", "other"] as const;
export const DealKind = z.enum(dealKinds);
export const dealSortKeys = ["date", "amount", "parties", "kind", "stage", "sources"] as const;

export const DEALS_PER_PAGE = 25;

/** The filters, sort and page of /deals and /api/export/deals, parsed from the URL in one place. */
export const DealFiltersSchema = z
  .object({
    party: one(z.string().max(200)),
    kind: one(DealKind),
    stage: one(DealStatus),
    from: one(DateBound),
    to: one(DateBound),
    min: one(Amount),
    max: one(Amount),
    source: one(Id),
    sort: one(z.enum(dealSortKeys)).transform((s) => s ?? "date"),
    dir: one(z.enum(["asc", "desc"])).transform((d) => d ?? "desc"),
    page: Page,
  })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    message: "the minimum amount is above the maximum",
    path: ["min"],
  })
  .refine((f) => !f.from || !f.to || f.from.slice(0, f.to.length) <= f.to, {
    message: "the start date is after the end date",
    path: ["from"],
  });

export type DealFilters = z.infer<typeof DealFiltersSchema>;

export function parseDealFilters(params: RawSearchParams | URLSearchParams) {
  return DealFiltersSchema.safeParse(params instanceof URLSearchParams ? fromUrlSearchParams(params) : params);
}

/** True when any filter (not sort or page) is set. */
export function hasDealFilters(f: DealFilters): boolean {
  return [f.party, f.kind, f.stage, f.from, f.to, f.min, f.max, f.source].some((v) => v !== undefined);
}
