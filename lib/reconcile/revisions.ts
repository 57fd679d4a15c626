/**
 * One article giving a figure and its revision: "raised its forecast to $50B, up from the $35B it
 * gave in September", "had sought $2.5B … now in talks to raise $4B", "first announced with 288 GB
 * … trimmed to 256 GB". The two figures are the same thing at two dates (`temporal`), unlike two
 * plainly separate events of one article (two quarters, two rounds years apart), which stay a timeline.
 */

/** Wording that presents a figure as the earlier or the revised value of the same thing. */
const FORECAST_NOUN = String.raw`(?:forecast|guidance|outlook|target|estimate|projection|plan|budget|figure|range)`;
const REVISION = new RegExp(
  [
    // "raised its capital-spending forecast to", "narrowed the range", "trimmed the figure"
    String.raw`\b(?:raised|lifted|boosted|hiked|cut|lowered|trimmed|narrowed|revised|reduced|increased|pared|scaled back)\b[^.;]{0,40}\b${FORECAST_NOUN}`,
    // "had been trimmed to", "was later cut to"
    String.raw`\b(?:had been|was later|were later|has since been) (?:raised|lifted|cut|lowered|trimmed|revised|reduced|increased|scaled back)\b`,
    // "up from the $35 billion it forecast in September" (not "up from $29 billion at the end of December")
    String.raw`\b(?:up|down) from\b[^.;]*\b(?:forecast|guid|expect|outlook|target|project|gave|sought|plann|signal|pegged|outlined)`,
    String.raw`\bhad (?:sought|projected|forecast|expected|guided|planned|targeted|aimed|signal(?:l)?ed|pegged|outlined)\b`,
    String.raw`\b(?:initially|originally|previously|at first)\b|\bfirst (?:announced|said|set|outlined|reported)\b`,
    String.raw`\b(?:grow|expand)s? to\b|\bnow (?:expects|plans|sees|targets|pegs)\b`,
  ].join("|"),
  "i",
);

export const revisionWording = (quote: string): boolean => REVISION.test(quote);

/** Per-period actuals (one quarter's revenue or capex): two of them in an article are two periods, not a revision. */
export const periodActual = (property: string): boolean => property.startsWith("quarterly_") && !property.includes("guidance");
