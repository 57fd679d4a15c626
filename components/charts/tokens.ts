/**
 * Colour tokens of every chart and the company graph, for the light and the dark theme, in one
 * place. Hex values (not CSS variables) so that exported PNGs carry the same colours.
 */
export type Theme = "light" | "dark";

type Pair = Record<Theme, string>;

export const CHROME: Record<"background" | "text" | "muted" | "grid" | "highlight" | "nodeFill" | "nodeBorder", Pair> = {
  background: { light: "#ffffff", dark: "#0f172a" },
  text: { light: "#0f172a", dark: "#f1f5f9" },
  muted: { light: "#475569", dark: "#cbd5e1" },
  grid: { light: "#e2e8f0", dark: "#334155" },
  highlight: { light: "#dc2626", dark: "#f87171" },
  nodeFill: { light: "#f8fafc", dark: "#1e293b" },
  nodeBorder: { light: "#94a3b8", dark: "#64748b" },
};

/** Deal stage, as in the stage badges: talks amber, announced sky, closed emerald. */
export const STAGE_COLOR: Record<string, Pair> = {
  talks: { light: "#d97706", dark: "#fbbf24" },
  announced: { light: "#0284c7", dark: "#38bdf8" },
  closed: { light: "#059669", dark: "#34d399" },
  reported: { light: "#64748b", dark: "#94a3b8" },
  unknown: { light: "#7c3aed", dark: "#a78bfa" },
};

export const STAGE_LABEL: Record<string, string> = {
  talks: "Talks",
  announced: "Announced",
  closed: "Closed",
  reported: "Reported (second-hand)",
  unknown: "Stage not stated",
};

/** Deal kind: what flows along a graph edge. */
export const KIND_COLOR: Record<string, Pair> = {
  equity: { light: "#2563eb", dark: "#60a5fa" },
  compute_commitment: { light: "#9333ea", dark: "#c084fc" },
  chip_supply: { light: "#c2410c", dark: "#fb923c" },
  warrant: { light: "#0f766e", dark: "#2dd4bf" },
  other: { light: "#64748b", dark: "#94a3b8" },
};

export const KIND_LABEL: Record<string, string> = {
  equity: "Equity (money)",
  compute_commitment: "Compute commitment",
  chip_supply: "Chip supply",
  warrant: "Warrant",
  other: "Other",
};

/** Bars of the chip comparison. */
export const BAR_COLOR: Pair = { light: "#4f46e5", dark: "#818cf8" };

export function pick(pair: Pair | undefined, theme: Theme): string {
  return (pair ?? STAGE_COLOR.unknown)[theme];
}
