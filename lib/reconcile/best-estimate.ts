/**
 * The figure a record should show, and why. Claims that lose stay visible with the reason they
 * lost (like Wikidata's deprecated rank): a later deal stage beats talks, a later date beats an
 * older one, more sources beat one, exact beats "about", more significant digits beat rounded.
 */
import type { Claim } from "../validations/claim";
import { claimDate, formatDate, parseDate, significantDigits, valueKey } from "./claim-facts";
import { formatFigure } from "./explain";

type EstimateClaim = Claim & { source?: string; sourceDate?: string | null };

export type BestEstimate = {
  value: number;
  value_max: number | null;
  qualifier: Claim["qualifier"];
  status: Claim["status"];
  as_of: string | null;
  /** indexes (into the input) of the claims stating the chosen figure */
  supporting: number[];
  /** every other claim, with the reason it lost */
  superseded: Array<{ index: number; why: string }>;
  /** why the chosen figure won, in one line */
  reason: string;
};

const STAGE_RANK: Record<string, number> = { talks: 0, reported: 1, announced: 2, closed: 3 };
const QUALIFIER_RANK: Record<Claim["qualifier"], number> = { exact: 4, range: 3, about: 2, "at least": 1, "up to": 1 };

type Figure = {
  members: number[];
  /** the deal stage most of the figure's claims state (ties go to the later stage) */
  stage: number;
  status: Claim["status"];
  month: number;
  asOf: string | null;
  sources: number;
  qualifier: Claim["qualifier"];
  digits: number;
};

function figuresOf(claims: EstimateClaim[]): Figure[] {
  const byKey = new Map<string, Figure & { srcSet: Set<string>; votes: number[] }>();
  claims.forEach((c, i) => {
    const key = valueKey(c.value) + "/" + valueKey(c.value_max);
    let f = byKey.get(key);
    if (!f) {
      f = { members: [], stage: -1, status: null, month: -Infinity, asOf: null, sources: 0, qualifier: c.qualifier, digits: 0, srcSet: new Set(), votes: [0, 0, 0, 0] };
      byKey.set(key, f);
    }
    f.members.push(i);
    if (c.status) f.votes[STAGE_RANK[c.status]]++;
    const d = claimDate(c);
    const m = parseDate(d)?.month ?? -Infinity;
    if (m > f.month) {
      f.month = m;
      f.asOf = d;
    }
    f.srcSet.add(c.source ?? `#${i}`);
    if (QUALIFIER_RANK[c.qualifier] > QUALIFIER_RANK[f.qualifier]) f.qualifier = c.qualifier;
    f.digits = Math.max(f.digits, significantDigits(c.value));
  });
  const statusOf = Object.keys(STAGE_RANK) as Array<NonNullable<Claim["status"]>>;
  return [...byKey.values()].map((f) => {
    let stage = 1;
    let status: Claim["status"] = null;
    let most = 0;
    f.votes.forEach((n, rank) => {
      if (n > 0 && n >= most) {
        most = n;
        stage = rank;
        status = statusOf[rank];
      }
    });
    return { ...f, stage, status, sources: f.srcSet.size };
  });
}

/** Compares two figures; returns a negative number when `x` should be shown, with the deciding criterion. */
function compare(x: Figure, y: Figure): [number, string] {
  if (x.stage !== y.stage) return [y.stage - x.stage, "stage"];
  if (x.month !== y.month && Number.isFinite(x.month) && Number.isFinite(y.month)) return [y.month - x.month, "date"];
  if (x.sources !== y.sources) return [y.sources - x.sources, "sources"];
  if (x.members.length !== y.members.length) return [y.members.length - x.members.length, "claims"];
  if (x.qualifier !== y.qualifier) return [QUALIFIER_RANK[y.qualifier] - QUALIFIER_RANK[x.qualifier], "qualifier"];
  if (x.digits !== y.digits) return [y.digits - x.digits, "precision"];
  return [x.members[0] - y.members[0], "order"];
}

function why(loser: Figure, winner: Figure, criterion: string, claims: EstimateClaim[]): string {
  const shown = formatFigure(claims[winner.members[0]]);
  switch (criterion) {
    case "stage":
      return `earlier stage (${loser.status ?? "unstaged"}) than ${winner.status ?? "unstaged"} ${shown}`;
    case "date":
      return `older (${formatDate(loser.asOf)}) than ${shown} (${formatDate(winner.asOf)})`;
    case "sources":
      return `fewer sources (${loser.sources} vs ${winner.sources} for ${shown})`;
    case "claims":
      return `stated fewer times (${loser.members.length} vs ${winner.members.length} for ${shown})`;
    case "qualifier":
      return `less exact (${loser.qualifier}) than ${shown}`;
    case "precision":
      return `rounded (${loser.digits} vs ${winner.digits} significant digits)`;
    default:
      return `tie with ${shown}, first stated wins`;
  }
}

/**
 * The best current figure among claims about one subject and property.
 * Returns null for no claims. Indexes refer to the input array.
 */
export function bestEstimate(claims: EstimateClaim[]): BestEstimate | null {
  if (claims.length === 0) return null;
  const figures = figuresOf(claims);
  let best = figures[0];
  for (let k = 1; k < figures.length; k++) if (compare(figures[k], best)[0] < 0) best = figures[k];
  const rep = claims[best.members[0]];
  const superseded: BestEstimate["superseded"] = [];
  const reasons = new Set<string>();
  for (const f of figures) {
    if (f === best) continue;
    const [, criterion] = compare(best, f);
    reasons.add(criterion);
    const w = why(f, best, criterion, claims);
    for (const i of f.members) superseded.push({ index: i, why: w });
  }
  superseded.sort((p, q) => p.index - q.index);
  const label: Record<string, string> = {
    stage: "latest deal stage",
    date: "most recent",
    sources: "most sources",
    claims: "stated most often",
    qualifier: "most exact",
    precision: "most precise",
    order: "first stated",
  };
  const reason =
    figures.length === 1
      ? `all ${claims.length} claim(s) agree (${best.sources} source(s))`
      : `${formatFigure(rep)}: ${[...reasons].map((r) => label[r]).join(", ")}; ${best.members.length} claim(s) from ${best.sources} source(s)`;
  return {
    value: rep.value,
    value_max: rep.value_max,
    qualifier: best.qualifier,
    status: best.status,
    as_of: best.asOf,
    supporting: best.members,
    superseded,
    reason,
  };
}
