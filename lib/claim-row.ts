import type { Claim } from "@/lib/validations/claim";
import { ClaimSchema } from "@/lib/validations/claim";

/** The contract fields of a stored claim (camelCase columns). */
export interface ClaimRowFields {
  kind: string;
  subject: string;
  property: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  status: string | null;
  asOf: string | null;
  quote: string;
  start: number;
  end: number;
}

/** A stored claim as the contract (snake_case) that lib/extract and lib/reconcile speak. */
export function toClaim(row: ClaimRowFields): Claim {
  return ClaimSchema.parse({
    kind: row.kind,
    subject: row.subject,
    property: row.property,
    value: row.value,
    value_max: row.valueMax,
    qualifier: row.qualifier,
    status: row.status,
    as_of: row.asOf,
    quote: row.quote,
    start: row.start,
    end: row.end,
  });
}

export function toClaimRow(claim: Claim): ClaimRowFields {
  return {
    kind: claim.kind,
    subject: claim.subject,
    property: claim.property,
    value: claim.value,
    valueMax: claim.value_max,
    qualifier: claim.qualifier,
    status: claim.status,
    asOf: claim.as_of,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
  };
}
