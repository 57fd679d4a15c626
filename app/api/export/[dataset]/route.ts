import type { NextRequest } from "next/server";
import { z } from "zod";
import { ExportDataset, ExportFormat, exportDatasets, exportRows } from "@/lib/export/datasets";
import { exportFileName, toCsv } from "@/lib/export/csv";

export const dynamic = "force-dynamic";

function unprocessable(error: z.ZodError) {
  return Response.json({ error: z.prettifyError(error), issues: error.issues }, { status: 422 });
}

/** GET /api/export/claims?format=csv&source=4&kind=investment: the filtered view of a page as CSV or JSON. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ dataset: string }> }) {
  const dataset = ExportDataset.safeParse((await params).dataset);
  if (!dataset.success)
    return Response.json({ error: `unknown dataset; try one of ${exportDatasets.join(", ")}` }, { status: 404 });
  const search = new URLSearchParams(request.nextUrl.searchParams);
  const format = ExportFormat.safeParse(search.get("format") ?? "json");
  if (!format.success) return unprocessable(format.error);
  search.delete("format");
  const result = await exportRows(dataset.data, search);
  if (!result.ok) return unprocessable(result.error);
  const filename = exportFileName(dataset.data, format.data);
  const disposition = `attachment; filename="${filename}"`;
  if (format.data === "csv")
    return new Response(toCsv(result.table.rows, result.table.columns), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition },
    });
  return new Response(JSON.stringify({ dataset: dataset.data, count: result.table.rows.length, rows: result.table.rows }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": disposition },
  });
}
