import Link from "next/link";
import type { DisagreementPair, OtherClaim } from "@/lib/queries/claim-include";
import { DISAGREEMENT_LABEL } from "@/lib/claims/claim-disagreements";
import { formatFigure } from "@/lib/format";

/** The disagreements this article's claims take part in: its figure, the other article's, the type and why. */
export function SourceDisagreements({ sourceId, disagreements }: { sourceId: number; disagreements: DisagreementPair[] }) {
  return (
    <section aria-labelledby="source-disagreements-heading" className="space-y-2">
      <h2 id="source-disagreements-heading" className="text-lg font-semibold">
        Disagreements <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({disagreements.length})</span>
      </h2>
      {disagreements.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No other article states a different figure for the same thing.</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="source-disagreements">
          {disagreements.map((d) => {
            const [mine, other]: [OtherClaim, OtherClaim] = d.claimA.sourceId === sourceId ? [d.claimA, d.claimB] : [d.claimB, d.claimA];
            const fig = (c: OtherClaim) => formatFigure(d.property, c.value, c.valueMax, c.qualifier);
            return (
              <li key={d.id} data-testid="source-disagreement" data-type={d.type} className="rounded-md border border-violet-300 bg-violet-50 p-2 dark:border-violet-800 dark:bg-violet-950/60">
                <p>
                  <span className="font-medium">{d.subject}</span> <span className="font-mono text-xs">{d.property}</span>:{" "}
                  <a href={`#claim-${mine.id}`} className="font-semibold underline">{fig(mine)}</a> here vs{" "}
                  {other.sourceId === sourceId ? (
                    <a href={`#claim-${other.id}`} className="font-semibold underline">{fig(other)}</a>
                  ) : (
                    <Link href={`/sources/${other.sourceId}#claim-${other.id}`} className="font-semibold underline">{fig(other)}</Link>
                  )}{" "}
                  in {other.sourceId === sourceId ? "this article" : `“${other.source.title}”`} · {DISAGREEMENT_LABEL[d.type] ?? d.type} ({d.type})
                </p>
                <p className="text-slate-700 dark:text-slate-300">{d.explanation}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
