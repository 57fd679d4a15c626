/** A figure found in text: a number with its unit, before it is given a subject and property. */
export type Unit =
  | "money"
  | "pct"
  | "tflops"
  /** integer throughput in TOPS ("870 TOPS (INT8)"); detail is the precision */
  | "tops"
  | "gb"
  | "tbps"
  /** terabits per second: network links */
  | "tbit_s"
  /** throughput per watt ("4.2 TFLOPS per watt") and watts per throughput ("0.1 W/TFLOP") */
  | "tflops_per_w"
  | "w_per_tflops"
  | "w"
  | "gw"
  | "nm"
  | "count"
  | "multiple"
  | "days"
  | "years"
  | "mm2"
  | "ghz"
  /** a memory interface's width in bits ("a 2,048-bit interface") */
  | "bits"
  | "tokens_per_s"
  /** land: acres, hectares, square miles (detail says which) */
  | "area";

export type Quantity = {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: Unit;
  /** money: the currency code ("usd", "eur"); compute: the precision ("fp8"); count: the counted noun */
  detail: string;
  /** money per something ("$2.50 per chip-hour"): the denominator words */
  per?: string;
  /** qualifier marks found while reading the figure ("+", "-plus") */
  plus?: boolean;
  /** the figure was written as a range */
  range?: boolean;
};
