import Link from "next/link";
import { listSources } from "@/lib/queries/sources";
import { formatPartialDate } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sources" };

export default async function SourcesPage() {
  const sources = await listSources();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Sources</h1>
      {sources.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No articles yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {sources.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3" data-testid="source-row">
              <Link href={`/sources/${s.id}`} className="font-medium hover:underline">
                {s.title}
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {s.publisher ?? "Publisher unknown"} · {formatPartialDate(s.publishedOn)} · {s._count.claims} claims
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
