import type { CircularFlow, FlowEdge } from "@/lib/graph/flows";
import { KIND_LABEL } from "@/components/charts/tokens";

function groupName(g: CircularFlow["groups"][number]) {
  return g.units.length > 0 ? `${g.name} (with ${g.units.join(", ")})` : g.name;
}

/** Circular flows: which companies, and the deals that make each hop. */
export function CycleList({
  cycles,
  edges,
  selected,
  onSelect,
  truncated,
}: {
  cycles: CircularFlow[];
  edges: FlowEdge[];
  selected: number | null;
  onSelect: (id: number | null) => void;
  truncated: boolean;
}) {
  const amountOf = (dealId: number) => edges.find((e) => e.deal.id === dealId)?.amountLabel ?? "";
  return (
    <section aria-labelledby="cycles-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="cycles-heading" className="font-semibold">
        Circular flows <span className="font-normal text-slate-600 dark:text-slate-400">({cycles.length})</span>
      </h2>
      {cycles.length === 0 ? (
        <p data-testid="no-cycles" className="text-sm text-slate-600 dark:text-slate-400">
          No circular flows among these deals: no chain of 2 to 5 companies leads money, compute or chips back to where it started.
        </p>
      ) : (
        <ol className="space-y-2">
          {cycles.map((c) => (
            <li key={c.id} data-testid="cycle" className="space-y-1">
              <button
                type="button"
                aria-pressed={selected === c.id}
                onClick={() => onSelect(selected === c.id ? null : c.id)}
                className={`w-full rounded border px-2 py-1 text-left text-sm font-medium focus-visible:outline-2 focus-visible:outline-sky-600 ${
                  selected === c.id
                    ? "border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950"
                    : "border-slate-200 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                }`}
              >
                {[...c.groups, c.groups[0]].map((g) => groupName(g)).join(" → ")}
              </button>
              <ul className="ml-3 space-y-0.5 text-xs text-slate-700 dark:text-slate-300">
                {c.hops.flatMap((h) =>
                  h.deals.map((d) => (
                    <li key={`${h.from}-${d.id}`}>
                      {d.fromCompany.name} → {d.toCompany.name}: {KIND_LABEL[d.kind] ?? d.kind}{" "}
                      <span className="font-semibold tabular-nums">{amountOf(d.id)}</span>
                    </li>
                  )),
                )}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {truncated && <p className="text-xs text-amber-800 dark:text-amber-300">Only the first 1,000 circular flows are listed.</p>}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Cloud units count with their parent (Azure with Microsoft, AWS with Amazon, Google Cloud with Google) unless you keep them
        apart above.
      </p>
    </section>
  );
}
