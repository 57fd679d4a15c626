import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { ClaimSchema, DisagreementType } from "@/lib/validations/claim";

/**
 * Integrity checks for the hand-annotated answer keys in tests/fixtures/.
 * They do not judge the annotations, only that they are usable: every quote is the
 * exact slice of its article, every claim fits the claim contract, and every
 * disagreement points at two claims about the same subject and property.
 */

type GoldClaim = {
  id: number;
  file: string;
  subject: string;
  property: string;
  value: number;
  value_max: number | null;
  quote: string;
  start: number;
  end: number;
  [key: string]: unknown;
};
type GoldPair = { a: number; b: number; type?: string; note: string };
type Gold = {
  schema: string;
  articles: { file: string; title: string; published: string | null; publisher: string | null; notes: string }[];
  claims: GoldClaim[];
  disagreements: GoldPair[];
  inconsistencies?: GoldPair[];
};

const root = process.cwd();
const articlesDir = path.join(root, "prisma", "seed", "articles");
const heldoutDir = path.join(root, "tests", "fixtures", "heldout");
const heldout2Dir = path.join(root, "tests", "fixtures", "heldout2");
const devDir = path.join(root, "tests", "fixtures", "dev");
// [gold file, directory of its articles]; the held-out sets are synthetic and never used for tuning.
const fixtures: [string, string][] = [
  ["gold-seeds.json", articlesDir],
  ["gold-corpus.json", articlesDir],
  ["gold-heldout.json", heldoutDir],
  ["gold-heldout2.json", heldout2Dir],
  ["gold-dev.json", devDir],
  // every numbered development set, dev2 … devN: each gold file sits beside the directory of its articles
  ...fs
    .readdirSync(path.join(root, "tests", "fixtures"))
    .filter((f) => /^gold-dev\d+\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((f): [string, string] => [f, path.join(root, "tests", "fixtures", f.slice(5, -5))]),
];

const load = (name: string): Gold =>
  JSON.parse(fs.readFileSync(path.join(root, "tests", "fixtures", name), "utf8")) as Gold;

const textCache = new Map<string, string>();
const articleText = (dir: string, file: string): string => {
  const p = path.join(dir, file);
  let t = textCache.get(p);
  if (t === undefined) {
    t = fs.readFileSync(p, "utf8");
    textCache.set(p, t);
  }
  return t;
};

describe.each(fixtures)("%s", (name, dir) => {
  const gold = load(name);

  it("has the expected top-level shape", () => {
    expect(gold.schema).toBe("claim-schema.md");
    expect(Array.isArray(gold.articles)).toBe(true);
    expect(gold.claims.length).toBeGreaterThan(0);
    expect(Array.isArray(gold.disagreements)).toBe(true);
  });

  it("lists only articles that exist, once each", () => {
    const files = gold.articles.map((a) => a.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
  });

  it("has unique claim ids", () => {
    const ids = gold.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Number.isInteger(id) && id >= 0, String(id)).toBe(true);
  });

  it("every claim belongs to a listed article", () => {
    const files = new Set(gold.articles.map((a) => a.file));
    for (const c of gold.claims) expect(files.has(c.file), `claim ${c.id}: ${c.file}`).toBe(true);
  });

  it("every quote is text.slice(start, end) of its article", () => {
    for (const c of gold.claims) {
      const text = articleText(dir, c.file);
      expect(c.end, `claim ${c.id} end within text`).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end), `claim ${c.id} in ${c.file}`).toBe(c.quote);
    }
  });

  it("every claim passes ClaimSchema", () => {
    for (const c of gold.claims) {
      const r = ClaimSchema.safeParse(c);
      expect(r.success, `claim ${c.id}: ${r.success ? "" : JSON.stringify(r.error.issues)}`).toBe(true);
    }
  });

  it("every disagreement joins two existing claims with equal subject and property", () => {
    const byId = new Map(gold.claims.map((c) => [c.id, c]));
    for (const d of gold.disagreements) {
      const a = byId.get(d.a);
      const b = byId.get(d.b);
      expect(a, `disagreement a=${d.a}`).toBeDefined();
      expect(b, `disagreement b=${d.b}`).toBeDefined();
      expect(d.a).not.toBe(d.b);
      expect(DisagreementType.safeParse(d.type).success, `type ${d.type}`).toBe(true);
      expect(a!.subject, `${d.a}/${d.b} subject`).toBe(b!.subject);
      expect(a!.property, `${d.a}/${d.b} property`).toBe(b!.property);
      const same = a!.value === b!.value && a!.value_max === b!.value_max;
      expect(same, `${d.a}/${d.b} state different values`).toBe(false);
      expect(d.note.length).toBeGreaterThan(0);
    }
  });

  it("every inconsistency references existing claims", () => {
    const ids = new Set(gold.claims.map((c) => c.id));
    for (const d of gold.inconsistencies ?? []) {
      expect(ids.has(d.a), `inconsistency a=${d.a}`).toBe(true);
      expect(ids.has(d.b), `inconsistency b=${d.b}`).toBe(true);
    }
  });
});
