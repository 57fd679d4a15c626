import type { Tranche } from "@/lib/deals/deal-detail";
import { formatFigure, humanProperty } from "@/lib/format";
import { HEADER_CELL, HEADER_CELL_RIGHT } from "@/components/ui/table-styles";

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The parts a deal is paid in (initial, final, contingent tranches), as the articles state them. */
export function DealTranches({ tranches }: { tranches: Tranche[] }) {
  return (
    <section aria-labelledby="tranches-heading" className="space-y-2">
      <h2 id="tranches-heading" className="text-lg font-semibold">Tranches</h2>
      {tranches.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No article splits this deal into tranches.</p>
      ) : (
        <table className="w-full max-w-2xl rounded-lg border border-slate-200 bg-white text-left text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="tranches">
          <thead className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className={HEADER_CELL}>Tranche</th>
              <th scope="col" className={HEADER_CELL_RIGHT}>Amount</th>
              <th scope="col" className={HEADER_CELL_RIGHT}>Claims</th>
              <th scope="col" className={HEADER_CELL_RIGHT}>Sources</th>
            </tr>
          </thead>
          <tbody>
            {tranches.map((t) => (
              <tr key={`${t.property}/${t.value}`} className="border-t border-slate-100 dark:border-slate-800">
                <td className="px-3 py-2">{sentenceCase(humanProperty(t.property))}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">
                  <a href={`#claim-card-${t.claimIds[0]}`} className="underline">{formatFigure(t.property, t.value, t.valueMax, t.qualifier)}</a>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{t.claimIds.length}</td>
                <td className="px-3 py-2 text-right tabular-nums">{t.sources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
