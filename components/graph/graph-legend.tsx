"use client";

import { CHROME, KIND_COLOR, KIND_LABEL, pick } from "@/components/charts/tokens";
import { useTheme } from "@/components/charts/use-theme";

function Line({ color, width = 3, dash, glow }: { color: string; width?: number; dash?: string; glow?: string }) {
  return (
    <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" className="shrink-0">
      {glow && <line x1="2" y1="7" x2="28" y2="7" stroke={glow} strokeOpacity={0.45} strokeWidth={width + 8} strokeLinecap="round" />}
      <line x1="2" y1="7" x2="28" y2="7" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

/** What edge colours, widths, dashes and the red glow mean. */
export function GraphLegend({ kinds }: { kinds: string[] }) {
  const theme = useTheme();
  const muted = CHROME.muted[theme];
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {kinds.map((k) => (
        <li key={k} className="flex items-center gap-1">
          <Line color={pick(KIND_COLOR[k] ?? KIND_COLOR.other, theme)} />
          {KIND_LABEL[k] ?? k}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <Line color={muted} width={1.5} />
        <Line color={muted} width={7} />
        width: amount in US$ (log)
      </li>
      <li className="flex items-center gap-1">
        <Line color={muted} width={1.5} dash="6 4" />
        dashed: amount not in US$ (GW, chips, €)
      </li>
      <li className="flex items-center gap-1">
        <Line color={muted} width={2} glow={CHROME.highlight[theme]} />
        red glow: part of a circular flow
      </li>
    </ul>
  );
}
