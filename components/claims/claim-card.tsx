import Link from "next/link";
import type { ClaimCardData } from "@/lib/queries/claim-include";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { claimDisagreements } from "@/lib/claims/claim-disagreements";
import { StageBadge } from "@/components/ui/stage-badge";
import { Quote } from "@/components/claims/quote";
import { ClaimFlags } from "@/components/claims/claim-flags";
import { ReviewControls } from "@/components/claims/review-controls";

export type ClaimVerdict = { kind: "supporting"; reason: string } | { kind: "superseded"; why: string };

/** One claim: the figure, the words that state it, where they come from, and what is wrong with it if anything. */
export function ClaimCard({ claim, verdict, headingLevel = 3 }: { claim: ClaimCardData; verdict?: ClaimVerdict; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as const;
  const disagreements = claimDisagreements(claim);
  const superseded = verdict?.kind === "superseded";
  return (
    <article
      id={`claim-card-${claim.id}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      data-superseded={superseded ? "true" : undefined}
      data-review-state={claim.reviewState}
      aria-label={`Claim ${claim.id}: ${claim.subject} ${claim.property}`}
      className={`space-y-3 rounded-lg border bg-white p-4 dark:bg-slate-900 ${claim.reviewState === "rejected" ? "bg-slate-50 dark:bg-slate-950" : ""} ${
        superseded ? "border-dashed border-slate-300 dark:border-slate-700" : "border-slate-200 dark:border-slate-800"
      }`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <H className="flex flex-wrap items-baseline gap-x-2 text-base">
          <span className={`text-lg font-semibold tabular-nums ${superseded ? "text-slate-600 line-through decoration-1 dark:text-slate-400" : ""}`} data-testid="claim-figure">
            {formatFigure(claim.property, claim.value, claim.valueMax, claim.qualifier)}
          </span>
          <span className="font-medium">{claim.subject}</span>
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{claim.property}</span>
        </H>
        <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span>qualifier: {claim.qualifier}</span>
          <StageBadge status={claim.status} />
          <span>{claim.kind.replace("_", " ")}</span>
        </div>
      </header>
      {verdict && (
        <p
          data-testid={superseded ? "superseded" : "supporting"}
          className={`rounded-md px-2 py-1 text-sm ${
            superseded
              ? "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200"
              : "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200"
          }`}
        >
          {superseded ? (
            <>
              <span className="font-semibold">Superseded:</span> {verdict.why}
            </>
          ) : (
            <>
              <span className="font-semibold">Supports the best estimate</span> ({verdict.reason})
            </>
          )}
        </p>
      )}
      <Quote quote={claim.quote} value={claim.value} valueMax={claim.valueMax} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <Link href={`/sources/${claim.source.id}#claim-${claim.id}`} className="font-medium text-sky-800 underline dark:text-sky-300" data-testid="claim-source-link">
          {claim.source.title}
        </Link>
        {" · "}
        {claim.source.publisher ?? "publisher unknown"} · {formatPartialDate(claim.source.publishedOn)}
        {claim.asOf && claim.asOf !== claim.source.publishedOn && <> · figure as of {formatPartialDate(claim.asOf)}</>}
      </p>
      <ClaimFlags
        subject={claim.subject}
        property={claim.property}
        disagreements={disagreements}
        total={claim._count.disagreementsAsA + claim._count.disagreementsAsB}
        implausibleReason={claim.implausibleReason}
        inconsistentReason={claim.inconsistentReason}
      />
      <ReviewControls claimId={claim.id} reviewState={claim.reviewState} />
    </article>
  );
}
