import { z } from "zod";
import { ClaimKind, DisagreementType } from "@/lib/validations/claim";
import { Id, Page, fromUrlSearchParams, many, one, type RawSearchParams } from "@/lib/validations/search-params";

export const claimFlags = ["disagreement", "implausible", "inconsistent"] as const;
export const ClaimFlag = z.enum(claimFlags);

export const CLAIMS_PER_PAGE = 20;
export const DISAGREEMENT_GROUPS_PER_PAGE = 10;

/** The filters, view and page of /claims and /api/export/claims, parsed from the URL in one place. */
export const ClaimFiltersSchema = z.object({
  id: many(Id),
  source: many(Id),
  subject: one(z.string().max(300)),
  property: one(z.string().regex(/^[a-z0-9_]+$/, "property is snake_case, e.g. amount_usd")),
  kind: one(ClaimKind),
  disagreement: one(DisagreementType),
  flag: many(ClaimFlag),
  view: one(z.enum(["cards", "disagreements"])).transform((v) => v ?? "cards"),
  page: Page,
});

export type ClaimFilters = z.infer<typeof ClaimFiltersSchema>;
export type ClaimFlag = z.infer<typeof ClaimFlag>;

export function parseClaimFilters(params: RawSearchParams | URLSearchParams) {
  return ClaimFiltersSchema.safeParse(params instanceof URLSearchParams ? fromUrlSearchParams(params) : params);
}

export function hasClaimFilters(f: ClaimFilters): boolean {
  return (
    f.id.length > 0 ||
    f.source.length > 0 ||
    f.flag.length > 0 ||
    [f.subject, f.property, f.kind, f.disagreement].some((v) => v !== undefined)
  );
}
