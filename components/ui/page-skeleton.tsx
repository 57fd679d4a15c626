/** Grey blocks in the shape of a page with a chart or graph and a side panel, while it loads. */
export function PageSkeleton({ label, chartHeight = 420 }: { label: string; chartHeight?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-7 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-14 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="rounded-lg bg-slate-200 dark:bg-slate-800" style={{ height: chartHeight }} />
        <div className="space-y-2">
          <div className="h-24 rounded-lg bg-slate-200 dark:bg-slate-800" />
          <div className="h-40 rounded-lg bg-slate-200 dark:bg-slate-800" />
        </div>
      </div>
    </div>
  );
}
