import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { listChipSpecs } from "@/lib/queries/chips";
import { CHIP_METRICS, buildChipRows } from "@/lib/chips/compare";
import { loadChipsParams } from "@/lib/search-params";
import { ChipComparison } from "@/components/chips/chip-comparison";
import { ChipSpecTable } from "@/components/chips/chip-spec-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chips" };

export default async function ChipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { systems } = await loadChipsParams(searchParams);
  const specs = await listChipSpecs({ properties: CHIP_METRICS.map((m) => m.property) });
  const rows = buildChipRows(specs, { includeSystems: systems });
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">Chips</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Accelerator specs as the articles state them. Figures flagged implausible are shown with the reason and left out of the chart.
        </p>
      </header>
      {rows.length === 0 ? (
        <p data-testid="chips-empty" className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No article states a compute, memory, bandwidth or power figure for a chip yet{systems ? "" : " (systems and instances are hidden)"}.
        </p>
      ) : (
        <>
          <ChipComparison rows={rows} />
          <section aria-labelledby="specs-heading" className="space-y-2">
            <h2 id="specs-heading" className="text-lg font-semibold">
              All specs
            </h2>
            <ChipSpecTable rows={rows} />
          </section>
        </>
      )}
    </div>
  );
}
