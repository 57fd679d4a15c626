/**
 * Table row labels: what a row of a chip table measures ("Memory (GB)", "HBM bandwidth", "TDP",
 * "Tokens/s per 8-chip server", "Price per GPU-hour") and the factor to its base unit.
 */

/** Map a row label ("Memory (GB)", "HBM bandwidth", "TDP") to a property and a unit factor. */
export function rowProperty(label: string, sample: string): RowProperty | null {
  // "BW (TB/s)", "Mem BW": the usual short forms of bandwidth
  const l = label.toLowerCase().replace(/\bbw\b/g, "bandwidth");
  const rate = rateRow(l, sample);
  if (rate !== undefined) return rate;
  const unitIn = (l.match(/\(([^)]+)\)/)?.[1] ?? "").toLowerCase();
  const s = sample.toLowerCase();
  const prec = l.match(/\b(fp4|fp6|fp8|fp16|bf16|tf32|int8|fp32|fp64)\b/)?.[1];
  // "NVLink bandwidth", "Scale-up bandwidth | 1.2 TB/s (ICI)": a chip's link to its neighbours, named by the row or the cell
  if (/bandwidth/.test(l) && !/(hbm|memory)/.test(l) && LINK_ROW.test(l)) {
    const tb = /tb/.test(unitIn) || /tb\/?s|tbps/.test(s);
    const kind = /nvlink/.test(l + " " + s) ? "nvlink" : /\bici\b/.test(l + " " + s) ? "ici" : "interconnect";
    return { property: `${kind}_bandwidth_tbps`, factor: tb ? 1 : 0.001, unit: "tbps" };
  }
  if (/bandwidth/.test(l) && /(hbm|memory)/.test(l) || (/bandwidth/.test(l) && !/(nvlink|interconnect|i\/o|network|pcie|scale-?(?:up|out)|\bici\b|fabric)/.test(l))) {
    const tb = /tb/.test(unitIn) || /tb\/?s|tbps/.test(s);
    return { property: "memory_bandwidth_tbps", factor: tb ? 1 : 0.001, unit: "tbps" };
  }
  if (/(memory|hbm capacity|hbm3e? capacity|^hbm$|vram)/.test(l) && !/stacks|bandwidth|type/.test(l)) {
    const tb = /tb/.test(unitIn) || /\btb\b/.test(s);
    return { property: "memory_gb", factor: tb ? 1000 : 1, unit: "gb" };
  }
  // "720 PF", "1.4 EF": petaflops and exaflops written short in a cell
  if (prec && /(flops|tflops|pflops|performance|compute|tensor)|\d\s?[pe]f\b/.test(l + " " + s)) {
    const pf = /pflops|petaflops|\d\s?pf\b/.test(l + " " + s) ? 1000 : /eflops|exaflops|\d\s?ef\b/.test(l + " " + s) ? 1e6 : 1;
    return { property: `peak_${prec}_tflops`, factor: pf, unit: "tflops" };
  }
  if (/\b(tdp|power|tbp)\b/.test(l)) {
    const kw = /kw/.test(unitIn) || /kw/.test(s);
    return { property: "power_w", factor: kw ? 1000 : 1, unit: "w" };
  }
  if (/process|node/.test(l) && (/\d\s?nm\b/.test(s) || (/^nm$/.test(unitIn) && /^\s*\d+(?:\.\d+)?\s*$/.test(s)))) return { property: "process_nm", factor: 1, unit: "nm" };
  if (/process|node/.test(l)) return null;
  if (/transistors/.test(l)) return { property: "transistor_count", factor: 1, unit: "count" };
  return genericRowProperty(label, sample);
}

/** Row labels of a chip-to-chip link: "NVLink bandwidth", "Scale-up bandwidth", "Interconnect (ICI) bandwidth". */
const LINK_ROW = /\b(?:nvlink|interconnect|scale-?up|ici|chip-to-chip|infinity\s+fabric)\b/;

const SAMPLE_UNITS: [RegExp, string][] = [
  [/mm²|mm2|sq\.?\s?mm/i, "mm2"],
  [/\bMB\b/, "mb"],
  [/\bKB\b/, "kb"],
  [/\bGHz\b/i, "ghz"],
  [/\bMHz\b/i, "mhz"],
  [/\bnm\b/, "nm"],
];

export type RowProperty = { property: string; factor: number; unit: string; system?: string; kind?: "other" };

