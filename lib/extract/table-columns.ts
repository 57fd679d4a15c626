/**
 * Tables with one chip per row and one spec per column:
 *
 *   | Generation     | Peak per chip | Precision | HBM per chip | Max pod    |
 *   | TPU v5e (2023) | 197 TFLOPS    | BF16      | 16 GB        | 256 chips  |
 *
 *   Vendor     Part     Capacity   Bandwidth/stack
 *   SK Hynix   HBM3E    36 GB      1.2 TB/s
 *
 * The header names what each column measures; the first cell of a row (or a vendor and a part
 * column together) names the chip. Pipe, tab and space-aligned tables are read alike.
 */
import { chipSlug, findEntities, resolveChip, resolveCompany } from "./entities";
import type { ChipLexicon } from "./chips-unknown";
import { findUnits } from "./units";
import type { Span } from "./sentences";
import { rowProperty, type RowProperty } from "./table-rows";
import { headerUnitValue } from "./table-units";
import { cellsOf, spacedCellsOf, type TableCell } from "./tables";
import { isServerSubject, isSystemSubject } from "./system-subjects";

/** The header of the name column: "Generation", "Chip", "Part", "Accelerator", "Model". */
const NAME_HEAD = /^(?:generation|chip|chips|part|product|model|accelerator|gpu|tpu|processor|device|sku|name|system|memory\s+part|stack)$/i;
/** A vendor column before the part column: "Vendor | Part". */
const VENDOR_HEAD = /^(?:vendor|maker|company|manufacturer|supplier|chipmaker)$/i;
/** A column of precisions beside a throughput column: "Precision", "Format", "Data type". */
const PRECISION_HEAD = /^(?:precision|format|data\s*type|dtype|number\s+format)$/i;
const PRECISION_CELL = /^(FP4|FP6|FP8|FP16|BF16|TF32|FP32|FP64|INT8|INT4)\b/i;
/** A column that measures something (so the header is a spec header, not a row of names). */
const SPEC_HEAD = /\b(?:memory|hbm|capacity|bandwidth|peak|tflops|pflops|flops|compute|performance|power|tdp|process|node|pod|rack|server|cluster)\b/i;
/** A column of a system's size: "Max pod", "Pod size", "Rack" with cells like "256 chips". */
const SYSTEM_HEAD = /\b(pod|superpod|rack|server|node|cluster|system)s?\b/i;
const CHIPS_CELL = /^([\d,]+)\s*(?:chips|gpus|tpus|accelerators|xpus)?$/i;
/** A cell naming a product as written: "Qualcomm AI 100 Ultra", "Corvane C3". */
/** ">10X AI200", "2.5x H100": a multiple of the chip named after it. */
const MULTIPLE_CELL = /^([>≥<≤]|up\s+to\s+)?\s*(\d+(?:\.\d+)?)\s?[xX×]\s+(?:the\s+)?([A-Z][\w .-]{1,30})$/;
const PRODUCT_CELL = /^[A-Z][\w.-]*(?:[ \u00a0][A-Za-z0-9][\w.-]*){0,3}$/;

type Header = { nameCols: number; cols: (string | null)[]; precisionCol: number; spaced: boolean };

function headerOf(cells: Span[], spaced: boolean): Header | null {
  if (cells.length < 3) return null;
  const t = cells.map((c) => c.text.trim());
  const nameCols = VENDOR_HEAD.test(t[0]) && NAME_HEAD.test(t[1]) ? 2 : NAME_HEAD.test(t[0]) ? 1 : 0;
  if (!nameCols) return null;
  const rest = t.slice(nameCols);
  if (rest.some((h) => /\d/.test(h.replace(/\b(?:FP|BF|INT|TF)\d+\b/gi, "")))) return null;
  if (rest.filter((h) => SPEC_HEAD.test(h)).length < 2) return null;
  return { nameCols, cols: t, precisionCol: t.findIndex((h) => PRECISION_HEAD.test(h)), spaced };
}

/** The chip a row names: a registry or article chip filling the cell, else a product name as written. */
function rowChip(name: string, chipLex?: ChipLexicon): string | undefined {
  const t = name.replace(/\s*\((?:19|20)\d\d\)\s*$/, "").trim();
  const known = chipLex?.byForm.get(t)?.name ?? resolveChip(t)?.name;
  if (known) return known;
  const chips = findEntities(t, undefined, chipLex).filter((e) => e.type === "chip");
  // "Trillium / v6e", "Nvidia GB300": one chip, with at most its vendor or another name of it
  if (chips.length && chips.every((e) => e.name === chips[0].name)) {
    const rest = chips.reduceRight((s, e) => s.slice(0, e.start) + s.slice(e.end), t).replace(/[/(),]/g, " ").trim();
    if (!rest || resolveCompany(rest) || /^v?\d+[a-z]?$/i.test(rest)) return chips[0].name;
    return undefined;
  }
  if (chips.length) return undefined;
  return PRODUCT_CELL.test(t) && /\d/.test(t) && !/^\d/.test(t) ? t : undefined;
}

