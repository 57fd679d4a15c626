import { expect } from "vitest";
import { extractClaims } from "@/lib/extract";
import type { Claim } from "@/lib/validations/claim";

/** Extract and check every quote is verbatim; returns the claims. */
export function claimsOf(text: string, publishedAt: string | null = null): Claim[] {
  const claims = extractClaims(text, { publishedAt });
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
}

/** The single claim with `property` (fails when there is none or several). */
export function only(text: string, property: string, publishedAt: string | null = null): Claim {
  const found = claimsOf(text, publishedAt).filter((c) => c.property === property);
  expect(found, `${property} in: ${text}`).toHaveLength(1);
  return found[0];
}
