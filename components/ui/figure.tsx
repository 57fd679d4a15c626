import { formatFigure } from "@/lib/format";

/** A figure with unit and qualifier; "—" when no claim states it. */
export function Figure({
  property,
  value,
  valueMax,
  qualifier,
}: {
  property: string;
  value: number | null;
  valueMax: number | null;
  qualifier: string | null;
}) {
  if (value === null || qualifier === null) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return <span className="font-semibold tabular-nums">{formatFigure(property, value, valueMax, qualifier)}</span>;
}
