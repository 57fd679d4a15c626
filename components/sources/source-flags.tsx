import { formatValue } from "@/lib/format";
import { parseSignals } from "@/lib/sources/signals";

/** How far to trust an article: signs it is machine-written, and how often its claims are contradicted. */
export function SourceFlags({ machineSignals, contradictionRate }: { machineSignals: string; contradictionRate: number }) {
  const signals = parseSignals(machineSignals);
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label="Source flags" data-testid="source-flags">
      <li className={`rounded px-2 py-1 ${contradictionRate > 0 ? "bg-orange-100 text-orange-950 dark:bg-orange-900/50 dark:text-orange-100" : "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200"}`}>
        Contradiction rate {formatValue("contradiction_rate_pct", contradictionRate * 100)}
      </li>
      {signals.map((s) => (
        <li key={s} data-testid="machine-flag" className="rounded bg-amber-100 px-2 py-1 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">
          Machine-written? {s}
        </li>
      ))}
    </ul>
  );
}
