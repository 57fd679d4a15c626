import Link from "next/link";
import type { ClaimCardData } from "@/lib/queries/claim-include";
import type { DealEstimate } from "@/lib/deals/deal-detail";
import { ClaimCard } from "@/components/claims/claim-card";
import { hrefWith } from "@/lib/url";

const SHOWN = 40;

/**
 * The evidence: the headline claims (supporting first, then superseded with why) and the deal's
 * other figures. Long lists stop at SHOWN and link to /claims for the rest.
 */
export function DealClaims({ claims, estimate, subject }: { claims: ClaimCardData[]; estimate: DealEstimate | null; subject: string }) {
  const supporting = new Set(estimate?.supporting ?? []);
  const headline = estimate ? claims.filter((c) => c.property === estimate.property) : [];
  const ordered = [...headline.filter((c) => supporting.has(c.id)), ...headline.filter((c) => !supporting.has(c.id))];
  const others = claims.filter((c) => !estimate || c.property !== estimate.property);
  const more = (n: number, property?: string) =>
    n > SHOWN && (
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
            Claims behind the estimate <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({headline.length})</span>
          </h2>
          <ol className="space-y-3">
            {ordered.slice(0, SHOWN).map((c) => (
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
          {more(headline.length, estimate.property)}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="other-claims-heading" className="space-y-2">
          <h2 id="other-claims-heading" className="text-lg font-semibold">
            Other figures of this deal <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({others.length})</span>
          </h2>
          <ol className="space-y-3">
            {others.slice(0, SHOWN).map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ol>
          {more(others.length)}
        </section>
      )}
    </>
  );
}
