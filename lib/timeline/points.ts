import type { Claim, Company, Deal, Source, Valuation } from "@/lib/generated/prisma/client";
import { formatFigure, formatPartialDate, unitOf } from "@/lib/format";
import { endedBy, spanOf, type DateSpan } from "@/lib/timeline/spans";

type CompanyRef = Pick<Company, "name" | "slug">;

/** A deal or valuation claim with what the timeline needs of its source and record. */
export type TimelineClaim = Pick<
  Claim,
  "id" | "subject" | "property" | "value" | "valueMax" | "qualifier" | "status" | "asOf" | "asOfPrecision" | "quote"
> & {
  source: Pick<Source, "id" | "title" | "publisher" | "publishedOn" | "publishedPrecision">;
  deal: (Pick<Deal, "id" | "estimateProperty"> & { fromCompany: CompanyRef; toCompany: CompanyRef }) | null;
  valuation: (Pick<Valuation, "id" | "basis"> & { company: CompanyRef }) | null;
};

export const STAGES = ["talks", "announced", "closed", "reported", "unknown"] as const;
export type Stage = (typeof STAGES)[number];

export interface TimelineEntry {
  /** Stable id, used in the URL (`?point=`). */
  id: string;
  series: "deal" | "valuation";
  /** "Amazon → OpenAI" or "OpenAI valuation". */
  label: string;
  companies: CompanyRef[];
  property: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  /** "≥ $10B". */
  figure: string;
  stage: Stage;
  span: DateSpan | null;
  /** "17 Dec 2025", "Dec 2025 (month)", "undated". */
  dateLabel: string;
  /** Middle of the span (UTC ms), where the marker sits; null when undated. */
  x: number | null;
  /** Horizontal nudge, in marker widths, for markers that share a date and an amount. */
  dodge: number;
  /** Every claim stating this figure; only the first CLAIMS_PER_POINT travel to the browser. */
  claimCount: number;
  /** The claims' subject, for the link to all of them on /claims. */
  subject: string;
  claims: {
    id: number;
    quote: string;
    sourceId: number;
    sourceTitle: string;
    publisher: string | null;
    publishedOn: string | null;
  }[];
}

export interface Timeline {
  /** Dated USD figures on or after `since`: what the chart draws. */
  plotted: TimelineEntry[];
  /** Figures without any date (neither the sentence nor the article gives one). */
  undated: TimelineEntry[];
  /** Dated figures in another unit (EUR, GW) that a USD axis cannot show. */
  notUsd: TimelineEntry[];
  /** Dated USD figures before `since`. */
  earlier: TimelineEntry[];
  /** First year drawn (by default the last three years with data), and the years with data. */
  since: number | null;
  years: number[];
  /** Claims left out because their article was not known by the as-of date (or has no date). */
  hiddenByAsOf: number;
  xDomain: [number, number] | null;
  yDomain: [number, number] | null;
}

/** The date a claim's figure holds: the sentence's own date, else its article's. */
export function claimSpan(claim: TimelineClaim): DateSpan | null {
  return spanOf(claim.asOf, claim.asOfPrecision) ?? spanOf(claim.source.publishedOn, claim.source.publishedPrecision);
}

/** When the claim became known: its article's publication date, else the claim's own date. */
export function knownSpan(claim: TimelineClaim): DateSpan | null {
  return spanOf(claim.source.publishedOn, claim.source.publishedPrecision) ?? spanOf(claim.asOf, claim.asOfPrecision);
}

function isPlottedProperty(claim: TimelineClaim): boolean {
  if (claim.deal) return claim.property === (claim.deal.estimateProperty ?? "amount_usd");
  if (claim.valuation) return /valuation/.test(claim.property);
  return false;
}

function stageOf(status: string | null): Stage {
  return (STAGES as readonly string[]).includes(status ?? "") ? (status as Stage) : "unknown";
}

function dateLabelOf(span: DateSpan | null): string {
  if (!span) return "undated";
  const text = formatPartialDate(span.date);
  return span.precision === "day" ? text : `${text} (${span.precision} only)`;
}

/**
 * Timeline entries from deal and valuation claims: claims of one record stating the same
 * figure, stage and date become one entry (with all their quotes). A figure dated only to a
 * month or year keeps that precision: its span covers the whole month or year.
 * `asOf` ("YYYY-MM-DD") keeps only claims whose article was certainly out by then; `since` is
 * the first year drawn ("all": every year; default: the last three years with data).
 */
/** Quotes sent to the browser per point; the rest are one link away (/claims), so the page stays small at any scale. */
export const CLAIMS_PER_POINT = 6;