/** The property of one cell under its column header. */
function cellProperty(head: string, cell: string, precision: string | undefined): RowProperty | null {
  // "Peak per chip | 197 TFLOPS" beside "Precision | BF16"
  if (precision && !/\b(?:fp\d+|bf16|int\d+|tf32)\b/i.test(head) && /\b(?:peak|flops|compute|performance|throughput)\b/i.test(head))
    return rowProperty(`${precision} ${head}`, cell);
  // "Capacity | 36 GB", "Memory/card | 768 GB"
  if (/\b(?:capacity|hbm)\b/i.test(head) && !/\b(?:bandwidth|type|stacks?)\b/i.test(head) && (/\d\s?[GT]B\b/.test(cell) || /\((?:GB|GiB|TB)\)\s*$/i.test(head))) return rowProperty(/\(TB\)\s*$/i.test(head) ? "memory (TB)" : "memory", cell);
  return rowProperty(head.replace(/\//g, " "), cell);
}

/** Figures of chip-per-row tables in `lines`. */
export function columnTableCells(lines: Span[], chipLex?: ChipLexicon): TableCell[] {
  const out: TableCell[] = [];
  let header: Header | null = null;
  const rows: string[] = [];
  for (const line of lines) {
    const piped = cellsOf(line);
    const spaced = piped.length < 2;
    const cells = spaced ? spacedCellsOf(line) : piped;
    if (cells.length < 2) {
      header = null;
      continue;
    }
    if (cells.every((c) => /^:?[-=–—_]{2,}:?$/.test(c.text) || !c.text)) continue; // |---|---|
    const h = headerOf(cells, spaced);
    if (h) {
      header = h;
      continue;
    }
    if (!header || header.spaced !== spaced || cells.length !== header.cols.length) {
      header = null;
      continue;
    }
    const name = cells.slice(0, header.nameCols).map((c) => c.text).join(" ");
    // "Nvidia | B200" is the registry's B200; "SK Hynix | HBM3E" keeps its maker
    const chip = rowChip(name, chipLex);
    if (!chip) continue;
    rows.push(chip);
    const precision = header.precisionCol >= 0 ? cells[header.precisionCol].text.match(PRECISION_CELL)?.[1] : undefined;
    for (let i = header.nameCols; i < cells.length; i++) {
      if (i === header.precisionCol) continue;
      const c = cells[i];
      const head = header.cols[i]!;
      if (!/\d/.test(c.text) || /^(?:n\/a|not\s+given|—|-)$/i.test(c.text)) continue;
      const about = /^[~≈]|approx/i.test(c.text);
      // "Max pod | 256 chips": the chips of the chip's pod, rack or server
      const sys = head.match(SYSTEM_HEAD);
      const count = c.text.match(CHIPS_CELL);
      if (sys && count && !/\b(?:power|kw|w)\b/i.test(head)) {
        const word = sys[1].toLowerCase() === "superpod" ? "pod" : sys[1].toLowerCase();
        const subject = isSystemSubject(chip, { chipLex }) ? chip : `${chip} ${word}`;
        out.push({ chip: subject, property: "chip_count", value: Number(count[1].replace(/,/g, "")), start: c.start, end: c.end, rowStart: line.start, rowEnd: line.end, about });
        continue;
      }
      // ">10X AI200" under "Bandwidth": a multiple of another chip's figure
      const mult = c.text.match(MULTIPLE_CELL);
      if (mult) {
        // the baseline is a chip of the article or an earlier row of the table ("T9" for "Tenzor T9")
        const vs = rows.find((r) => r.endsWith(` ${mult[3].trim()}`)) ?? rowChip(mult[3], chipLex);
        const what = /bandwidth/i.test(head) ? "memory_bandwidth" : /memory|hbm|capacity/i.test(head) ? "memory" : /peak|flops|compute|performance/i.test(head) ? "perf" : undefined;
        if (vs && what && vs !== chip)
          out.push({ chip, property: `${what}_multiple_vs_${chipSlug(vs)}`, value: Number(mult[2]), start: c.start, end: c.end, rowStart: line.start, rowEnd: line.end, about, ...(mult[1] ? { qualifier: /^[>≥]/.test(mult[1]) ? "at least" as const : "up to" as const } : {}) });
        continue;
      }
      // "~132 kW (NVL72)": a figure of the system named in brackets
      const paren = c.text.match(/\(([^)]+)\)\s*$/)?.[1];
      const inParen = paren ? resolveChip(`${chip} ${paren}`)?.name ?? resolveChip(paren)?.name : undefined;
      if (paren && !inParen) continue;
      const value = c.text.replace(/\s*\([^)]*\)\s*$/, "");
      const prop = cellProperty(head, value, precision);
      if (!prop || !["gb", "tbps", "w", "tflops", "nm"].includes(prop.unit)) continue;
      const u = findUnits(value)[0];
      // "| HBM (GB) |" over "| 288 |": the unit is the header's
      const bare = !u ? headerUnitValue(head, value, prop) : null;
      if (!bare && (!u || u.unit !== prop.unit || !/^[~≈]?\s*(?:up\s+to\s+)?$/i.test(value.slice(0, u.start)))) continue;
      let subject = inParen ?? chip;
      let property = prop.property;
      let v = bare ? bare.value : u!.value;
      const upTo = bare ? bare.qualifier : /^\s*up\s+to\b/i.test(value) ? "up to" as const : undefined;
      // tens of kilowatts, or a "rack power" column, are a whole rack's or server's draw
      if (prop.property === "power_w" && (v >= 10000 || /\b(?:rack|server|node|system)\b/i.test(head))) {
        const word = head.match(/\b(rack|server|node|system)\b/i)?.[1].toLowerCase() ?? "rack";
        if (!isSystemSubject(subject, { chipLex })) subject = `${subject} ${word}`;
        property = isServerSubject(subject) ? "server_power_kw" : "rack_power_kw";
        v = v / 1000;
      }
      out.push({ chip: subject, property, value: v, start: c.start, end: c.end, rowStart: line.start, rowEnd: line.end, about: about || !!bare?.about, ...(u?.range && u.valueMax !== null && property === prop.property ? { valueMax: u.valueMax, qualifier: "range" as const } : upTo ? { qualifier: upTo } : {}) });
    }
  }
  return out;
}
