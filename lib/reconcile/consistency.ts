/**
 * Arithmetic inside one article that does not add up: a stated reduction its own absolute
 * figures contradict, a part larger than its whole, a payback period or a ratio its own inputs
 * contradict, a multiple its own throughput figures contradict. General rules over properties.
 */
import type { Claim } from "../validations/claim";
import { quoteFacets, valueKey } from "./claim-facts";
import { formatFigure, formatNumber } from "./explain";

export type Inconsistency = { a: number; b: number; reason: string };

type Indexed = { c: Claim; i: number };

/** Checks claims of one article; indexes refer to the input array. */
export function checkConsistency(claims: Claim[]): Inconsistency[] {
  // first claim per (subject, property, figure): a repeated figure is checked once
  const seen = new Set<string>();
  const reps: Indexed[] = [];
  claims.forEach((c, i) => {
    const k = `${c.subject}\u0000${c.property}\u0000${valueKey(c.value)}`;
    if (seen.has(k)) return;
    seen.add(k);
    reps.push({ c, i });
  });
  const byProp = new Map<string, Indexed[]>();
  for (const r of reps) {
    const l = byProp.get(r.c.property);
    if (l) l.push(r);
    else byProp.set(r.c.property, [r]);
  }
  const out: Inconsistency[] = [];
  const push = (x: Inconsistency) => {
    if (!out.some((o) => o.a === x.a && o.b === x.b)) out.push(x);
  };
  reductionsVsAbsolutes(reps, byProp, push);
  partsExceedingWholes(reps, push);
  paybackVsInputs(reps, push);
  ratiosVsInputs(reps, push);
  multiplesVsInputs(reps, byProp, push);
  sparsityLabelsVsPerChip(claims, push);
  return out;
}

const lo = (c: Claim) => (c.qualifier === "about" ? c.value * 0.85 : c.qualifier === "up to" ? 0 : c.value);
const hi = (c: Claim) =>
  c.qualifier === "about" ? c.value * 1.15 : c.qualifier === "at least" ? Infinity : c.value_max ?? c.value;
const point = (c: Claim) => c.qualifier === "exact" || c.qualifier === "about";
const factor = (x: number, y: number) => Math.max(x, y) / Math.max(1e-12, Math.min(x, y));
const mentions = (quote: string, subject: string) => {
  const q = quote.toLowerCase();
  return subject
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((t) => t.length >= 3 && /\d/.test(t) && q.includes(t));
};

/** "x % lower power" must match the article's own per-chip figures: 120 W vs 300 W is 60 % lower. */
const REDUCTION_BASE: Array<[RegExp, RegExp]> = [
  [/^(energy|power)_reduction_pct$/, /^power_w$/],
  [/^cost_reduction_pct$/, /^(training_)?cost_usd$/],
  [/^price_reduction_pct$/, /^price_/],
];

function reductionsVsAbsolutes(reps: Indexed[], byProp: Map<string, Indexed[]>, push: (x: Inconsistency) => void) {
  for (const r of reps) {
    const base = REDUCTION_BASE.find(([p]) => p.test(r.c.property))?.[1];
    if (!base || !point(r.c)) continue;
    const own = reps.find((o) => o.c.subject === r.c.subject && base.test(o.c.property) && point(o.c));
    if (!own) continue;
    const others = [...byProp.entries()]
      .filter(([p]) => p === own.c.property)
      .flatMap(([, l]) => l)
      .filter((o) => o.c.subject !== r.c.subject && point(o.c));
    const named = others.filter((o) => mentions(r.c.quote, o.c.subject));
    const cmp = named.length ? named : others.length === 1 ? others : [];
    for (const o of cmp.slice(0, 1)) {
      const implied = (1 - own.c.value / o.c.value) * 100;
      if (Math.abs(implied - r.c.value) > Math.max(10, 0.3 * r.c.value))
        push({
          a: r.i,
          b: own.i,
          reason: `${formatFigure(r.c)} lower ${own.c.property} for ${r.c.subject}, but its own figures (${formatFigure(own.c)} vs ${formatFigure(o.c)} for ${o.c.subject}) make it ${Math.round(implied)} % lower`,
        });
    }
  }
}

