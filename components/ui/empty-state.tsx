import Link from "next/link";

/** An empty result that says why, with a way back. */
export function EmptyState({ reason, clearHref }: { reason: string; clearHref?: string }) {
  return (
    <div
      data-testid="empty-state"
      className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300"
    >
      <p>{reason}</p>
      {clearHref && (
        <p className="mt-2">
          <Link href={clearHref} className="font-medium text-sky-700 underline dark:text-sky-300">
            Clear the filters
          </Link>
        </p>
      )}
    </div>
  );
}

/** Filters the server refused (bad URL): the zod message, and a way back. */
export function InvalidFilters({ message, clearHref }: { message: string; clearHref: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="font-semibold">These filters cannot be applied</p>
      <pre className="mt-1 whitespace-pre-wrap font-sans">{message}</pre>
      <Link href={clearHref} className="mt-2 inline-block font-medium underline">
        Clear the filters
      </Link>
    </div>
  );
}
