/**
 * Money raised by or flowing into each company (round sizes, "X -> company" amounts), to tell a
 * pre-money from a post-money valuation: two valuations of a company whose gap matches one of its
 * rounds are the same round before and after the money. Built per company on first need.
 */
import { isDealMoney, isRoundSize, subjectEntities } from "./claim-facts";
import type { ClaimTable } from "./claim-table";
import { membersOf, type Groups } from "./groups";

export class Inflows {
  private groupsByCompany: Map<string, Int32Array[]> | null = null;
  private byCompany = new Map<string, Float64Array>(); // company (lower case) → sorted distinct amounts
  private bySubject = new Map<string, Float64Array>();

  constructor(
    private table: ClaimTable,
    private groups: Groups,
  ) {}

  /** An amount r raised by the subject's company with |diff - r| <= 10 % of r, i.e. r in [diff/1.1, diff/0.9]. */
  matching(subject: string, diff: number): number | null {
    const xs = this.amountsOf(subject);
    let lo = 0;
    let hi = xs.length;
    const min = diff / 1.1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < min) lo = mid + 1;
      else hi = mid;
    }
    return lo < xs.length && xs[lo] <= diff / 0.9 ? xs[lo] : null;
  }

  /** Sorted distinct amounts raised by or flowing into the subject's company. */
  private amountsOf(subject: string): Float64Array {
    let xs = this.bySubject.get(subject);
    if (xs) return xs;
    const company = subject.trim().toLowerCase();
    xs = this.byCompany.get(company);
    if (!xs) this.byCompany.set(company, (xs = this.distinctAmounts(company)));
    this.bySubject.set(subject, xs);
    return xs;
  }

  private distinctAmounts(company: string): Float64Array {
    this.groupsByCompany ??= inflowGroups(this.groups);
    const groups = this.groupsByCompany.get(company) ?? [];
    const { value } = this.table;
    const xs = new Float64Array(groups.reduce((n, idx) => n + idx.length, 0));
    let n = 0;
    for (const idx of groups)
      for (let x = 0; x < idx.length; x++) if (value[idx[x]] > 0) xs[n++] = value[idx[x]];
    const sorted = xs.subarray(0, n).sort();
    let distinct = 0;
    for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k];
    return sorted.slice(0, distinct);
  }
}

/** Groups of money raised by or flowing into a company, by the company (lower case): for pre/post checks. */
function inflowGroups(groups: Groups): Map<string, Int32Array[]> {
  const out = new Map<string, Int32Array[]>();
  for (const [family, bySubject] of groups.ids) {
    const round = isRoundSize(family);
    if (!round && !isDealMoney(family)) continue;
    for (const [subject, g] of bySubject) {
      if (!round && !subject.includes("->")) continue;
      const company = round ? subject : subjectEntities(subject)[0];
      const idx = membersOf(groups, g);
      const l = out.get(company);
      if (l) l.push(idx);
      else out.set(company, [idx]);
    }
  }
  return out;
}
