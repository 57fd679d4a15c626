import Link from "next/link";
import type { ClaimCardData } from "@/lib/queries/claim-include";
import { claimDisagreements, DISAGREEMENT_LABEL } from "@/lib/claims/claim-disagreements";
import { formatFigure } from "@/lib/format";
import { hrefWith } from "@/lib/url";

const STAGE_RANK: Record<string, number> = { talks: 0, reported: 1, announced: 2, closed: 3 };

/** Where the deal's articles disagree: one line per distinct pair of figures and type. */
export function DealDisagreements({ claims }: { claims: ClaimCardData[] }) {
  const lines = new Map<string, { type: string; a: string; b: string; explanation: string; property: string; subject: string; count: number }>();
  const seen = new Set<number>();
  for (const c of claims) {
    for (const d of claimDisagreements(c)) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const label = (x: typeof d.other) => `${formatFigure(x.property, x.value, x.valueMax, x.qualifier)}${x.status ? ` (${x.status})` : ""}`;
      // earlier stage first, then the smaller figure: "$10B (talks) vs $50B (announced)"
      const rank = (x: typeof d.other) => [STAGE_RANK[x.status ?? ""] ?? -1, x.value] as const;
      const [ra, rb] = [rank(c), rank(d.other)];
      const [a, b] = ra[0] < rb[0] || (ra[0] === rb[0] && ra[1] <= rb[1]) ? [label(c), label(d.other)] : [label(d.other), label(c)];
      const key = `${c.property}|${d.type}|${a}|${b}`;
      const line = lines.get(key);
      if (line) line.count++;
      else lines.set(key, { type: d.type, a, b, explanation: d.explanation, property: c.property, subject: c.subject, count: 1 });
    }
  }
  if (lines.size === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading" className="space-y-2" data-testid="deal-disagreements">
      <h2 id="disagreements-heading" className="text-lg font-semibold">Where articles disagree</h2>
      <ul className="space-y-2 text-sm">
        {[...lines.values()].map((l) => (
          <li
            key={`${l.property}|${l.type}|${l.a}|${l.b}`}
            data-testid="deal-disagreement"
            data-type={l.type}
            className="rounded-md border border-violet-300 bg-violet-50 p-2 dark:border-violet-800 dark:bg-violet-950/60"
          >
            <p>
              <span className="font-semibold">{l.a}</span> vs <span className="font-semibold">{l.b}</span> on{" "}
              <span className="font-mono text-xs">{l.property}</span> · {DISAGREEMENT_LABEL[l.type] ?? l.type} ({l.type}) ·{" "}
              <Link href={hrefWith("/claims", { view: "disagreements", subject: l.subject, property: l.property, disagreement: l.type })} className="underline">
                {l.count} pair{l.count === 1 ? "" : "s"}
              </Link>
            </p>
            <p className="text-slate-700 dark:text-slate-300">{l.explanation}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
