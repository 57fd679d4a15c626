import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { listTimelineClaims, listTimelineCompanies } from "@/lib/queries/timeline";
import { buildTimeline } from "@/lib/timeline/points";
import { loadTimelineParams, validDay } from "@/lib/search-params";
import { formatPartialDate } from "@/lib/format";
import { TimelineFilters } from "@/components/charts/timeline-filters";
import { TimelineExplorer } from "@/components/charts/timeline-explorer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await loadTimelineParams(searchParams);
  const asOf = validDay(params.asOf);
  const [claims, companies] = await Promise.all([listTimelineClaims({ company: params.company }), listTimelineCompanies()]);
  const timeline = buildTimeline(claims, { asOf, since: params.since });
  const company = companies.find((c) => c.slug === params.company);
  const who = company ? company.name : "any company";
  const shown = timeline.plotted.length + timeline.undated.length + timeline.notUsd.length + timeline.earlier.length;

  let emptyMessage = "No deal or valuation has a dated dollar figure to draw.";
  if (claims.length === 0)
    emptyMessage = params.company
      ? `No deal or valuation claim involves ${company?.name ?? params.company}.`
      : "No deal or valuation claims yet: ingest an article that reports one.";
  else if (asOf && shown === 0)
    emptyMessage = `Nothing about ${who} had been published by ${formatPartialDate(asOf)}: all ${timeline.hiddenByAsOf} claims come from later or undated articles.`;
  else if (timeline.plotted.length === 0 && timeline.undated.length > 0)
    emptyMessage = "None of these figures is dated in US dollars; they are listed beside the chart.";

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">Timeline</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Deal amounts and valuations over time, at the precision the articles give. Every point opens the sentences that state it.
        </p>
      </header>
      <TimelineFilters companies={companies} years={timeline.years} since={timeline.since} />
      <p data-testid="timeline-summary" className="text-sm text-slate-700 dark:text-slate-300">
        {timeline.plotted.length} figure{timeline.plotted.length === 1 ? "" : "s"} plotted for {who}
        {timeline.undated.length > 0 && ` · ${timeline.undated.length} undated`}
        {timeline.notUsd.length > 0 && ` · ${timeline.notUsd.length} in other units`}
        {timeline.earlier.length > 0 && ` · ${timeline.earlier.length} before ${timeline.since}`}
        {asOf && ` · as known on ${formatPartialDate(asOf)}: ${timeline.hiddenByAsOf} claims from later or undated articles hidden`}
      </p>
      <TimelineExplorer
        timeline={timeline}
        title={`Deals and valuations${company ? ` involving ${company.name}` : ""}${asOf ? `, as known on ${formatPartialDate(asOf)}` : ""}`}
        exportName="timeline"
        emptyMessage={emptyMessage}
      />
    </div>
  );
}
