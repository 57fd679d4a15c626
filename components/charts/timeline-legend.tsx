"use client";

import { STAGES } from "@/lib/timeline/points";
import { CHROME, STAGE_COLOR, STAGE_LABEL, pick } from "@/components/charts/tokens";
import { markerPath } from "@/components/charts/timeline-marker";
import { useTheme } from "@/components/charts/use-theme";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true" className="shrink-0">
      {children}
    </svg>
  );
}

/** What the markers, fills and bars of the timeline mean. */
export function TimelineLegend({ stages = STAGES }: { stages?: readonly string[] }) {
  const theme = useTheme();
  const muted = pick(STAGE_COLOR.reported, theme);
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {stages.map((stage) => (
        <li key={stage} className="flex items-center gap-1">
          <Swatch>
            <path d={markerPath(stage, 11, 9, 6)} fill={pick(STAGE_COLOR[stage], theme)} />
          </Swatch>
          {STAGE_LABEL[stage]}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <Swatch>
          <path d={markerPath("closed", 11, 9, 6)} fill={muted} />
        </Swatch>
        filled: deal amount
      </li>
      <li className="flex items-center gap-1">
        <Swatch>
          <path d={markerPath("closed", 11, 9, 5.5)} fill={CHROME.background[theme]} stroke={muted} strokeWidth={2.5} />
        </Swatch>
        hollow: valuation
      </li>
      <li className="flex items-center gap-1">
        <Swatch>
          <rect x="1" y="5" width="20" height="8" rx="3" fill={muted} fillOpacity={0.22} stroke={muted} strokeDasharray="3 2" />
        </Swatch>
        bar: date known only to the month or year (drawn across it)
      </li>
    </ul>
  );
}
