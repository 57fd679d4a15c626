/** Grey placeholder blocks while a server component loads. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

export function PageSkeleton({ label, rows = 6, card = false }: { label: string; rows?: number; card?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-20 w-full" />
      <div className="space-y-3">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className={card ? "h-32 w-full" : "h-9 w-full"} />
        ))}
      </div>
    </div>
  );
}
