/** Number formatting used everywhere a figure is shown: one place, one style. */

const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥", INR: "₹" };

const QUALIFIER_SIGN: Record<string, string> = { exact: "", about: "≈ ", "at least": "≥ ", "up to": "≤ ", range: "" };

function trimZeros(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1");
}

/** 10000000000 → "$10B", 1500000000 → "$1.5B", 115200 → "$115.2K". */
export function formatMoney(value: number, currency = "USD"): string {
  const symbol = CURRENCY_SYMBOL[currency] ?? `${currency} `;
  return symbol + compact(value);
}

export function compact(value: number): string {
  const abs = Math.abs(value);
  const scales: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [scale, suffix] of scales) {
    if (abs >= scale) return trimZeros(value / scale, value / scale >= 100 ? 0 : 2) + suffix;
  }
  return trimZeros(value, 2);
}

/** Thousands separators without toLocaleString, which costs ~50 µs a call (explanations format 100k pairs). */
function group(int: string): string {
  let out = "";
  while (int.length > 3) {
    out = "," + int.slice(-3) + out;
    int = int.slice(0, -3);
  }
  return int + out;
}

/** 4614 → "4,614"; 2.5 → "2.5"; 0.125 → "0.13". */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) < 10 ? 2 : 1;
  const [int, frac] = trimZeros(Math.abs(value), digits).split(".");
  return (value < 0 ? "-" : "") + group(int) + (frac ? "." + frac : "");
}

/** The unit a property is stored in (docs/claim-schema.md), as shown after a number. */
export function unitOf(property: string): { kind: "money"; currency: string } | { kind: "unit"; suffix: string } {
  const money = /_(usd|eur|gbp|jpy|cny|inr)(?:_per_[a-z0-9_]+)?$/.exec(property);
  if (money && !property.includes("_usd_per_") && !property.includes("_eur_per_"))
    return { kind: "money", currency: money[1].toUpperCase() };
  if (property.startsWith("price_per_") || property.endsWith("_usd")) return { kind: "money", currency: "USD" };
  const suffixes: [RegExp, string][] = [
    [/_tflops$/, " TFLOPS"],
    [/_exaflops$/, " EFLOPS"],
    [/_pflop$/, " PFLOP"],
    [/memory_bandwidth_tbps$|_tbps$/, " TB/s"],
    [/_gb$/, " GB"],
    [/_gw$/, " GW"],
    [/_w$/, " W"],
    [/_nm$/, " nm"],
    [/_pct$/, "%"],
    [/_multiple_vs_|_multiple$/, "×"],
    [/_days$/, " days"],
    [/_years$/, " years"],
  ];
  for (const [re, suffix] of suffixes) if (re.test(property)) return { kind: "unit", suffix };
  return { kind: "unit", suffix: "" };
}

/** One value of a property with its unit: "$10B", "4,614 TFLOPS", "40%". */
export function formatValue(property: string, value: number): string {
  const unit = unitOf(property);
  if (unit.kind === "money") return formatMoney(value, unit.currency);
  const n = formatNumber(value);
  return n + unit.suffix;
}

/** A figure with its qualifier: "≥ $10B", "≈ $14B", "$15–25B", "$10B". */
export function formatFigure(property: string, value: number, valueMax: number | null, qualifier: string): string {
  if (qualifier === "range" && valueMax !== null) {
    const low = formatValue(property, value);
    const high = formatValue(property, valueMax);
    const unit = unitOf(property);
    // "$15B–$25B" reads as "$15–25B" when both ends share a scale.
    const lowNum = low.replace(/^[^\d-]+/, "");
    const scale = (s: string) => s.replace(/[\d.,\s-]/g, "").replace(/^[^A-Za-z%×]*/, "");
    if (unit.kind === "money" && scale(lowNum) === scale(high)) {
      return `${low.slice(0, low.length - scale(lowNum).length)}–${high.replace(/^[^\d]+/, "")}`;
    }
    return `${low}–${high}`;
  }
  return (QUALIFIER_SIGN[qualifier] ?? "") + formatValue(property, value);
}

/** "2025-12-17" → "17 Dec 2025", "2025-12" → "Dec 2025", "2025" → "2025". */
export function formatPartialDate(date: string | null | undefined): string {
  if (!date) return "undated";
  const [y, m, d] = date.split("-");
  const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString("en-US", { month: "short", timeZone: "UTC" }) : "";
  if (d) return `${Number(d)} ${month} ${y}`;
  if (m) return `${month} ${y}`;
  return y;
}

export function humanProperty(property: string): string {
  return property
    .replace(/_usd$|_eur$/, "")
    .replace(/_tflops$/, " TFLOPS")
    .replace(/_tbps$/, "")
    .replace(/_pct$/, " %")
    .replace(/_gb$|_gw$|_w$|_nm$/, "")
    .replace(/_vs_/, " vs ")
    .replace(/_/g, " ");
}

/** A Date as "YYYY-MM-DD": in local time (file names, "today") or UTC (chart axes). */
export function isoDay(date: Date, zone: "local" | "utc" = "local"): string {
  const [y, m, d] =
    zone === "utc"
      ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
      : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A UTC time in ms as a short axis label at the given precision: "Dec 2025", "2025". */
export function formatAxisDate(ms: number, precision: "month" | "year" = "month"): string {
  const day = isoDay(new Date(ms), "utc");
  return formatPartialDate(precision === "year" ? day.slice(0, 4) : day.slice(0, 7));
}
