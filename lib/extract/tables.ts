/**
 * Plain-text tables: a header row naming chips ("| Specification | H100 | B200 |") and rows
 * like "Memory (GB) | 80 | 141 | 192". Each cell becomes a figure of the chip in its column.
 */
import { findEntities, resolveChip } from "./entities";
import type { ChipLexicon } from "./chips-unknown";
import { findUnits } from "./units";
import { findNumbers } from "./numbers";
import { splitLines, type Span } from "./sentences";
import { isSystemSubject } from "./system-subjects";

export type TableCell = { chip: string; property: string; value: number; start: number; end: number; rowStart: number; rowEnd: number; about: boolean; kind?: "other" };

type Row = { line: Span; cells: Span[] };

function cellsOf(line: Span): Span[] {
  const out: Span[] = [];
  const t = line.text;
  const sep = t.includes("|") ? "|" : t.includes("\t") ? "\t" : null;
  if (!sep) return out;
  let s = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === sep) {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(t[a])) a++;
      while (b > a && /\s/.test(t[b - 1])) b--;
      out.push({ start: line.start + a, end: line.start + b, text: t.slice(a, b) });
      s = i + 1;
    }
  }
  // leading and trailing pipes produce empty edge cells
  if (out.length && !out[0].text && t.trimStart().startsWith(sep)) out.shift();
  if (out.length && !out[out.length - 1].text && t.trimEnd().endsWith(sep)) out.pop();
  return out;
}

