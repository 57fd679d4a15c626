import type { Prisma } from "@/lib/generated/prisma/client";
import type { Claim } from "@/lib/validations/claim";
import { ClaimSchema } from "@/lib/validations/claim";
import { toClaimRow } from "@/lib/claim-row";
import { datePrecision } from "@/lib/ingest/text";
import { chipIdFor, companyIdFor, knownCompany } from "@/lib/ingest/registry";
import { splitFlow } from "@/lib/ingest/record-keys";

type Tx = Prisma.TransactionClient;

export interface ClaimOrigin {
  origin: "extractor" | "manual";
  extractorName?: string;
  extractorVersion?: string;
  reviewState: "proposed" | "accepted";
}

/** The claims checked against the contract and against the text: every quote must be verbatim at its offsets. */
export function checkedClaims(text: string, claims: Claim[]): Claim[] {
  const parsed = claims.map((c) => ClaimSchema.parse(c));
  for (const c of parsed) {
    if (text.slice(c.start, c.end) !== c.quote) throw new Error(`claim quote is not verbatim at ${c.start}-${c.end}: "${c.quote.slice(0, 60)}"`);
  }
  return parsed;
}

/** The same figure at the same place: one claim. */
export const claimKey = (c: Pick<Claim, "start" | "end" | "subject" | "property">) => `${c.start}:${c.end}:${c.subject}:${c.property}`;

/** Stores a source's claims with their companies and chips (created when new); skips `skip` keys and repeats. Returns the count stored. */
export async function storeClaims(tx: Tx, sourceId: number, claims: Claim[], origin: ClaimOrigin, skip: Set<string> = new Set()): Promise<number> {
  const seen = new Set(skip);
  let count = 0;
  for (const claim of claims) {
    const key = claimKey(claim);
    if (seen.has(key)) continue;
    seen.add(key);
    const flow = splitFlow(claim.subject);
    await tx.claim.create({
      data: {
        ...toClaimRow(claim),
        asOfPrecision: datePrecision(claim.as_of),
        sourceId,
        origin: origin.origin,
        extractorName: origin.extractorName ?? null,
        extractorVersion: origin.extractorVersion ?? null,
        reviewState: origin.reviewState,
        fromCompanyId: flow ? await companyIdFor(tx, flow.from) : null,
        toCompanyId: flow ? await companyIdFor(tx, flow.to) : null,
        companyId: !flow && (knownCompany(claim.subject) || claim.kind === "valuation") ? await companyIdFor(tx, claim.subject) : null,
        chipId: !flow && claim.kind === "chip_spec" ? await chipIdFor(tx, claim.subject) : null,
      },
    });
    count++;
  }
  return count;
}
