import { z } from "zod";

export const reviewStates = ["proposed", "accepted", "rejected"] as const;
export const ReviewState = z.enum(reviewStates);

/** A reviewer's decision on one claim, as the claim card's form sends it. */
export const ReviewClaimSchema = z.object({
  claimId: z.coerce.number().int("claim id must be a whole number").positive("claim id must be positive"),
  reviewState: ReviewState,
});
