import Link from "next/link";
import type { DisagreementPair, OtherClaim } from "@/lib/queries/claim-include";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { DISAGREEMENT_LABEL } from "@/lib/claims/claim-disagreements";
import { hrefWith } from "@/lib/url";

function Side({ claim, property }: { claim: OtherClaim; property: string }) {
  return (
    <span>
      <Link href={`/claims?id=${claim.id}`} className="font-semibold tabular-nums underline">
        {formatFigure(property, claim.value, claim.valueMax, claim.qualifier)}
      </Link>{" "}
      <span className="text-slate-600 dark:text-slate-400">
        {claim.status ?? "unstaged"} · {formatPartialDate(claim.asOf ?? claim.source.publishedOn)} ·{" "}
        <Link href={`/sources/${claim.sourceId}#claim-${claim.id}`} className="underline">
          {claim.source.title}
        </Link>
      </span>
    </span>
  );
}

/** The "disagreements only" view: one section per subject + property, one row per disagreeing pair. */
export function DisagreementGroups({ groups }: { groups: { subject: string; property: string; pairs: DisagreementPair[] }[] }) {
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <section
          key={`${g.subject}/${g.property}`}
          data-testid="disagreement-group"
          aria-label={`${g.subject} ${g.property}`}
          className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 className="flex flex-wrap items-baseline gap-2 text-base font-semibold">
            {g.subject} <span className="font-mono text-xs font-normal text-slate-600 dark:text-slate-400">{g.property}</span>
            <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
              · {g.pairs.length} disagreement{g.pairs.length === 1 ? "" : "s"} ·{" "}
              <Link href={hrefWith("/claims", { subject: g.subject, property: g.property })} className="underline">
                all claims
              </Link>
            </span>
          </h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {g.pairs.map((p) => (
              <li key={p.id} data-testid="disagreement-pair" data-type={p.type} className="space-y-1 py-2">
                <p>
                  <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-900/50 dark:text-violet-100">
                    {DISAGREEMENT_LABEL[p.type] ?? p.type} ({p.type})
                  </span>
                </p>
                <p className="grid items-baseline gap-x-3 gap-y-1 md:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)]">
                  <Side claim={p.claimA} property={g.property} />
                  <span className="text-xs font-semibold uppercase text-slate-500 dark:text-slate-400">vs</span>
                  <Side claim={p.claimB} property={g.property} />
                </p>
                <p className="text-slate-700 dark:text-slate-300">{p.explanation}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
