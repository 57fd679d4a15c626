import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { ClaimSchema } from "@/lib/validations/claim";

const DIR = path.join(process.cwd(), "prisma/seed/articles");
const articles = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => ({ f, text: readFileSync(path.join(DIR, f), "utf8") }));

const verbatim = (text: string) => {
  const claims = extractClaims(text);
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(ClaimSchema.safeParse(c).success).toBe(true);
  }
  return claims;
};

describe("quotes are verbatim", () => {
  it.each(articles.map((a) => [a.f, a.text]))("%s", (_f, text) => {
    verbatim(text as string);
  });

  // Speed is measured by `npm run bench`, not asserted in a timed test.
  it("is deterministic: the same text gives the same claims", () => {
    const big = articles.map((a) => a.text).join("\n");
    const a = extractClaims(big);
    expect(a.length).toBeGreaterThan(0);
    expect(extractClaims(big)).toEqual(a);
  });

  it("random text never throws and quotes stay verbatim", () => {
    const alphabet = fc.constantFrom(..."0123456789$€£.,;:-–—+%xX ~()[]|\n\tABCabc billion million TB/s GB W kW nm FP8 petaflops in by from Amazon OpenAI Nvidia H100 Trainium3 'sé漢🙂".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join("")), (s) => {
        verbatim(s);
      }),
      { numRuns: 200 },
    );
  });

  it("random mutations of real articles never throw and quotes stay verbatim", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: articles.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12 })), { maxLength: 6 }),
        (i, edits) => {
          let t = articles[i].text.slice(0, 4000);
          for (const [pos, del, ins] of edits) {
            const p = pos % (t.length + 1);
            t = t.slice(0, p) + ins + t.slice(p + del);
          }
          verbatim(t);
        },
      ),
      { numRuns: 60 },
    );
  });
});
