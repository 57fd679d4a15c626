import type { OtherClaim } from "@/lib/queries/claim-include";

interface WithDisagreements {
  disagreementsAsA: { id: number; type: string; explanation: string; claimB: OtherClaim }[];
  disagreementsAsB: { id: number; type: string; explanation: string; claimA: OtherClaim }[];
}

export interface ClaimDisagreement {
  id: number;
  type: string;
  explanation: string;
  other: OtherClaim;
}

/** A claim's disagreements from either side, each with the other claim. */
export function claimDisagreements(claim: WithDisagreements): ClaimDisagreement[] {
  return [
    ...claim.disagreementsAsA.map((d) => ({ id: d.id, type: d.type, explanation: d.explanation, other: d.claimB })),
    ...claim.disagreementsAsB.map((d) => ({ id: d.id, type: d.type, explanation: d.explanation, other: d.claimA })),
  ].sort((a, b) => a.id - b.id);
}

export const DISAGREEMENT_LABEL: Record<string, string> = {
  temporal: "Changed over time",
  rounding: "Rounding",
  pre_vs_post: "Pre- vs post-money",
  metric_conflation: "Different metrics",
  different_deal: "Different deal",
  conflict: "Conflict",
};