export function buildTimeline(
  claims: TimelineClaim[],
  { asOf = null, since = null }: { asOf?: string | null; since?: number | "all" | null } = {},
): Timeline {
  let hiddenByAsOf = 0;
  const groups = new Map<string, TimelineEntry>();
  const ordered = [...claims].sort((a, b) => a.id - b.id);
  for (const claim of ordered) {
    if (!isPlottedProperty(claim)) continue;
    if (asOf) {
      const known = knownSpan(claim);
      if (!known || !endedBy(known, asOf)) {
        hiddenByAsOf++;
        continue;
      }
    }
    const span = claimSpan(claim);
    const stage = stageOf(claim.status);
    const series = claim.deal ? "deal" : "valuation";
    const recordId = claim.deal ? `d${claim.deal.id}` : `v${claim.valuation!.id}`;
    const id = [recordId, claim.property, stage, span?.date ?? "undated", claim.value, claim.valueMax ?? "", claim.qualifier.replace(/ /g, "")].join("_");
    let entry = groups.get(id);
    if (!entry) {
      const companies = claim.deal ? [claim.deal.fromCompany, claim.deal.toCompany] : [claim.valuation!.company];
      entry = {
        id,
        series,
        label: claim.deal ? `${claim.deal.fromCompany.name} → ${claim.deal.toCompany.name}` : `${claim.valuation!.company.name} valuation`,
        companies,
        property: claim.property,
        value: claim.value,
        valueMax: claim.valueMax,
        qualifier: claim.qualifier,
        figure: formatFigure(claim.property, claim.value, claim.valueMax, claim.qualifier),
        stage,
        span,
        dateLabel: dateLabelOf(span),
        x: span ? (span.start + span.end) / 2 : null,
        dodge: 0,
        claimCount: 0,
        subject: claim.subject,
        claims: [],
      };
      groups.set(id, entry);
    }
    entry.claimCount++;
    if (entry.claims.length >= CLAIMS_PER_POINT) continue;
    entry.claims.push({
      id: claim.id,
      quote: claim.quote,
      sourceId: claim.source.id,
      sourceTitle: claim.source.title,
      publisher: claim.source.publisher,
      publishedOn: claim.source.publishedOn,
    });
  }

  const entries = [...groups.values()].sort(
    (a, b) => (a.x ?? Infinity) - (b.x ?? Infinity) || a.label.localeCompare(b.label) || a.value - b.value,
  );
  const isUsd = (e: TimelineEntry) => {
    const unit = unitOf(e.property);
    return unit.kind === "money" && unit.currency === "USD";
  };
  const datedUsd = entries.filter((e) => e.span && isUsd(e));
  const years = [...new Set(datedUsd.map((e) => new Date(e.span!.start).getUTCFullYear()))].sort((a, b) => a - b);
  const from = years.length === 0 ? null : since === "all" ? years[0] : (since ?? defaultSince(years));
  const fromMs = from === null ? -Infinity : Date.UTC(from, 0, 1);
  const plotted = datedUsd.filter((e) => e.span!.end > fromMs);
  // Markers at the same date and amount sit side by side instead of on top of each other.
  const stacks = new Map<string, TimelineEntry[]>();
  for (const e of plotted) stacks.set(`${e.x}|${e.value}`, [...(stacks.get(`${e.x}|${e.value}`) ?? []), e]);
  for (const stack of stacks.values()) stack.forEach((e, i) => (e.dodge = i - (stack.length - 1) / 2));
  return {
    plotted,
    undated: entries.filter((e) => !e.span),
    notUsd: entries.filter((e) => e.span && !isUsd(e)),
    earlier: datedUsd.filter((e) => e.span!.end <= fromMs),
    since: from,
    years,
    hiddenByAsOf,
    xDomain: xDomainOf(plotted),
    yDomain: yDomainOf(plotted),
  };
}

/** The default first year: the last three years with data, so one old deal does not squash the rest. */
export function defaultSince(years: number[]): number | null {
  if (years.length === 0) return null;
  const last = years[years.length - 1];
  return years.find((y) => y >= last - 2) ?? last;
}

function xDomainOf(entries: TimelineEntry[]): [number, number] | null {
  if (entries.length === 0) return null;
  const start = Math.min(...entries.map((e) => e.span!.start));
  const end = Math.max(...entries.map((e) => e.span!.end));
  const s = new Date(start);
  const e = new Date(end - 1);
  // Whole quarters either side, so the first and last markers are not on the frame.
  const q0 = Date.UTC(s.getUTCFullYear(), Math.floor(s.getUTCMonth() / 3) * 3, 1);
  const q1 = Date.UTC(e.getUTCFullYear(), Math.floor(e.getUTCMonth() / 3) * 3 + 3, 1);
  return [q0, q1];
}

function yDomainOf(entries: TimelineEntry[]): [number, number] | null {
  const values = entries.flatMap((e) => [e.value, e.valueMax ?? e.value]).filter((v) => v > 0);
  if (values.length === 0) return null;
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return [10 ** lo, 10 ** (hi === lo ? hi + 1 : hi)];
}

/** Quarter starts between the ends of a domain (axis ticks), or year starts when that is too many. */
export function timeTicks([start, end]: [number, number]): { ticks: number[]; precision: "month" | "year" } {
  const ticks: number[] = [];
  const d = new Date(start);
  for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); Date.UTC(y, m, 1) <= end; m += 3) ticks.push(Date.UTC(y, m, 1));
  if (ticks.length <= 12) return { ticks, precision: "month" };
  return { ticks: ticks.filter((t) => new Date(t).getUTCMonth() === 0), precision: "year" };
}
