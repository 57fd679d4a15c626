"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatValue } from "@/lib/format";
import { BAR_COLOR, CHROME } from "@/components/charts/tokens";
import { useTheme } from "@/components/charts/use-theme";

/** One spec across chips, as horizontal bars labelled with the figure as stated. */
export function ChipBarChart({ property, bars }: { property: string; bars: { chip: string; value: number; figure: string }[] }) {
  const theme = useTheme();
  const tick = { fill: CHROME.muted[theme], fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 38 + 50)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 110, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHROME.grid[theme]} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={tick} stroke={CHROME.grid[theme]} tickFormatter={(v: number) => formatValue(property, v)} />
        <YAxis type="category" dataKey="chip" tick={{ ...tick, fill: CHROME.text[theme] }} stroke={CHROME.grid[theme]} width={110} />
        <Bar dataKey="value" fill={BAR_COLOR[theme]} radius={[0, 3, 3, 0]} isAnimationActive={false} maxBarSize={26}>
          <LabelList dataKey="figure" position="right" fill={CHROME.text[theme]} fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
