/**
 * The flat rows an export writes, one mapper per dataset. Figures are written twice: the raw
 * number in its base unit (for spreadsheets) and as the page shows it (formatFigure).
 */
import { formatFigure } from "@/lib/format";
import { claimDisagreements } from "@/lib/claims/claim-disagreements";
import type { ClaimCardData, DisagreementPair } from "@/lib/queries/claim-include";
import type { DealListItem } from "@/lib/queries/deals";
import type { SourceListItem } from "@/lib/queries/sources";
import { parseSignals } from "@/lib/sources/signals";

export function claimExportRow(c: ClaimCardData) {
  const disagreements = claimDisagreements(c);
  return {
    id: c.id,
    kind: c.kind,
    subject: c.subject,
    property: c.property,
    value: c.value,
    value_max: c.valueMax,
    qualifier: c.qualifier,
    figure: formatFigure(c.property, c.value, c.valueMax, c.qualifier),
    status: c.status,
    as_of: c.asOf,
    quote: c.quote,
    source_id: c.sourceId,
    source_title: c.source.title,
    source_publisher: c.source.publisher,
    source_date: c.source.publishedOn,
    disagreement_types: [...new Set(disagreements.map((d) => d.type))].join(";"),
    disagrees_with: disagreements.map((d) => d.other.id).join(";"),
    implausible: c.implausibleReason,
    inconsistent: c.inconsistentReason,
  };
}

export function dealExportRow(d: DealListItem) {
  const property = d.estimateProperty ?? "amount_usd";
  return {
    id: d.id,
    from: d.fromCompany.name,
    to: d.toCompany.name,
    kind: d.kind,
    status: d.status,
    estimate_property: d.estimateProperty,
    estimate_value: d.estimateValue,
    estimate_value_max: d.estimateValueMax,
    estimate_qualifier: d.estimateQualifier,
    estimate:
      d.estimateValue !== null && d.estimateQualifier !== null
        ? formatFigure(property, d.estimateValue, d.estimateValueMax, d.estimateQualifier)
        : null,
    first_reported: d.firstReported,
    announced: d.announced,
    sources: d.sourceCount,
    claims: d._count.claims,
  };
}

export function sourceExportRow(s: SourceListItem) {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    published_on: s.publishedOn,
    claims: s._count.claims,
    claims_in_disagreement: s.disputedClaims,
    contradiction_rate: s.contradictionRate,
    machine_signals: parseSignals(s.machineSignals).join(";"),
  };
}

export function disagreementExportRow(d: DisagreementPair) {
  return {
    id: d.id,
    type: d.type,
    subject: d.subject,
    property: d.property,
    claim_a: d.claimA.id,
    figure_a: formatFigure(d.property, d.claimA.value, d.claimA.valueMax, d.claimA.qualifier),
    source_a: d.claimA.source.title,
    claim_b: d.claimB.id,
    figure_b: formatFigure(d.property, d.claimB.value, d.claimB.valueMax, d.claimB.qualifier),
    source_b: d.claimB.source.title,
    explanation: d.explanation,
  };
}

type Columns<Row> = Record<keyof Row, true>;
const columns = <Row>(c: Columns<Row>) => Object.keys(c) as (keyof Row & string)[];

// The header of each CSV, listed so an empty export still has one; `satisfies` keeps it in step with the rows.
export const CLAIM_COLUMNS = columns<ReturnType<typeof claimExportRow>>({
  id: true, kind: true, subject: true, property: true, value: true, value_max: true, qualifier: true, figure: true,
  status: true, as_of: true, quote: true, source_id: true, source_title: true, source_publisher: true, source_date: true,
  disagreement_types: true, disagrees_with: true, implausible: true, inconsistent: true,
});
export const DEAL_COLUMNS = columns<ReturnType<typeof dealExportRow>>({
  id: true, from: true, to: true, kind: true, status: true, estimate_property: true, estimate_value: true,
  estimate_value_max: true, estimate_qualifier: true, estimate: true, first_reported: true, announced: true,
  sources: true, claims: true,
});
export const SOURCE_COLUMNS = columns<ReturnType<typeof sourceExportRow>>({
  id: true, title: true, publisher: true, url: true, published_on: true, claims: true, claims_in_disagreement: true,
  contradiction_rate: true, machine_signals: true,
});
export const DISAGREEMENT_COLUMNS = columns<ReturnType<typeof disagreementExportRow>>({
  id: true, type: true, subject: true, property: true, claim_a: true, figure_a: true, source_a: true, claim_b: true,
  figure_b: true, source_b: true, explanation: true,
});
