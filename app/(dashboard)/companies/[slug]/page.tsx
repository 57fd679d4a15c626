import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCompany } from "@/lib/queries/companies";
import { listTimelineClaims } from "@/lib/queries/timeline";
import { buildTimeline } from "@/lib/timeline/points";
import { CompanyDeals } from "@/components/graph/company-deals";
import { TimelineExplorer } from "@/components/charts/timeline-explorer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const company = await getCompany((await params).slug);
  if (!company) notFound();
  return company;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function CompanyPage({ params }: Props) {
  const company = await load(params);
  const claims = await listTimelineClaims({ company: company.slug });
  const valuations = buildTimeline(
    claims.filter((c) => c.valuation?.company.slug === company.slug),
    { since: "all" },
  );
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/companies" className="text-sky-800 underline hover:no-underline dark:text-sky-300">
            Companies
          </Link>
        </p>
        <h1 className="text-xl font-semibold">{company.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {company.dealsOut.length} deal{company.dealsOut.length === 1 ? "" : "s"} out · {company.dealsIn.length} in
        </p>
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        <CompanyDeals title="Pays, commits or supplies" direction="out" deals={company.dealsOut} company={company.name} />
        <CompanyDeals title="Receives" direction="in" deals={company.dealsIn} company={company.name} />
      </div>
      <section aria-labelledby="valuation-heading" className="space-y-2">
        <h2 id="valuation-heading" className="text-lg font-semibold">
          Valuation history
        </h2>
        <TimelineExplorer
          timeline={valuations}
          title={`${company.name} valuations`}
          exportName={`valuations-${company.slug}`}
          emptyMessage={
            valuations.undated.length + valuations.notUsd.length > 0
              ? `No dated valuation of ${company.name} in US dollars; the figures the articles give are listed beside.`
              : `No article states a valuation of ${company.name}.`
          }
          height={340}
        />
      </section>
    </div>
  );
}
