import { z } from "zod";
import { Page, fromUrlSearchParams, one, type RawSearchParams } from "@/lib/validations/search-params";

export const SOURCES_PER_PAGE = 50;

/** The sort and page of /sources and /api/export/sources. */
export const SourceFiltersSchema = z.object({
  sort: one(z.enum(["date", "claims", "contradiction"])).transform((s) => s ?? "date"),
  flagged: one(z.enum(["machine", "contradicted"])),
  page: Page,
});

export type SourceFilters = z.infer<typeof SourceFiltersSchema>;

export function parseSourceFilters(params: RawSearchParams | URLSearchParams) {
  return SourceFiltersSchema.safeParse(params instanceof URLSearchParams ? fromUrlSearchParams(params) : params);
}
