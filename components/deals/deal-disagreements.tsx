import Link from "next/link";
import type { ClaimCardData } from "@/lib/queries/claim-include";
import { claimDisagreements, DISAGREEMENT_LABEL } from "@/lib/claims/claim-disagreements";
import { formatFigure } from "@/lib/format";
import { hrefWith } from "@/lib/url";

/** Where the deal's articles disagree: one line per distinct pair of figures and type. */
export function DealDisagreements({ claims }: { claims: ClaimCardData[] }) {
  const lines = new Map<string, { type: string; a: string; b: string; explanation: string; property: string; subject: string; count: number }>();
  const seen = new Set<number>();
  for (const c of claims) {
    for (const d of claimDisagreements(c)) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const mine = `${formatFigure(c.property, c.value, c.valueMax, c.qualifier)}${c.status ? ` (${c.status})` : ""}`;
      const theirs = `${formatFigure(d.other.property, d.other.value, d.other.valueMax, d.other.qualifier)}${d.other.status ? ` (${d.other.status})` : ""}`;
      const [a, b] = [mine, theirs].sort();
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
