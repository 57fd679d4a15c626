import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSource, listSourceDisagreements } from "@/lib/queries/sources";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { HighlightedArticle } from "@/components/sources/highlighted-article";
import { SourceFlags } from "@/components/sources/source-flags";
import { SourceDisagreements } from "@/components/sources/source-disagreements";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const source = await getSource(id);
  if (!source) notFound();
  return source;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function SourcePage({ params }: Props) {
  const source = await load(params);
  const disagreements = await listSourceDisagreements(source.id);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-4">
        <header className="space-y-1">
          <h1 className="text-xl font-semibold">{source.title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {source.publisher ?? "Publisher unknown"} · {formatPartialDate(source.publishedOn)}
            {source.url && (
              <>
                {" · "}
                <a href={source.url} className="underline" rel="noreferrer" target="_blank">
                  original
                </a>
              </>
            )}
            {" · "}
            {source.claims.length} claims
          </p>
          <SourceFlags machineSignals={source.machineSignals} contradictionRate={source.contradictionRate} />
        </header>
        <HighlightedArticle source={source} />
        <SourceDisagreements sourceId={source.id} disagreements={disagreements} />
      </div>
      <aside aria-label="Claims in this article" className="space-y-2">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Claims</h2>
        <ol className="space-y-2 text-sm">
          {source.claims.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900">
              <a href={`#claim-${c.id}`} className="block hover:underline">
                <span className="font-semibold tabular-nums">{formatFigure(c.property, c.value, c.valueMax, c.qualifier)}</span>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  {c.subject} · {c.property}
                  {c.status ? ` · ${c.status}` : ""}
                </span>
              </a>
              {c.implausibleReason && (
                <p data-testid="flag-implausible" className="mt-1 text-xs text-red-800 dark:text-red-300">
                  <span className="font-semibold">Implausible:</span> {c.implausibleReason}
                </p>
              )}
              {c.inconsistentReason && (
                <p data-testid="flag-inconsistent" className="mt-1 text-xs text-orange-800 dark:text-orange-300">
                  <span className="font-semibold">Inconsistent:</span> {c.inconsistentReason}
                </p>
              )}
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
