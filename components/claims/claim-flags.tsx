import Link from "next/link";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { DISAGREEMENT_LABEL, type ClaimDisagreement } from "@/lib/claims/claim-disagreements";
import { hrefWith } from "@/lib/url";

const SHOWN = 3;

/** The warnings on a claim card: disagreements with other claims, implausible and inconsistent figures. */
export function ClaimFlags({
  subject,
  property,
  disagreements,
  total = disagreements.length,
  implausibleReason,
  inconsistentReason,
}: {
  subject: string;
  property: string;
  disagreements: ClaimDisagreement[];
  /** all the claim's disagreements, when only the first few were loaded */
  total?: number;
  implausibleReason: string | null;
  inconsistentReason: string | null;
}) {
  if (!disagreements.length && !implausibleReason && !inconsistentReason) return null;
  const more = total - Math.min(SHOWN, disagreements.length);
  return (
    <ul className="space-y-2 text-sm">
      {implausibleReason && (
        <li data-testid="flag-implausible" className="rounded-md border border-red-300 bg-red-50 px-2 py-1.5 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200">
          <span className="font-semibold">Implausible:</span> {implausibleReason}
        </li>
      )}
      {inconsistentReason && (
        <li data-testid="flag-inconsistent" className="rounded-md border border-orange-300 bg-orange-50 px-2 py-1.5 text-orange-900 dark:border-orange-800 dark:bg-orange-950/60 dark:text-orange-200">
          <span className="font-semibold">Inconsistent:</span> {inconsistentReason}
        </li>
      )}
      {disagreements.slice(0, SHOWN).map((d) => (
        <li
          key={d.id}
          data-testid="flag-disagreement"
          data-type={d.type}
          className="rounded-md border border-violet-300 bg-violet-50 px-2 py-1.5 text-violet-950 dark:border-violet-800 dark:bg-violet-950/60 dark:text-violet-100"
        >
          <span className="font-semibold">Disagrees ({DISAGREEMENT_LABEL[d.type] ?? d.type}, {d.type}):</span>{" "}
          other claim says{" "}
          <span className="font-semibold tabular-nums">{formatFigure(d.other.property, d.other.value, d.other.valueMax, d.other.qualifier)}</span>
          {d.other.status && ` (${d.other.status})`} in “{d.other.source.title}”
          {d.other.asOf || d.other.source.publishedOn ? `, ${formatPartialDate(d.other.asOf ?? d.other.source.publishedOn)}` : ""}.{" "}
          <span className="text-violet-900 dark:text-violet-200">{d.explanation}</span>{" "}
          <Link href={`/claims?id=${d.other.id}`} className="font-medium underline">
            See the other claim
          </Link>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Link
            href={hrefWith("/claims", { view: "disagreements", subject, property })}
            className="text-sm font-medium text-violet-800 underline dark:text-violet-300"
          >
            {more} more disagreement{more > 1 ? "s" : ""} on {subject} · {property}
          </Link>
        </li>
      )}
    </ul>
  );
}
