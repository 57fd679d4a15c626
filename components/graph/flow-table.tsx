import type { FlowEdge } from "@/lib/graph/flows";
import { formatPartialDate } from "@/lib/format";
import { KIND_LABEL } from "@/components/charts/tokens";
import { StageBadge } from "@/components/ui/stage-badge";
import { HEADER_CELL, HEADER_CELL_RIGHT, TABLE, TABLE_FRAME, TABLE_HEAD } from "@/components/ui/table-styles";

/** Every edge of the graph as a row: the keyboard and screen-reader way into the graph. */
export function FlowTable({
  edges,
  activeId,
  onActive,
  onSelect,
}: {
  edges: FlowEdge[];
  activeId: number | null;
  onActive: (dealId: number | null) => void;
  onSelect: (dealId: number) => void;
}) {
  return (
    <div className={TABLE_FRAME}>
      <table className={TABLE} aria-label="Flows between companies">
        <thead className={TABLE_HEAD}>
          <tr>
            <th scope="col" className={HEADER_CELL}>Flow</th>
            <th scope="col" className={HEADER_CELL}>Kind</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>Amount</th>
            <th scope="col" className={HEADER_CELL}>Stage</th>
            <th scope="col" className={HEADER_CELL}>First reported</th>
            <th scope="col" className={HEADER_CELL}>Circular</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr
              key={e.id}
              data-testid="flow-row"
              onMouseEnter={() => onActive(e.deal.id)}
              onMouseLeave={() => onActive(null)}
              className={`border-b border-slate-100 last:border-0 dark:border-slate-800 ${activeId === e.deal.id ? "bg-sky-50 dark:bg-sky-950" : ""}`}
            >
              <td className="px-3 py-1.5">
                <button
                  type="button"
                  onFocus={() => onActive(e.deal.id)}
                  onBlur={() => onActive(null)}
                  onClick={() => onSelect(e.deal.id)}
                  className="text-left font-medium underline decoration-dotted hover:decoration-solid focus-visible:outline-2 focus-visible:outline-sky-600"
                >
                  {e.fromName} → {e.toName}
                  {e.jointWith.length > 0 && <span className="font-normal"> (jointly with {e.jointWith.join(", ")})</span>}
                </button>
              </td>
              <td className="px-3 py-1.5">{KIND_LABEL[e.deal.kind] ?? e.deal.kind}</td>
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">{e.amountLabel}</td>
              <td className="px-3 py-1.5">
                <StageBadge status={e.deal.status} />
              </td>
              <td className="px-3 py-1.5 tabular-nums">{formatPartialDate(e.deal.firstReported)}</td>
              <td className="px-3 py-1.5">{e.cycleIds.length > 0 ? <span className="font-medium text-red-700 dark:text-red-300">yes</span> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
