"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { reviewClaim } from "@/lib/ingest/review-claim";
import { ReviewClaimSchema } from "@/lib/validations/review";

/** Accept, reject or restore a claim (the claim card's review buttons); zod-checked here on the server. */
export async function updateClaimReview(form: FormData): Promise<void> {
  const parsed = ReviewClaimSchema.safeParse({ claimId: form.get("claimId"), reviewState: form.get("reviewState") });
  if (!parsed.success) throw new Error(`Review not saved: ${z.prettifyError(parsed.error)}`);
  await reviewClaim(db, parsed.data.claimId, parsed.data.reviewState);
  revalidatePath("/", "layout");
}
