import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDeal, listClaimCards, listDealDisagreementClaims } from "@/lib/queries/deals";
import { dealEstimate, shownClaims, stageHistory, tranches } from "@/lib/deals/deal-detail";
import { formatPartialDate } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { StageBadge } from "@/components/ui/stage-badge";
import { DEAL_KIND_LABEL } from "@/components/deals/deal-kind";
import { DealEstimatePanel } from "@/components/deals/deal-estimate";
import { DealStageHistory } from "@/components/deals/deal-stage-history";
import { DealTranches } from "@/components/deals/deal-tranches";
import { DealDisagreements } from "@/components/deals/deal-disagreements";
import { DealClaims } from "@/components/deals/deal-claims";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const deal = await getDeal(id);
  if (!deal) notFound();
  return deal;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deal = await load(params);
  return { title: `${deal.fromCompany.name} → ${deal.toCompany.name}` };
}

export default async function DealPage({ params }: Props) {
  const deal = await load(params);
  const estimate = dealEstimate(deal.kind, deal.claims);
  const shown = shownClaims(deal.claims, estimate);
  const [cards, disagreeing] = await Promise.all([
    listClaimCards([...shown.headline, ...shown.others]),
    listDealDisagreementClaims(deal.id),
  ]);
  const subject = deal.claims[0]?.subject ?? `${deal.fromCompany.name} -> ${deal.toCompany.name}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/deals" className="text-sky-800 underline dark:text-sky-300">← All deals</Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {deal.fromCompany.name} → {deal.toCompany.name}
        </h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="deal-parties">
          <div><dt className="inline text-slate-600 dark:text-slate-400">From: </dt><dd className="inline font-medium">{deal.fromCompany.name}</dd></div>
          <div><dt className="inline text-slate-600 dark:text-slate-400">To: </dt><dd className="inline font-medium">{deal.toCompany.name}</dd></div>
          <div><dt className="inline text-slate-600 dark:text-slate-400">Kind: </dt><dd className="inline">{DEAL_KIND_LABEL[deal.kind] ?? deal.kind}</dd></div>
          <div><dt className="inline text-slate-600 dark:text-slate-400">Stage: </dt><dd className="inline"><StageBadge status={deal.status} /></dd></div>
          <div><dt className="inline text-slate-600 dark:text-slate-400">First reported: </dt><dd className="inline">{formatPartialDate(deal.firstReported)}</dd></div>
          <div><dt className="inline text-slate-600 dark:text-slate-400">Sources: </dt><dd className="inline">{deal.sourceCount}</dd></div>
        </dl>
        <p className="text-sm">
          <Link href={hrefWith("/claims", { subject })} className="text-sky-800 underline dark:text-sky-300">
            All claims about {subject}
          </Link>
        </p>
      </header>
      <DealEstimatePanel estimate={estimate} />
      <DealStageHistory steps={stageHistory(deal.claims, estimate?.property ?? null)} />
      <DealTranches tranches={tranches(deal.claims)} />
      <DealDisagreements claims={disagreeing} />
      <DealClaims shown={shown} cards={cards} estimate={estimate} subject={subject} />
    </div>
  );
}
