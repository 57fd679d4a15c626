import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">There is no such record. It may have been removed, or the link is mistyped.</p>
      <Link href="/" className="text-sm underline">Back to the overview</Link>
    </div>
  );
}