/**
 * A part cannot exceed its whole: training_energy_cost_usd ≤ training_cost_usd (the part adds a
 * component word), compute_commitment_usd ≤ total_compute_commitment_usd (the whole adds "total"),
 * initial_tranche_usd ≤ amount_usd.
 */
const COMPONENT = new Set(["energy", "power", "electricity", "compute", "storage", "inference", "hardware", "network", "networking", "egress", "labor", "licensing", "cloud", "chip", "chips"]);
const TOTAL = new Set(["total", "overall", "cumulative", "combined"]);

function isPartOf(part: string, whole: string): boolean {
  if (part === whole) return false;
  if (/^(initial|first|final|contingent)_tranche_usd$|^direct_amount_usd$|^syndicated_to_coinvestors_usd$/.test(part))
    return whole === "amount_usd";
  if (!/_usd$/.test(part) || !/_usd$/.test(whole) || /_per_/.test(part + whole)) return false;
  const pw = part.split("_");
  const ww = whole.split("_");
  const extra = (longer: string[], shorter: string[]) => {
    const rest = [...longer];
    for (const w of shorter) {
      const k = rest.indexOf(w);
      if (k < 0) return null;
      rest.splice(k, 1);
    }
    return rest.length ? rest : null;
  };
  const partExtra = extra(pw, ww);
  if (partExtra) return partExtra.every((w) => COMPONENT.has(w));
  const wholeExtra = extra(ww, pw);
  return !!wholeExtra && wholeExtra.every((w) => TOTAL.has(w));
}

function partsExceedingWholes(reps: Indexed[], push: (x: Inconsistency) => void) {
  for (const p of reps)
    for (const w of reps) {
      if (p.c.subject !== w.c.subject || !isPartOf(p.c.property, w.c.property)) continue;
      if (lo(p.c) > hi(w.c))
        push({
          a: p.i,
          b: w.i,
          reason: `${p.c.property} ${formatFigure(p.c)} exceeds the whole ${w.c.property} ${formatFigure(w.c)} for ${p.c.subject}`,
        });
    }
}

const COST = /^(first_year_spend|total_spend|total_cost|upfront_cost|investment|training_cost)_usd$/;
const BENEFIT = /^annual_(savings|benefit|revenue|profit)_usd$/;

/** A payback period is cost ÷ yearly benefit: "$125k vs $1M a year" pays back in ~0.1 years, not 2.4. */
function paybackVsInputs(reps: Indexed[], push: (x: Inconsistency) => void) {
  const benefits = reps.filter((r) => BENEFIT.test(r.c.property) && point(r.c));
  for (const p of reps) {
    if (!/^payback_(years|months)$/.test(p.c.property)) continue;
    const costs = reps.filter((r) => r.c.subject === p.c.subject && COST.test(r.c.property) && point(r.c));
    costs.sort((x, y) => COST_ORDER(x.c.property) - COST_ORDER(y.c.property));
    const cost = costs[0];
    const own = benefits.filter((b) => b.c.subject === p.c.subject);
    const benefit = own[0] ?? (benefits.length === 1 ? benefits[0] : undefined);
    if (!cost || !benefit || benefit.c.value <= 0) continue;
    const years = cost.c.value / benefit.c.value;
    const stated = p.c.property === "payback_months" ? p.c.value / 12 : p.c.value;
    if (factor(years, stated) > 2)
      push({
        a: p.i,
        b: cost.i,
        reason: `payback ${formatFigure(p.c)} for ${p.c.subject}, but ${formatFigure(cost.c)} against ${formatFigure(benefit.c)} a year pays back in ~${years.toPrecision(2)} years`,
      });
  }
}
const COST_ORDER = (p: string) => ["first_year_spend_usd", "total_spend_usd", "total_cost_usd", "upfront_cost_usd", "investment_usd", "training_cost_usd"].indexOf(p);

/** What the words of a ratio property name: power_per_tflops_w = power_w ÷ *_tflops. */
const RATIO_PART: Record<string, RegExp> = {
  power: /^power_w$/,
  tflops: /^peak_[a-z0-9]+_tflops$/,
  cost: /cost_usd$/,
  price: /^price_/,
  gb: /^memory_gb$/,
  chip: /^chip_count$/,
  gw: /^(capacity|power)_gw$/,
};

