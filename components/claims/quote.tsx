import { figureSpan } from "@/lib/claims/figure-span";

/** A claim's verbatim quote with the figure it states highlighted. */
export function Quote({ quote, value, valueMax }: { quote: string; value: number; valueMax: number | null }) {
  const span = figureSpan(quote, value, valueMax);
  return (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-sm leading-6 text-slate-800 dark:border-slate-600 dark:text-slate-200">
      “
      {span ? (
        <>
          {quote.slice(0, span.start)}
          <mark className="figure rounded-sm bg-amber-200 px-0.5 font-semibold text-slate-900 dark:bg-amber-400/30 dark:text-amber-100">
            {quote.slice(span.start, span.end)}
          </mark>
          {quote.slice(span.end)}
        </>
      ) : (
        quote
      )}
      ”
    </blockquote>
  );
}
