"use client";

import { useState, type KeyboardEvent } from "react";
import { useXAxisScale, useYAxisScale } from "recharts";
import type { TimelineEntry } from "@/lib/timeline/points";
import { CHROME, STAGE_COLOR, pick, type Theme } from "@/components/charts/tokens";

export const MARKER_RADIUS = 7;

/** The outline of a stage's marker: talks ▲, announced ◆, closed ●, reported ■, unknown ▼. */
export function markerPath(stage: string, cx: number, cy: number, r = MARKER_RADIUS): string {
  switch (stage) {
    case "talks":
      return `M${cx},${cy - r * 1.15}L${cx + r},${cy + r * 0.75}L${cx - r},${cy + r * 0.75}Z`;
    case "announced":
      return `M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`;
    case "reported":
      return `M${cx - r * 0.85},${cy - r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case "unknown":
      return `M${cx},${cy + r * 1.15}L${cx + r},${cy - r * 0.75}L${cx - r},${cy - r * 0.75}Z`;
    default:
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${r * 2},0a${r},${r} 0 1,0 ${-r * 2},0`;
  }
}

type MarkerProps = {
  cx?: number;
  cy?: number;
  payload?: TimelineEntry;
  theme: Theme;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/**
 * One timeline point: its stage marker (filled for a deal, hollow for a valuation), a bar across
 * the whole month or year when the date is no more precise than that, and a vertical bar up to
 * the high end of a range. Focusable; Enter or Space opens its claims.
 */
export function TimelineMarker({ cx, cy, payload, theme, selectedId, onSelect }: MarkerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const [focused, setFocused] = useState(false);
  if (cx == null || cy == null || !payload) return null;
  const color = pick(STAGE_COLOR[payload.stage], theme);
  const x = cx + payload.dodge * (MARKER_RADIUS * 2 + 2);
  const selected = payload.id === selectedId;
  const span = payload.span;
  const x0 = span && span.precision !== "day" && xScale ? xScale(span.start) : undefined;
  const x1 = span && span.precision !== "day" && xScale ? xScale(span.end) : undefined;
  const yMax = payload.valueMax !== null && yScale ? yScale(payload.valueMax) : undefined;
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(payload.id);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={`${payload.label}: ${payload.figure}, ${payload.stage}, ${payload.dateLabel}. Show ${payload.claims.length} claim${payload.claims.length === 1 ? "" : "s"}.`}
      data-testid="timeline-point"
      data-point-id={payload.id}
      onClick={() => onSelect(payload.id)}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{ cursor: "pointer", outline: "none" }}
    >
      {x0 !== undefined && x1 !== undefined && (
        <rect
          x={x0}
          y={cy - 4}
          width={Math.max(2, x1 - x0)}
          height={8}
          rx={3}
          fill={color}
          fillOpacity={0.22}
          stroke={color}
          strokeOpacity={0.7}
          strokeDasharray="3 2"
        />
      )}
      {typeof yMax === "number" && <line x1={x} x2={x} y1={cy} y2={yMax} stroke={color} strokeWidth={2} />}
      {(selected || focused) && (
        <circle cx={x} cy={cy} r={MARKER_RADIUS + 5} fill="none" stroke={CHROME.text[theme]} strokeWidth={2} strokeDasharray={focused ? "3 2" : undefined} />
      )}
      <path
        d={markerPath(payload.stage, x, cy)}
        fill={payload.series === "deal" ? color : CHROME.background[theme]}
        stroke={color}
        strokeWidth={payload.series === "deal" ? 1 : 2.5}
      />
    </g>
  );
}
