import Link from "next/link";
import type { ClaimCardData } from "@/lib/queries/claim-include";
import { CARDS_SHOWN, type DealEstimate, type shownClaims } from "@/lib/deals/deal-detail";
import { ClaimCard } from "@/components/claims/claim-card";
import { hrefWith } from "@/lib/url";

/**
 * The evidence: the headline claims (supporting first, then superseded with why) and the deal's
 * other figures. Long lists stop at CARDS_SHOWN and link to /claims for the rest.
 */
export function DealClaims({
  shown,
  cards,
  estimate,
  subject,
}: {
  shown: ReturnType<typeof shownClaims>;
  cards: Map<number, ClaimCardData>;
  estimate: DealEstimate | null;
  subject: string;
}) {
  const supporting = new Set(estimate?.supporting ?? []);
  const pick = (ids: number[]) => ids.map((id) => cards.get(id)).filter((c): c is ClaimCardData => c !== undefined);
  const more = (n: number, property?: string) =>
    n > CARDS_SHOWN && (
      <p className="text-sm">
        <Link href={hrefWith("/claims", { subject, property })} className="underline">
          All {n} claims on /claims
        </Link>
      </p>
    );
  return (
    <>
      {estimate && (
        <section aria-labelledby="headline-claims-heading" className="space-y-2">
          <h2 id="headline-claims-heading" className="text-lg font-semibold">
            Claims behind the estimate <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({shown.headlineTotal})</span>
          </h2>
          <ol className="space-y-3">
            {pick(shown.headline).map((c) => (
              <li key={c.id}>
                <ClaimCard
                  claim={c}
                  verdict={
                    supporting.has(c.id)
                      ? { kind: "supporting", reason: estimate.reason }
                      : { kind: "superseded", why: estimate.superseded.get(c.id) ?? "not the chosen figure" }
                  }
                />
              </li>
            ))}
          </ol>
          {more(shown.headlineTotal, estimate.property)}
        </section>
      )}
      {shown.othersTotal > 0 && (
        <section aria-labelledby="other-claims-heading" className="space-y-2">
          <h2 id="other-claims-heading" className="text-lg font-semibold">
            Other figures of this deal <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({shown.othersTotal})</span>
          </h2>
          <ol className="space-y-3">
            {pick(shown.others).map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ol>
          {more(shown.othersTotal)}
        </section>
      )}
    </>
  );
}
