const STAGE_STYLE: Record<string, string> = {
  talks: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  announced: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200",
  closed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  reported: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};

export function StageBadge({ status }: { status: string | null }) {
  if (!status) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${STAGE_STYLE[status] ?? STAGE_STYLE.reported}`}>
      {status}
    </span>
  );
}
