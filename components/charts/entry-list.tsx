import type { TimelineEntry } from "@/lib/timeline/points";
import { STAGE_LABEL } from "@/components/charts/tokens";

/** Timeline entries that are not drawn (undated, other units, earlier years), each openable. */
export function EntryList({
  title,
  note,
  entries,
  selectedId,
  onSelect,
  testId,
}: {
  title: string;
  note: string;
  entries: TimelineEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  testId: string;
}) {
  if (entries.length === 0) return null;
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={testId} className="space-y-1">
      <h2 id={headingId} className="text-sm font-semibold">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({entries.length})</span>
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>
      <ul className="max-h-96 space-y-1 overflow-y-auto text-sm">
        {entries.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => onSelect(e.id)}
              aria-pressed={e.id === selectedId}
              className={`w-full rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800 ${
                e.id === selectedId ? "bg-slate-100 dark:bg-slate-800" : ""
              }`}
            >
              <span className="font-medium">{e.label}</span> <span className="font-semibold tabular-nums">{e.figure}</span>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                · {STAGE_LABEL[e.stage].toLowerCase()}
                {e.span ? ` · ${e.dateLabel}` : ""} · {e.claims.length} claim{e.claims.length === 1 ? "" : "s"}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
