/**
 * Scoring the extractor against hand-annotated gold claims. Pure functions; the CLI
 * (lib/cli/eval.ts) reads files and prints.
 */
import type { FileClaim } from "@/lib/validations/claim";

export type ScoredClaim = Pick<FileClaim, "file" | "kind" | "subject" | "property" | "value" | "value_max" | "quote" | "start" | "end">;
export type Pair = { a: number; b: number; type: string };
export type Family = "money" | "valuation" | "chip spec" | "other";
export const FAMILIES: Family[] = ["money", "valuation", "chip spec", "other"];

export function familyOf(c: Pick<ScoredClaim, "property" | "kind">): Family {
  if (/valuation/.test(c.property)) return "valuation";
  if (/_(?:usd|eur|gbp|inr|jpy|cny|aud|cad|hkd|sgd)$/.test(c.property)) return "money";
  if (c.kind === "chip_spec") return "chip spec";
  return "other";
}

/** Equal within `tol` relative difference (1 % by default). */
export function close(a: number | null | undefined, b: number | null | undefined, tol = 0.01): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a === b) return true;
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

export function claimsMatch(g: ScoredClaim, p: ScoredClaim): boolean {
  return g.file === p.file && g.subject === p.subject && g.property === p.property && close(g.value, p.value) && close(g.value_max, p.value_max);
}

/**
 * One-to-one greedy matching: candidate pairs ordered by the distance between their quote
 * offsets (closest first). Returns `goldToPred[i]` = index of the matched prediction or -1.
 */
export function matchClaims(gold: ScoredClaim[], pred: ScoredClaim[]): { goldToPred: number[]; predToGold: number[] } {
  const cands: { g: number; p: number; d: number }[] = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++)
      if (claimsMatch(gold[g], pred[p])) cands.push({ g, p, d: Math.abs(gold[g].start - pred[p].start) + Math.abs(gold[g].end - pred[p].end) });
  cands.sort((x, y) => x.d - y.d || x.g - y.g || x.p - y.p);
  const goldToPred = gold.map(() => -1);
  const predToGold = pred.map(() => -1);
  for (const c of cands) {
    if (goldToPred[c.g] !== -1 || predToGold[c.p] !== -1) continue;
    goldToPred[c.g] = c.p;
    predToGold[c.p] = c.g;
  }
  return { goldToPred, predToGold };
}

export type PRF = { tp: number; gold: number; pred: number; precision: number; recall: number; f1: number };

export function prf(tpPred: number, tpGold: number, nPred: number, nGold: number): PRF {
  const precision = nPred ? tpPred / nPred : nGold ? 0 : 1;
  const recall = nGold ? tpGold / nGold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: tpGold, gold: nGold, pred: nPred, precision, recall, f1 };
}

export type DisagreementScore = {
  goldPairs: number;
  predPairs: number;
  found: number;
  recall: number;
  typeCorrect: number;
  typeAccuracy: number;
  /** gold pairs not found, with why: a claim was not extracted, or both were but not paired */
  missed: { pair: Pair; why: "claim missed" | "not paired" }[];
  /** found pairs whose predicted type differs from the gold type */
  mistyped: { pair: Pair; predicted: string }[];
};

/**
 * Gold pairs index gold claims; predicted pairs index predictions. With `pred`, a predicted pair
 * stands for every statement of its two figures: the engine pairs one representative claim per
 * article and figure, so a gold pair counts as found when the predicted pairs join the same two
 * figures (same article, subject, property family and value) as its matched claims.
 */
export function scoreDisagreements(goldPairs: Pair[], predPairs: Pair[], goldToPred: number[], pred?: ScoredClaim[]): DisagreementScore {
  const figure = (i: number) => {
    if (!pred) return String(i);
    const c = pred[i];
    return `${c.file}|${c.subject.toLowerCase()}|${/valuation/.test(c.property) ? "valuation" : c.property}|${c.value}|${c.value_max ?? ""}`;
  };
  const predMap = new Map<string, string>();
  for (const p of predPairs) {
    const [a, b] = [figure(p.a), figure(p.b)];
    if (!predMap.has(`${a}#${b}`)) predMap.set(`${a}#${b}`, p.type);
    if (!predMap.has(`${b}#${a}`)) predMap.set(`${b}#${a}`, p.type);
  }
  let found = 0;
  let typeCorrect = 0;
  const missed: DisagreementScore["missed"] = [];
  const mistyped: DisagreementScore["mistyped"] = [];
  for (const g of goldPairs) {
    const a = goldToPred[g.a];
    const b = goldToPred[g.b];
    if (a === undefined || b === undefined || a < 0 || b < 0) {
      missed.push({ pair: g, why: "claim missed" });
      continue;
    }
    const t = predMap.get(`${figure(a)}#${figure(b)}`);
    if (t === undefined) {
      missed.push({ pair: g, why: "not paired" });
      continue;
    }
    found++;
    if (t === g.type) typeCorrect++;
    else mistyped.push({ pair: g, predicted: t });
  }
  return {
    goldPairs: goldPairs.length,
    predPairs: predPairs.length,
    found,
    recall: goldPairs.length ? found / goldPairs.length : 1,
    typeCorrect,
    typeAccuracy: found ? typeCorrect / found : 0,
    missed,
    mistyped,
  };
}

export type Report = {
  overall: PRF;
  families: Record<Family, PRF>;
  verbatim: { ok: number; total: number; share: number };
  misses: number[];
  extras: number[];
  goldToPred: number[];
};

/** Score predictions against gold; `texts` maps a file name to its article text (for the verbatim check). */
export function evaluate(gold: ScoredClaim[], pred: ScoredClaim[], texts: Record<string, string>): Report {
  const { goldToPred, predToGold } = matchClaims(gold, pred);
  const tp = goldToPred.filter((p) => p >= 0).length;
  const overall = prf(tp, tp, pred.length, gold.length);
  const families = {} as Record<Family, PRF>;
  for (const f of FAMILIES) {
    const gi = gold.map((g, i) => i).filter((i) => familyOf(gold[i]) === f);
    const pi = pred.map((p, i) => i).filter((i) => familyOf(pred[i]) === f);
    families[f] = prf(pi.filter((i) => predToGold[i] >= 0).length, gi.filter((i) => goldToPred[i] >= 0).length, pi.length, gi.length);
  }
  let ok = 0;
  for (const p of pred) {
    const t = texts[p.file];
    if (t !== undefined && t.slice(p.start, p.end) === p.quote) ok++;
  }
  return {
    overall,
    families,
    verbatim: { ok, total: pred.length, share: pred.length ? ok / pred.length : 1 },
    misses: goldToPred.map((p, i) => (p < 0 ? i : -1)).filter((i) => i >= 0),
    extras: predToGold.map((g, i) => (g < 0 ? i : -1)).filter((i) => i >= 0),
    goldToPred,
  };
}
