import { segmentText } from "@/lib/highlight";
import { formatFigure } from "@/lib/format";
import type { SourceWithClaims } from "@/lib/queries/sources";

/** The article text with every claim's quote marked; hovering a mark shows the extracted figure. */
export function HighlightedArticle({ source }: { source: SourceWithClaims }) {
  const byId = new Map(source.claims.map((c) => [c.id, c]));
  const segments = segmentText(source.text.length, source.claims);
  const anchored = new Set<number>();
  return (
    <article className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-5 leading-7 dark:border-slate-800 dark:bg-slate-900">
      {segments.map((seg) => {
        const text = source.text.slice(seg.start, seg.end);
        if (seg.ids.length === 0) return <span key={seg.start}>{text}</span>;
        const claims = seg.ids.map((id) => byId.get(id)!);
        const label = claims
          .map((c) => `${c.subject} · ${c.property}: ${formatFigure(c.property, c.value, c.valueMax, c.qualifier)}`)
          .join("\n");
        // The first run of each claim carries its anchor, so /sources/1#claim-7 scrolls to it.
        const anchor = claims.find((c) => c.start === seg.start && !anchored.has(c.id));
        if (anchor) anchored.add(anchor.id);
        return (
          <mark
            key={seg.start}
            id={anchor ? `claim-${anchor.id}` : undefined}
            className="claim"
            data-claim-ids={seg.ids.join(" ")}
            data-overlap={seg.ids.length > 1 ? "true" : undefined}
            title={label}
          >
            {text}
          </mark>
        );
      })}
    </article>
  );
}
