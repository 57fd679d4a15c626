"use client";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
      <h1 className="font-semibold">This page could not be loaded</h1>
      <p className="text-sm">{error.message || "The database could not be read."}</p>
      <button type="button" onClick={reset} className="rounded bg-red-700 px-3 py-1 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