/** Map a row label ("Memory (GB)", "HBM bandwidth", "TDP") to a property and a unit factor. */
export function rowProperty(label: string, sample: string): RowProperty | null {
  const l = label.toLowerCase();
  const rate = rateRow(l, sample);
  if (rate !== undefined) return rate;
  const unitIn = (l.match(/\(([^)]+)\)/)?.[1] ?? "").toLowerCase();
  const s = sample.toLowerCase();
  const prec = l.match(/\b(fp4|fp6|fp8|fp16|bf16|tf32|int8|fp32|fp64)\b/)?.[1];
  if (/bandwidth/.test(l) && /(hbm|memory)/.test(l) || (/bandwidth/.test(l) && !/(nvlink|interconnect|i\/o|network|pcie)/.test(l))) {
    const tb = /tb/.test(unitIn) || /tb\/?s|tbps/.test(s);
    return { property: "memory_bandwidth_tbps", factor: tb ? 1 : 0.001, unit: "tbps" };
  }
  if (/(memory|hbm capacity|hbm3e? capacity|^hbm$|vram)/.test(l) && !/stacks|bandwidth|type/.test(l)) {
    const tb = /tb/.test(unitIn) || /\btb\b/.test(s);
    return { property: "memory_gb", factor: tb ? 1000 : 1, unit: "gb" };
  }
  if (prec && /(flops|tflops|pflops|performance|compute|tensor)/.test(l + " " + s)) {
    const pf = /pflops|petaflops/.test(l + " " + s) ? 1000 : /eflops|exaflops/.test(l + " " + s) ? 1e6 : 1;
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

const SAMPLE_UNITS: [RegExp, string][] = [
  [/mm²|mm2|sq\.?\s?mm/i, "mm2"],
  [/\bMB\b/, "mb"],
  [/\bKB\b/, "kb"],
  [/\bGHz\b/i, "ghz"],
  [/\bMHz\b/i, "mhz"],
  [/\bnm\b/, "nm"],
];

type RowProperty = { property: string; factor: number; unit: string; system?: string; kind?: "other" };

/** A whole system a row's figures are given for: "Tokens/s per 8-chip server" -> "server". */
const PER_SYSTEM = /\bper\s+(?:(?:\d+|one|two|four|eight|sixteen)[-‑\s](?:chip|gpu|accelerator|card|way)\s+)?(server|node|rack|system|pod|instance)\b/;

/**
 * Rows of rates: throughput in tokens per second and rental prices per chip-hour. Returns null for a
 * rate row it cannot name (its cells are then no claims), undefined for a row that is not a rate.
 */
function rateRow(l: string, sample: string): RowProperty | null | undefined {
  // "GPUs per rack", "Chips per server": the count of chips in the column's system
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

/** Figures from chip tables in `text`. */
/** A spec row label: memory, bandwidth, throughput, power or process, often with its unit. */
const SPEC_LABEL = /\b(?:memory|hbm|bandwidth|fp\d+|bf16|int8|tflops|pflops|flops|power|tdp|process|node)\b/i;
/** A header cell that names a product as written: "Zephyr Z3", "Q7", "Tidewater". */
const NAME_CELL = /^[A-Z][\w.-]*(?:[ \u00a0][A-Z0-9][\w.-]*){0,2}$/;

export function findTableCells(text: string, chipLex?: ChipLexicon): TableCell[] {
  const lines = splitLines(text);
  const out: TableCell[] = [];
  let header: { chips: (string | null)[] } | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const cells = cellsOf(line);
    if (cells.length < 2) {
      header = null;
      continue;
    }
    if (cells.every((c) => /^:?-{2,}:?$/.test(c.text) || !c.text)) continue; // |---|---|
    const chips = cells.map((c, i) => {
      if (i === 0) return null;
      const e = findEntities(c.text).find((x) => x.type === "chip");
      const name = e?.name ?? resolveChip(c.text.replace(/\(.*\)/, "").trim())?.name;
      if (!name) return null;
      // "B200 (Per Die)": the figures describe one die of the chip
      return /\bper\s+die\b/i.test(c.text) ? `${name} die` : name;
    });
    // names the registry does not know: a header of product names above spec rows keeps them as written
    if (cells.length >= 2 && cells.slice(1).every((c) => NAME_CELL.test(c.text) && !/^\d/.test(c.text))) {
      const nextLabel = lines.slice(li + 1, li + 3).map((l) => cellsOf(l)[0]?.text ?? "").find((t) => t && !/^:?-{2,}:?$/.test(t)) ?? "";
      if (SPEC_LABEL.test(nextLabel) || chips.some(Boolean))
        for (let i = 1; i < cells.length; i++) if (!chips[i]) chips[i] = chipLex?.byForm.get(cells[i].text)?.name ?? cells[i].text;
    }
    const numeric = cells.slice(1).filter((c, i) => !chips[i + 1] && /\d/.test(c.text)).length;
    if (chips.filter(Boolean).length >= 1 && numeric < cells.length - 1) {
      header = { chips };
      continue;
    }
    if (!header) continue;
    const label = cells[0].text;
    for (let i = 1; i < cells.length; i++) {
      const chip = header.chips[i];
      if (!chip) continue;
      const c = cells[i];
      const prop = rowProperty(label, c.text);
      if (!prop) continue;
      const nums = findNumbers(c.text);
      if (!nums.length) continue;
      const units = findUnits(c.text, nums);
      let value: number;
      if (prop.unit === "count" || !["gb", "tbps", "w", "tflops"].includes(prop.unit)) value = nums[0].value;
      else if (units[0] && units[0].unit === prop.unit) value = units[0].value;
      else {
        const raw = c.text.match(/[\d,]+(?:\.\d+)?/);
        if (!raw) continue;
        value = Number(raw[0].replace(/,/g, "")) * prop.factor;
      }
      if (!Number.isFinite(value)) continue;
      // a column that is itself a system ("Helios", "GB200 NVL72") holds the figures "per rack" speaks of
      const subject = prop.system && !isSystemSubject(chip, { chipLex }) ? `${chip} ${prop.system}` : chip;
      // tens of kilowatts are a whole rack's or server's draw, never one chip's
      const kw = prop.property === "power_w" && value >= 10000;
      out.push({
        chip: subject,
        ...(prop.kind ? { kind: prop.kind } : {}),
        property: kw ? (/ (?:server|node|instance)$/i.test(subject) ? "server_power_kw" : "rack_power_kw") : prop.property,
        value: kw ? value / 1000 : value,
        start: c.start,
        end: c.end,
        rowStart: cells[0].start,
        rowEnd: line.end,
        about: /^[~≈]|approx/i.test(c.text),
      });
    }
  }
  out.push(...headingBlockCells(text, lines, chipLex));
  return out;
}

/** "== Corvane C3 ==", "## H100", "### Halvard V4": a wiki or markdown heading. */
const HEADING = /^\s*(?:={1,6}\s*(.+?)\s*={1,6}|#{1,6}\s+(.+?)\s*#*)\s*$/;
/** "Memory: 80GB HBM3", "TDP 700W", "- FP8 (dense) = 1.9 PFLOPS": a label and a value with its unit. */
const KEY_VALUE = /^\s*(?:[-*•]\s*)?([A-Za-z][A-Za-z0-9 ()/.-]{0,40}?)\s*(?:[:=]\s*|\s+(?=\d))(\S.*?)\s*$/;

/** The chip a heading names: a registry or article chip, else a model-like name as written. */
function headingChip(text: string, heading: string, chipLex?: ChipLexicon): string | undefined {
  const h = heading.replace(/\s*[-–—:]\s*(?:specs?|specifications|overview|details)\s*$/i, "").trim();
  const e = findEntities(h).find((x) => x.type === "chip");
  if (e && e.start === 0 && e.end === h.length) return e.name;
  const known = chipLex?.byForm.get(h)?.name ?? resolveChip(h)?.name;
  if (known) return known;
  // an unknown product: one or two capitalised words, the last a model token with a digit ("Corvane C3")
  const m = h.match(/^(?:([A-Z][A-Za-z]+)\s+)?([A-Z][A-Za-z]{0,4}\d{1,4}[A-Za-z]{0,3})$/);
  if (!m) return undefined;
  // an unknown vendor's product keeps its vendor ("Corvane C3"), as everywhere else
  return h;
}

/**
 * Stats blocks under a heading that names a chip: each "Key: value" line is that chip's figure,
 * when the label is a spec and the value carries the spec's own unit ("Release: 2025" is not).
 */
function headingBlockCells(text: string, lines: Span[], chipLex?: ChipLexicon): TableCell[] {
  const out: TableCell[] = [];
  let chip: string | undefined;
  for (const line of lines) {
    const h = line.text.match(HEADING);
    if (h) {
      chip = headingChip(text, h[1] ?? h[2], chipLex);
      continue;
    }
    if (!chip) continue;
    if (!line.text.trim()) continue;
    const kv = line.text.match(KEY_VALUE);
    if (!kv || line.text.includes("|")) {
      chip = undefined; // prose ends the block
      continue;
    }
    const [, label, value] = kv;
    const prop = rowProperty(label, value);
    if (!prop || !["gb", "tbps", "w", "tflops", "nm"].includes(prop.unit)) continue;
    const units = findUnits(value);
    const u = units[0];
    let v: number;
    if (prop.unit === "nm") {
      const m = value.match(/^(\d+(?:\.\d+)?)\s?nm\b/);
      if (!m) continue;
      v = Number(m[1]);
    } else if (u && u.unit === prop.unit && u.start === 0 || (u && /^[~≈]\s*$/.test(value.slice(0, u.start)) && u.unit === prop.unit)) v = u.value;
    else continue;
    const vStart = line.start + line.text.lastIndexOf(value);
    out.push({ chip, property: prop.property, value: v, start: vStart, end: vStart + value.length, rowStart: line.start, rowEnd: line.end, about: /^[~≈]|approx/i.test(value) });
  }
  return out;
}
