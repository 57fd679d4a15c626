import { z } from "zod";
import { PartialDate } from "@/lib/validations/claim";

/** What Next passes as `searchParams` (after awaiting) and what a route handler builds from its URL. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** URLSearchParams → the same shape pages receive, so page and route handler parse alike. */
export function fromUrlSearchParams(params: URLSearchParams): RawSearchParams {
  const out: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

const blankToUndefined = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" && first.trim() === "" ? undefined : typeof first === "string" ? first.trim() : first;
};

/** One optional value: the first when repeated, blank means absent. */
export const one = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A repeated key (`source=1&source=4`) or a comma list (`source=1,4`), blanks dropped. */
export const many = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v])
        .flatMap((x) => (typeof x === "string" ? x.split(",") : [x]))
        .map((x) => (typeof x === "string" ? x.trim() : x))
        .filter((x) => x !== ""),
    z.array(schema),
  );

export const Id = z.coerce.number().int("must be a whole number").positive("must be a positive id");

export const Page = one(z.coerce.number().int().min(1, "page starts at 1").max(100_000)).transform((p) => p ?? 1);

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, t: 1e12 };

/** "10B", "$1.5bn", "500M", "2e9", "10000000000" → a number of dollars; null when unreadable. */
export function parseAmount(text: string): number | null {
  const m = /^\$?\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*(k|m|b|bn|t)?$/i.exec(text.replace(/,/g, "").trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
  return Number.isFinite(n) ? n : null;
}

export const Amount = z.string().transform((s, ctx) => {
  const n = parseAmount(s);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not an amount (try 10B, 500M or 2500000000)` });
    return z.NEVER;
  }
  return n;
});

/** A date bound: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DateBound = PartialDate;

/** The last date a partial date covers, for an inclusive upper bound on text dates: "2025-12" → "2025-12~". */
export function endOfPartialDate(date: string): string {
  return date.length === 10 ? date : `${date}~`;
}
