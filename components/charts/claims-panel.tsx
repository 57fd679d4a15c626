import Link from "next/link";
import type { TimelineEntry } from "@/lib/timeline/points";
import { formatPartialDate } from "@/lib/format";
import { StageBadge } from "@/components/ui/stage-badge";
import { hrefWith } from "@/lib/url";

/** The claims behind one timeline point: each quote with a link to it in its article. */
export function ClaimsPanel({ entry, onClose }: { entry: TimelineEntry; onClose: () => void }) {
  return (
    <section
      aria-labelledby="claims-panel-heading"
      data-testid="claims-panel"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-2">
        <div>
          <h2 id="claims-panel-heading" className="font-semibold">
            {entry.label}
          </h2>
          <p className="text-sm">
            <span className="font-semibold tabular-nums">{entry.figure}</span> <StageBadge status={entry.stage === "unknown" ? null : entry.stage} />{" "}
            <span className="text-slate-600 dark:text-slate-400">{entry.dateLabel}</span>
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close claims"
          className="rounded px-2 py-0.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          ✕
        </button>
      </header>
      <ol className="space-y-3 text-sm">
        {entry.claims.map((c) => (
          <li key={c.id} className="space-y-1 border-t border-slate-100 pt-2 first:border-0 first:pt-0 dark:border-slate-800">
            <blockquote className="border-l-2 border-slate-300 pl-2 italic dark:border-slate-600">“{c.quote}”</blockquote>
            <Link href={`/sources/${c.sourceId}#claim-${c.id}`} className="block text-sky-800 underline hover:no-underline dark:text-sky-300">
              {c.sourceTitle}
            </Link>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {c.publisher ?? "Publisher unknown"} · {c.publishedOn ? formatPartialDate(c.publishedOn) : "publication date unknown"}
            </p>
          </li>
        ))}
      </ol>
      {entry.claimCount > entry.claims.length && (
        <p className="text-sm">
          <Link href={hrefWith("/claims", { subject: entry.subject, property: entry.property })} className="underline">
            All {entry.claimCount} claims stating this figure
          </Link>
        </p>
      )}
    </section>
  );
}