/** A whole system a row's figures are given for: "Tokens/s per 8-chip server" -> "server". */
const PER_SYSTEM = /\bper\s+(?:(?:\d+|one|two|four|eight|sixteen)[-‑\s](?:chip|gpu|accelerator|card|way)\s+)?(server|node|rack|system|pod|instance)\b/;

/**
 * Rows of rates: throughput in tokens per second and rental prices per chip-hour. Returns null for a
 * rate row it cannot name (its cells are then no claims), undefined for a row that is not a rate.
 */
function rateRow(l: string, sample: string): RowProperty | null | undefined {
  // "GPUs per rack", "Chips per server": the count of chips in the column's system
  // "GPUs | 72 | 8": the chips in each column's system (see rowCells, which keeps it for systems only)
  if (/^(?:(?:number\s+of\s+)?(?:gpus|chips|accelerators|tpus|xpus)|(?:gpu|chip|accelerator)\s+count)(?:\s*\((?:#|count|total)\))?$/.test(l)) return /^\s*[\d,]+\s*$/.test(sample) ? { property: "chip_count", factor: 1, unit: "count" } : null;
  const held = l.match(/^(?:gpus?|chips?|accelerators?|xpus?)\s+(?:per|in\s+(?:a|the|each|one))\s+(rack|server|node|system|pod|instance)$/);
  if (held) return /^\s*[\d,]+\s*$/.test(sample) ? { property: "chip_count", factor: 1, unit: "count", system: held[1] } : null;
  if (/\btokens?\s*(?:\/|per)\s*(?:s|sec|second)\b|\bthroughput\b/.test(l)) {
    if (/\b(?:latency|ms|watt|w|joule|dollar|\$|price|cost)\b/.test(l.replace(/\btokens?\s*(?:\/|per)\s*(?:s|sec|second)\b/, ""))) return null;
    return { property: "inference_tokens_per_second", factor: 1, unit: "tokens_per_s", system: l.match(PER_SYSTEM)?.[1] };
  }
  if (/\b(?:price|cost|rate|rent\w*)\b/.test(l) && /\b(?:chip|gpu|accelerator)[-‑\s]?(?:hour|hr)\b|\bper\s+hour\b|\bhourly\b|\/\s*h(?:ou)?r\b/.test(l)) {
    if (PER_SYSTEM.test(l)) return null;
    const cur = /us\$|\busd\b|\$/.test(l + " " + sample.toLowerCase()) ? "usd" : /€|\beur\b/.test(l + sample.toLowerCase()) ? "eur" : /£|\bgbp\b/.test(l + sample.toLowerCase()) ? "gbp" : null;
    return cur ? { property: `price_per_chip_hour_${cur}`, factor: 1, unit: cur, kind: "other" } : null;
  }
  return undefined;
}

/** Any other row: the label in snake_case, singular, with the unit of its values or `_count`. */
function genericRowProperty(label: string, sample: string): RowProperty | null {
  const base = label.replace(/\([^)]*\)/g, " ").trim().toLowerCase();
  if (!base || !/\d/.test(sample)) return null;
  // a rate, a price, a score or a date is not a count of things: a row the reader cannot name is no claim
  if (/[/%$€£]|\b(?:per|price|cost|usd|eur|score|rating|ratio|percent|efficiency|speed-?up|latency|time|date|year|release|launch\w*)\b/.test(base + " " + (label.match(/\(([^)]*)\)/)?.[1] ?? "").toLowerCase())) return null;
  // vendor marketing words say nothing about the quantity ("FP32 CUDA cores" are FP32 cores)
  const words = base.split(/[^a-z0-9]+/).filter((w) => w && !/^(?:cuda|nvidia|amd|intel|google|total)$/.test(w));
  if (!words.length || words.length > 4) return null;
  const last = words[words.length - 1];
  const singular = last.endsWith("ies") ? last.slice(0, -3) + "y" : last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
  words[words.length - 1] = singular;
  const u = SAMPLE_UNITS.find(([re]) => re.test(sample));
  // a value with letters we do not know ("TSMC 4N") is not a figure
  if (!u && /[a-z]{2,}/i.test(sample.replace(/\([^)]*\)/g, "").replace(/billion|million|thousand/gi, ""))) return null;
  const property = `${words.join("_")}_${u ? u[1] : "count"}`;
  return { property, factor: 1, unit: u ? u[1] : "count" };
}
