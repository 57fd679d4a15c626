"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatAxisDate, formatMoney } from "@/lib/format";
import { timeTicks, type TimelineEntry } from "@/lib/timeline/points";
import { CHROME, STAGE_LABEL } from "@/components/charts/tokens";
import { TimelineMarker } from "@/components/charts/timeline-marker";
import { useTheme } from "@/components/charts/use-theme";

function logTicks([lo, hi]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let p = lo; p <= hi; p *= 10) ticks.push(p, p * 3);
  return ticks.filter((t) => t >= lo && t <= hi);
}

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: TimelineEntry }> }) {
  const entry = payload?.[0]?.payload;
  if (!active || !entry) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-md dark:border-slate-700 dark:bg-slate-800">
      <p className="font-semibold">{entry.label}</p>
      <p className="tabular-nums">
        {entry.figure} · {STAGE_LABEL[entry.stage]}
      </p>
      <p className="text-slate-600 dark:text-slate-300">{entry.dateLabel}</p>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {entry.claims.length} claim{entry.claims.length === 1 ? "" : "s"} · click to read
      </p>
    </div>
  );
}

/** Amounts (log scale) over time; each entry drawn by TimelineMarker. */
export function TimelineChart({
  entries,
  xDomain,
  yDomain,
  selectedId,
  onSelect,
  height = 420,
}: {
  entries: TimelineEntry[];
  xDomain: [number, number];
  yDomain: [number, number];
  selectedId: string | null;
  onSelect: (id: string) => void;
  height?: number;
}) {
  const theme = useTheme();
  const { ticks, precision } = timeTicks(xDomain);
  const axis = { stroke: CHROME.grid[theme], tick: { fill: CHROME.muted[theme], fontSize: 12 } };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHROME.grid[theme]} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          name="Date"
          domain={xDomain}
          ticks={ticks}
          tickFormatter={(ms: number) => formatAxisDate(ms, precision)}
          {...axis}
        />
        <YAxis
          type="number"
          dataKey="value"
          name="Amount"
          scale="log"
          domain={yDomain}
          ticks={logTicks(yDomain)}
          tickFormatter={(v: number) => formatMoney(v)}
          width={64}
          {...axis}
        />
        <Tooltip content={TimelineTooltip} cursor={false} isAnimationActive={false} />
        <Scatter
          data={entries}
          isAnimationActive={false}
          shape={(props: object) => <TimelineMarker {...props} theme={theme} selectedId={selectedId} onSelect={onSelect} />}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
