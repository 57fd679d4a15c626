import type { Claim, DisagreementType } from "../validations/claim";

/** A claim with the source (article) it came from; `sourceDate` is the article's date when known. */
export type SourcedClaim = Claim & { source: string; sourceDate?: string | null };

/** Two claims (indexes into the input array) that disagree, with why. */
export type Disagreement = {
  a: number;
  b: number;
  type: DisagreementType;
  explanation: string;
};

export type { Claim, DisagreementType };
