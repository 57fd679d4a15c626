import { updateClaimReview } from "@/lib/actions/review-claim";

const STATE_LABEL: Record<string, string> = {
  proposed: "Proposed by the extractor",
  accepted: "Accepted by a reviewer",
  rejected: "Rejected: not counted in records",
};

/** The claim's review state and the buttons that change it (works without JavaScript). */
export function ReviewControls({ claimId, reviewState }: { claimId: number; reviewState: string }) {
  const choices =
    reviewState === "rejected"
      ? [{ state: "proposed", label: "Restore" }]
      : reviewState === "accepted"
        ? [{ state: "rejected", label: "Reject" }]
        : [
            { state: "accepted", label: "Accept" },
            { state: "rejected", label: "Reject" },
          ];
  return (
    <form action={updateClaimReview} className="flex flex-wrap items-center gap-2 text-xs" data-testid="review-controls">
      <input type="hidden" name="claimId" value={claimId} />
      <span data-testid="review-state" data-state={reviewState} className="text-slate-600 dark:text-slate-400">
        {STATE_LABEL[reviewState] ?? reviewState}
      </span>
      {choices.map((c) => (
        <button
          key={c.state}
          type="submit"
          name="reviewState"
          value={c.state}
          className="rounded border border-slate-300 px-2 py-0.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          aria-label={`${c.label} claim ${claimId}`}
        >
          {c.label}
        </button>
      ))}
    </form>
  );
}
