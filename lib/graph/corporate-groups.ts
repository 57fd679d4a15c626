/**
 * Business units counted with their parent when looking for circular flows: money that
 * Microsoft puts into Anthropic and comes back as Anthropic's spending on Microsoft Azure is
 * one circle, although the claims name the cloud (docs/claim-schema.md keeps `AWS` apart from
 * `Amazon`). Keys and values are company slugs.
 */
export const PARENT_COMPANY: Readonly<Record<string, string>> = {
  aws: "amazon",
  "amazon-bedrock": "amazon",
  "amazon-s3": "amazon",
  "microsoft-azure": "microsoft",
  "azure-openai-service": "microsoft",
  "google-cloud": "google",
};

/** The group a company's flows count towards (itself unless it is a unit of a parent). */
export function groupOf(slug: string, mergeUnits: boolean): string {
  return mergeUnits ? (PARENT_COMPANY[slug] ?? slug) : slug;
}
