/**
 * Scoring the extractor and the disagreement finder on annotated article sets: loads gold files
 * and their articles, extracts, matches, and scores the disagreements found over the extracted
 * claims. Shared by `npm run eval` and the quality test (tests/unit/quality.test.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "@/lib/extract";
import { evaluate, scoreDisagreements, type DisagreementScore, type Pair, type Report, type ScoredClaim } from "@/lib/extract/evaluate";
import { findDisagreements } from "@/lib/reconcile";

export const DEFAULT_ARTICLES = "prisma/seed/articles";

type GoldFile = {
  articles: { file: string; published?: string | null }[];
  claims: (ScoredClaim & { id: number })[];
  disagreements?: { a: number; b: number; type: string }[];
};

export interface SetScore {
  articles: number;
  gold: ScoredClaim[];
  pred: ScoredClaim[];
  report: Report;
  disagreements: DisagreementScore;
  /** extraction time over all articles */
  ms: number;
  /** gold files that were not found */
  skipped: string[];
}

/** Scores `sets` (gold file + article directory, relative to `root`) as one pool of articles. */
export function scoreGoldSets(sets: { gold: string; articles: string }[], root = process.cwd()): SetScore {
  const gold: ScoredClaim[] = [];
  const goldPairs: Pair[] = [];
  const skipped: string[] = [];
  const articles: { file: string; published: string | null; dir: string; key: string }[] = [];
  for (const { gold: g, articles: dir } of sets) {
    const p = path.resolve(root, g);
    if (!existsSync(p)) {
      skipped.push(g);
      continue;
    }
    const data = JSON.parse(readFileSync(p, "utf8")) as GoldFile;
    const offset = gold.length;
    const idToIndex = new Map<number, number>();
    // files are keyed by directory too, so two sets may reuse a file name
    const keyOf = (f: string) => (dir === DEFAULT_ARTICLES ? f : `${dir}/${f}`);
    data.claims.forEach((c, i) => {
      idToIndex.set(c.id ?? i, offset + i);
      gold.push({ ...c, file: keyOf(c.file) });
    });
    for (const d of data.disagreements ?? []) {
      const a = idToIndex.get(d.a);
      const b = idToIndex.get(d.b);
      if (a !== undefined && b !== undefined) goldPairs.push({ a, b, type: d.type });
    }
    for (const a of data.articles)
      if (!articles.some((x) => x.key === keyOf(a.file))) articles.push({ file: a.file, published: a.published ?? null, dir, key: keyOf(a.file) });
  }
  const texts: Record<string, string> = {};
  const pred: ScoredClaim[] = [];
  const published = new Map<string, string | null>();
  const t0 = performance.now();
  for (const a of articles) {
    const text = readFileSync(path.resolve(root, a.dir, a.file), "utf8");
    texts[a.key] = text;
    published.set(a.key, a.published);
    for (const c of extractClaims(text, { publishedAt: a.published })) pred.push({ ...c, file: a.key });
  }
  const ms = performance.now() - t0;
  const report = evaluate(gold, pred, texts);
  const input = pred.map((c) => ({ ...(c as ScoredClaim & Omit<Parameters<typeof findDisagreements>[0][number], "source" | "sourceDate">), source: c.file, sourceDate: published.get(c.file) ?? null }));
  const pairs = findDisagreements(input).map((d) => ({ a: d.a, b: d.b, type: d.type }));
  const disagreements = scoreDisagreements(goldPairs, pairs, report.goldToPred, pred);
  return { articles: articles.length, gold, pred, report, disagreements, ms, skipped };
}