function ratiosVsInputs(reps: Indexed[], push: (x: Inconsistency) => void) {
  for (const r of reps) {
    const m = /^([a-z]+)_per_([a-z]+)_[a-z]+$/.exec(r.c.property);
    if (!m || !RATIO_PART[m[1]] || !RATIO_PART[m[2]] || !point(r.c)) continue;
    const num = reps.find((o) => o.c.subject === r.c.subject && RATIO_PART[m[1]].test(o.c.property) && point(o.c));
    const den = reps.find((o) => o.c.subject === r.c.subject && RATIO_PART[m[2]].test(o.c.property) && point(o.c));
    if (!num || !den || den.c.value === 0) continue;
    const implied = num.c.value / den.c.value;
    const off = factor(implied, r.c.value);
    if (off > 3)
      push({
        a: r.i,
        b: num.i,
        reason: `${r.c.subject} ${r.c.property} ${formatFigure(r.c)}, but ${formatFigure(num.c)} / ${formatFigure(den.c)} = ${implied.toPrecision(3)}: off by ~${Math.round(off)}x`,
      });
  }
}

/** "2.3x the H100" must match both chips' throughput at the same precision, when the article gives both. */
function multiplesVsInputs(reps: Indexed[], byProp: Map<string, Indexed[]>, push: (x: Inconsistency) => void) {
  for (const r of reps) {
    const m = /^perf_multiple_vs_([a-z0-9]+)$/.exec(r.c.property);
    if (!m || !point(r.c)) continue;
    for (const [prop, list] of byProp) {
      if (!/^peak_[a-z0-9]+_tflops$/.test(prop)) continue;
      const own = list.find((o) => o.c.subject === r.c.subject && point(o.c));
      const base = list.find((o) => o.c.subject.toLowerCase().replace(/\s+/g, "") === m[1] && point(o.c));
      if (!own || !base || base.c.value <= 0) continue;
      const implied = own.c.value / base.c.value;
      if (factor(implied, r.c.value) > 2)
        push({
          a: r.i,
          b: own.i,
          reason: `${r.c.subject} ${formatNumber(r.c.property, r.c.value)} vs ${base.c.subject}, but ${formatFigure(own.c)} vs ${formatFigure(base.c)} is ${implied.toPrecision(2)}x`,
        });
      break;
    }
  }
}

/**
 * Two systems of one chip, one figure labelled dense and one sparse: per chip, the sparse figure
 * should be about twice the dense one. Equal per-chip figures mean one of the labels is wrong.
 */
function sparsityLabelsVsPerChip(claims: Claim[], push: (x: Inconsistency) => void) {
  const count = new Map<string, number>();
  for (const c of claims) if (c.property === "chip_count" && c.qualifier !== "range" && !count.has(c.subject)) count.set(c.subject, c.value);
  const labelled: Array<{ c: Claim; i: number; label: "dense" | "sparse" }> = [];
  const seen = new Set<string>();
  claims.forEach((c, i) => {
    if (!/^peak_[a-z0-9]+_tflops$/.test(c.property) || !count.has(c.subject) || c.qualifier === "range") return;
    const label = quoteFacets(c.quote).sparsity;
    const k = `${c.subject}\u0000${c.property}\u0000${label}`;
    if (!label || seen.has(k)) return;
    seen.add(k);
    labelled.push({ c, i, label });
  });
  for (const d of labelled)
    for (const sp of labelled) {
      if (d.label !== "dense" || sp.label !== "sparse" || d.c.property !== sp.c.property || d.c.subject === sp.c.subject) continue;
      const perDense = d.c.value / count.get(d.c.subject)!;
      const perSparse = sp.c.value / count.get(sp.c.subject)!;
      if (factor(perDense, perSparse) <= 1.25)
        push({
          a: d.i,
          b: sp.i,
          reason: `${d.c.subject} (dense) and ${sp.c.subject} (sparse) both give ~${formatNumber(d.c.property, perDense)} per chip; sparsity normally doubles peak, so one label is wrong`,
        });
    }
}
