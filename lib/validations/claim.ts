import { z } from "zod";

/**
 * The claim contract of `claim-schema.md` (copied to docs/claim-schema.md).
 * The extractor's output, the database rows and the evaluation all use these types.
 */
export const claimKinds = ["investment", "valuation", "chip_spec", "other"] as const;
export const qualifiers = ["exact", "about", "at least", "up to", "range"] as const;
export const dealStatuses = ["talks", "announced", "closed", "reported"] as const;
export const disagreementTypes = [
  "temporal",
  "rounding",
  "pre_vs_post",
  "metric_conflation",
  "different_deal",
  "conflict",
] as const;

export const ClaimKind = z.enum(claimKinds);
export const Qualifier = z.enum(qualifiers);
export const DealStatus = z.enum(dealStatuses);
export const DisagreementType = z.enum(disagreementTypes);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const ClaimSchema = z
  .object({
    kind: ClaimKind,
    subject: z.string().min(1),
    property: z.string().regex(/^[a-z0-9_]+$/, "property is snake_case"),
    value: z.number().finite(),
    value_max: z.number().finite().nullable(),
    qualifier: Qualifier,
    status: DealStatus.nullable(),
    as_of: PartialDate.nullable(),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((c) => c.end > c.start, { message: "end must be after start", path: ["end"] })
  .refine((c) => (c.qualifier === "range") === (c.value_max !== null), {
    message: "value_max is set exactly when qualifier is range",
    path: ["value_max"],
  });

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Qualifier = z.infer<typeof Qualifier>;
export type DealStatus = z.infer<typeof DealStatus>;
export type DisagreementType = z.infer<typeof DisagreementType>;

/** A claim as the CLI prints it: with the file it came from. */
export const FileClaimSchema = ClaimSchema.and(z.object({ file: z.string() }));
export type FileClaim = Claim & { file: string };

export const DisagreementSchema = z.object({
  a: z.number().int().nonnegative(),
  b: z.number().int().nonnegative(),
  type: DisagreementType,
});
