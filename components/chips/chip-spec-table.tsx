import Link from "next/link";
import { CHIP_METRICS, type ChipRow, type SpecCell } from "@/lib/chips/compare";
import { HEADER_CELL, TABLE, TABLE_FRAME, TABLE_HEAD } from "@/components/ui/table-styles";

function Cell({ cell }: { cell: SpecCell | undefined }) {
  if (!cell) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <div className="space-y-0.5">
      {cell.figure ? (
        <p>
          <span className="font-semibold tabular-nums">{cell.figure}</span>
          {cell.sources.map((s, i) => (
            <sup key={s.claimId} className="ml-0.5">
              <Link
                href={`/sources/${s.sourceId}#claim-${s.claimId}`}
                title={`${s.sourceTitle}: “${s.quote}”`}
                aria-label={`Source ${i + 1} for ${cell.figure}: ${s.sourceTitle}`}
                className="text-sky-800 underline hover:no-underline dark:text-sky-300"
              >
                [{i + 1}]
              </Link>
            </sup>
          ))}
        </p>
      ) : null}
      {cell.others.map((o) => (
        <p key={o.claimId} className="text-xs text-slate-600 dark:text-slate-400">
          also stated:{" "}
          <Link href={`/sources/${o.sourceId}#claim-${o.claimId}`} title={`“${o.quote}”`} className="underline hover:no-underline">
            {o.figure}
          </Link>
        </p>
      ))}
      {cell.excluded.map((x) => (
        <p key={x.claimId} data-testid="implausible-figure" className="text-xs text-amber-900 dark:text-amber-200">
          <span aria-hidden="true">⚠ </span>
          <Link href={`/sources/${x.sourceId}#claim-${x.claimId}`} className="line-through underline hover:no-underline">
            {x.figure}
          </Link>{" "}
          excluded: {x.reason}
        </p>
      ))}
    </div>
  );
}

/** Every chip's compared specs, each figure with its sources and any implausible figure flagged. */
export function ChipSpecTable({ rows }: { rows: ChipRow[] }) {
  return (
    <div className={TABLE_FRAME}>
      <table className={TABLE}>
        <caption className="sr-only">Chip specifications with their sources</caption>
        <thead className={TABLE_HEAD}>
          <tr>
            <th scope="col" className={HEADER_CELL}>Chip</th>
            {CHIP_METRICS.map((m) => (
              <th key={m.property} scope="col" className={HEADER_CELL}>
                {m.long}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} data-testid="chip-row" className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
              <th scope="row" className="px-3 py-2 font-medium">
                {r.name}
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  {r.vendor}
                  {r.kind !== "chip" ? ` · ${r.kind}` : ""}
                </span>
              </th>
              {CHIP_METRICS.map((m) => (
                <td key={m.property} className="px-3 py-2">
                  <Cell cell={r.cells[m.property]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
