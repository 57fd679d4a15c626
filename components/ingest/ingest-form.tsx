"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createSourceFromForm, type IngestFormState } from "@/lib/actions/ingest-article";

const initial: IngestFormState = { message: null, errors: {}, values: {} };

const input =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {messages.join("; ")}
    </p>
  );
}

export function IngestForm() {
  const [state, action, pending] = useActionState(createSourceFromForm, initial);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" aria-describedby={state.message ? "ingest-message" : undefined}>
      {state.message && (
        <div id="ingest-message" role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          {state.message}{" "}
          {state.existingSourceId && (
            <Link className="underline" href={`/sources/${state.existingSourceId}`}>
              Open it
            </Link>
          )}
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <label className="space-y-1 text-sm font-medium">
          Title
          <input name="title" required defaultValue={v.title} className={input} aria-invalid={!!state.errors.title} aria-describedby="title-error" />
          <FieldError id="title-error" messages={state.errors.title} />
        </label>
        <label className="space-y-1 text-sm font-medium">
          Publisher
          <input name="publisher" defaultValue={v.publisher} className={input} />
        </label>
        <label className="space-y-1 text-sm font-medium">
          URL
          <input name="url" type="url" defaultValue={v.url} className={input} aria-invalid={!!state.errors.url} aria-describedby="url-error" />
          <FieldError id="url-error" messages={state.errors.url} />
        </label>
        <label className="space-y-1 text-sm font-medium">
          Published on (leave empty to read it from the article)
          <input name="publishedOn" type="date" defaultValue={v.publishedOn} className={input} aria-describedby="date-error" />
          <FieldError id="date-error" messages={state.errors.publishedOn} />
        </label>
      </div>
      <label className="block space-y-1 text-sm font-medium">
        Article text
        <textarea name="text" rows={14} defaultValue={v.text} className={`${input} font-mono`} aria-invalid={!!state.errors.text} aria-describedby="text-error" />
        <FieldError id="text-error" messages={state.errors.text} />
      </label>
      <label className="block space-y-1 text-sm font-medium">
        …or upload a UTF-8 text file (used instead of the text above)
        <input name="file" type="file" accept=".txt,text/plain" className="block text-sm" />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Extracting claims…" : "Ingest article"}
      </button>
    </form>
  );
}
