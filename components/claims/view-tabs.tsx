import Link from "next/link";
import { hrefWith } from "@/lib/url";
import type { RawSearchParams } from "@/lib/validations/search-params";

/** "All claims" / "Disagreements only": links that keep the filters. */
export function ClaimViewTabs({ view, params }: { view: "cards" | "disagreements"; params: RawSearchParams }) {
  const tabs = [
    { view: "cards", label: "All claims", href: hrefWith("/claims", params, { view: null, page: null }) },
    { view: "disagreements", label: "Disagreements only", href: hrefWith("/claims", params, { view: "disagreements", page: null }) },
  ] as const;
  return (
    <nav aria-label="Claim views" className="inline-flex rounded-md border border-slate-300 p-0.5 text-sm dark:border-slate-700">
      {tabs.map((t) => (
        <Link
          key={t.view}
          href={t.href}
          aria-current={view === t.view ? "page" : undefined}
          className={`rounded px-3 py-1 font-medium ${
            view === t.view ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
