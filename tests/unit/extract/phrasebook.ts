/**
 * The harness of the phrasebook tests (phrasebook-*.test.ts): a sentence of our own → the claim a
 * careful reader takes from it, and near-miss sentences that must give no such claim. Every claim
 * returned is also checked to be verbatim at its offsets.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import type { Claim } from "@/lib/validations/claim";

export const B = 1e9;
export const M = 1e6;

function claims(text: string): Claim[] {
  const cs = extractClaims(text, { publishedAt: "2026-03-01" });
  for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.quote);
  return cs;
}
const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.001;
const listed = (cs: Claim[]) => cs.map((c) => `${c.subject}|${c.property}|${c.value}|${c.qualifier}`).join("; ");

export type Want = { subject: string; property: string; value: number; qualifier?: Claim["qualifier"]; status?: Claim["status"]; valueMax?: number };

/** `text` gives the wanted claim (qualifier, status and high end checked when given). */
export function has(text: string, w: Want) {
  const cs = claims(text);
  const hit = cs.find((c) => c.subject === w.subject && c.property === w.property && near(c.value, w.value));
  expect(hit, `${w.subject} ${w.property} ${w.value} in: ${text}\n got: ${listed(cs)}`).toBeTruthy();
  if (w.qualifier) expect(hit!.qualifier, text).toBe(w.qualifier);
  if (w.status !== undefined) expect(hit!.status, text).toBe(w.status);
  if (w.valueMax !== undefined) expect(hit!.value_max, text).toBe(w.valueMax);
}

/** `text` gives no claim of `property` (a name or a pattern), narrowed to `subject` and `value` when given. */
export function none(text: string, property: string | RegExp, value?: number, subject?: string | RegExp) {
  const matches = (want: string | RegExp | undefined, got: string) => want === undefined || (typeof want === "string" ? want === got : want.test(got));
  const bad = claims(text).filter((c) => matches(property, c.property) && (value === undefined || near(c.value, value)) && matches(subject, c.subject));
  expect(bad, `no ${subject ?? ""} ${property} in: ${text}\n got: ${listed(bad)}`).toHaveLength(0);
}

type Q = Claim["qualifier"];
export type Case = [text: string, subject: string, property: string, value: number, qualifier?: Q, valueMax?: number];
export type Neg = [text: string, property: RegExp, subject?: RegExp, value?: number];

/** A block of cases and negatives as rows. */
export const run = (name: string, cases: Case[], negs: Neg[] = []) =>
  describe(name, () => {
    for (const [text, subject, property, value, qualifier, valueMax] of cases)
      it(`${property}: ${text}`, () => has(text, { subject, property, value, qualifier, valueMax }));
    for (const [text, property, subject, value] of negs) it(`no ${property.source}: ${text}`, () => none(text, property, value, subject));
  });
