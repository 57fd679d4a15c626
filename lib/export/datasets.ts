import "server-only";
import { z } from "zod";
import { parseClaimFilters } from "@/lib/validations/claim-filters";
import { parseDealFilters } from "@/lib/validations/deal-filters";
import { parseSourceFilters } from "@/lib/validations/source-filters";
import { listAllClaims, listAllDisagreements } from "@/lib/queries/claims";
import { listAllDeals } from "@/lib/queries/deals";
import { listAllSources } from "@/lib/queries/sources";
import type { CsvValue } from "@/lib/export/csv";
import {
  CLAIM_COLUMNS,
  DEAL_COLUMNS,
  DISAGREEMENT_COLUMNS,
  SOURCE_COLUMNS,
  claimExportRow,
  dealExportRow,
  disagreementExportRow,
  sourceExportRow,
} from "@/lib/export/rows";

export const exportDatasets = ["claims", "deals", "sources", "disagreements"] as const;
export const ExportDataset = z.enum(exportDatasets);
export const ExportFormat = z.enum(["csv", "json"]);

type Table = { columns: string[]; rows: Record<string, CsvValue>[] };
export type ExportResult = { ok: true; table: Table } | { ok: false; error: z.ZodError };

/**
 * The rows of one dataset for the same URL filters its page uses (parsed by the same schema),
 * every page at once. `disagreements` takes the /claims filters.
 */
export async function exportRows(dataset: z.infer<typeof ExportDataset>, params: URLSearchParams): Promise<ExportResult> {
  switch (dataset) {
    case "claims":
    case "disagreements": {
      const parsed = parseClaimFilters(params);
      if (!parsed.success) return { ok: false, error: parsed.error };
      if (dataset === "claims") {
        const rows = (await listAllClaims(parsed.data)).map(claimExportRow);
        return { ok: true, table: { columns: CLAIM_COLUMNS, rows } };
      }
      const rows = (await listAllDisagreements(parsed.data)).map(disagreementExportRow);
      return { ok: true, table: { columns: DISAGREEMENT_COLUMNS, rows } };
    }
    case "deals": {
      const parsed = parseDealFilters(params);
      if (!parsed.success) return { ok: false, error: parsed.error };
      const rows = (await listAllDeals(parsed.data)).map(dealExportRow);
      return { ok: true, table: { columns: DEAL_COLUMNS, rows } };
    }
    case "sources": {
      const parsed = parseSourceFilters(params);
      if (!parsed.success) return { ok: false, error: parsed.error };
      const { sources } = await listAllSources(parsed.data);
      return { ok: true, table: { columns: SOURCE_COLUMNS, rows: sources.map(sourceExportRow) } };
    }
  }
}
