import { IngestForm } from "@/components/ingest/ingest-form";

export const metadata = { title: "Add an article" };

export default function IngestPage() {
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-xl font-semibold">Add an article</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Paste an article or upload its text. The extractor proposes its claims (each with its verbatim quote), and
        they join the deals, valuations and chip specs at once, with any disagreement flagged. The same text twice is
        stored once.
      </p>
      <IngestForm />
    </div>
  );
}
