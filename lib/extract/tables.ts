/**
 * Plain-text tables: a header row naming chips ("| Specification | H100 | B200 |") and rows
 * like "Memory (GB) | 80 | 141 | 192". Each cell becomes a figure of the chip in its column.
 */
import { findEntities, resolveChip } from "./entities";
import type { ChipLexicon } from "./chips-unknown";
import { findUnits } from "./units";
import { findNumbers } from "./numbers";
import { splitLines, type Span } from "./sentences";
import { isServerSubject, isSystemSubject } from "./system-subjects";
import { rowProperty } from "./table-rows";
import { headingBlockCells } from "./table-headings";
import { columnTableCells } from "./table-columns";

export { rowProperty } from "./table-rows";

export type TableCell = { chip: string; property: string; value: number; start: number; end: number; rowStart: number; rowEnd: number; about: boolean; kind?: "other"; qualifier?: "at least" | "up to" | "range"; valueMax?: number };

type Row = { line: Span; cells: Span[] };

export function cellsOf(line: Span): Span[] {
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

/** A column gap of a table aligned with spaces: two or more spaces (or a no-break space run). */
const SPACED_GAP = /[ \u00a0]{2,}/g;

/**
 * "Memory      141 GB HBM3e     256 GB HBM3E": a line whose columns are aligned with runs of
 * spaces. Only read as a table when a header of chip names precedes it (see findTableCells).
 */
export function spacedCellsOf(line: Span): Span[] {
  const t = line.text;
  if (t.includes("|") || t.includes("\t") || !/\S[ \u00a0]{2,}\S/.test(t)) return [];
  const out: Span[] = [];
  let s = 0;
  SPACED_GAP.lastIndex = 0;
  for (let m = SPACED_GAP.exec(t); ; m = SPACED_GAP.exec(t)) {
    const e = m ? m.index : t.length;
    const cell = t.slice(s, e);
    const a = cell.length - cell.trimStart().length;
    const b = cell.trimEnd().length;
    if (b > a) out.push({ start: line.start + s + a, end: line.start + s + b, text: cell.slice(a, b) });
    if (!m) break;
    s = m.index + m[0].length;
  }
  return out;
}

/** A spaced table's cell is short and is no sentence: "FP8 (sparse)", "3,958 TFLOPS". */
const SPACED_CELL = /^(?!.*[.!?]$).{1,28}$/;

/** A spec row label: memory, bandwidth, throughput, power or process, often with its unit. */
const SPEC_LABEL = /\b(?:memory|hbm|bandwidth|fp\d+|bf16|int8|tflops|pflops|flops|power|tdp|process|node)\b/i;
/** A header cell that names a product as written: "Zephyr Z3", "Q7", "Tidewater". */
const NAME_CELL = /^[A-Z][\w.-]*(?:[ \u00a0][A-Z0-9][\w.-]*){0,2}$/;

/** Figures from chip tables in `text`. */
export function findTableCells(text: string, chipLex?: ChipLexicon): TableCell[] {
  const lines = splitLines(text);
  const out: TableCell[] = [];
  let header: { chips: (string | null)[]; spaced?: boolean } | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let cells = cellsOf(line);
    let spaced = false;
    if (cells.length < 2) {
      cells = spacedCellsOf(line);
      spaced = cells.length >= 2 && cells.every((c) => SPACED_CELL.test(c.text));
      // a spaced row belongs to the table whose header has as many columns
      if (spaced && header?.spaced && cells.length === header.chips.length) {
        // "-----   -----": the rule under a spaced header
        if (cells.every((c) => /^[-=–—_]{2,}$/.test(c.text))) continue;
        if (rowCells(cells, line.end, header.chips, out, chipLex) === 0 && !/\d/.test(line.text)) header = null;
        continue;
      }
      if (!spaced || cells.length < 3) {
        header = null;
        continue;
      }
      // a spaced header: a label and chip names only ("Spec   H200 (SXM)   MI325X (OAM)")
      const names = cells.slice(1).map((c) => spacedChip(c.text, chipLex));
      header = names.every(Boolean) && !/\d/.test(cells[0].text) ? { chips: [null, ...names], spaced: true } : null;
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
    if (!header || header.spaced) continue;
    rowCells(cells, line.end, header.chips, out, chipLex);
  }
  out.push(...headingBlockCells(text, lines, chipLex));
  // tables with one chip per row and one spec per column (lib/extract/table-columns.ts)
  const taken = new Set(out.map((c) => c.rowStart));
  out.push(...columnTableCells(lines, chipLex).filter((c) => !taken.has(c.rowStart)));
  return out;
}

/** The chip a spaced header cell names in full: "H200 (SXM)", "MI325X", a chip the article names. */
function spacedChip(cell: string, chipLex?: ChipLexicon): string | null {
  const t = cell.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const e = findEntities(t).find((x) => x.type === "chip");
  if (e && e.start === 0 && e.end === t.length) return e.name;
  return resolveChip(t)?.name ?? chipLex?.byForm.get(t)?.name ?? null;
}

/** The figures of one table row under a header of chips; returns how many were read. */
function rowCells(cells: Span[], lineEnd: number, chips: (string | null)[], out: TableCell[], chipLex?: ChipLexicon): number {
  const before = out.length;
  {
    const label = cells[0].text;
    for (let i = 1; i < cells.length; i++) {
      const chip = chips[i];
      if (!chip) continue;
      const c = cells[i];
      const prop = rowProperty(label, c.text);
      if (!prop) continue;
      const nums = findNumbers(c.text);
      if (!nums.length) continue;
      const units = findUnits(c.text, nums);
      let value: number;
      // "700–1,000 W": a range in the cell
      let valueMax: number | undefined;
      if (prop.unit === "count" || !["gb", "tbps", "w", "tflops"].includes(prop.unit)) value = nums[0].value;
      else if (units[0] && units[0].unit === prop.unit) {
        value = units[0].value;
        if (units[0].range && units[0].valueMax !== null && units[0].valueMax < 10000) valueMax = units[0].valueMax;
      }
      else {
        const raw = c.text.match(/[\d,]+(?:\.\d+)?/);
        if (!raw) continue;
        value = Number(raw[0].replace(/,/g, "")) * prop.factor;
      }
      if (!Number.isFinite(value)) continue;
      // a column that is itself a system ("Helios", "GB200 NVL72") holds the figures "per rack" speaks of
      const subject = prop.system && !isSystemSubject(chip, { chipLex }) ? `${chip} ${prop.system}` : chip;
      // a count of GPUs is a system's; one chip's column has none
      if (prop.property === "chip_count" && !prop.system && !isSystemSubject(chip, { chipLex })) continue;
      // tens of kilowatts are a whole rack's or server's draw, never one chip's
      const kw = prop.property === "power_w" && value >= 10000;
      out.push({
        chip: subject,
        ...(prop.kind ? { kind: prop.kind } : {}),
        property: kw ? (isServerSubject(subject) ? "server_power_kw" : "rack_power_kw") : prop.property,
        value: kw ? value / 1000 : value,
        start: c.start,
        end: c.end,
        rowStart: cells[0].start,
        rowEnd: lineEnd,
        about: /^[~≈]|approx/i.test(c.text),
        ...(valueMax !== undefined && !kw ? { valueMax, qualifier: "range" as const } : /^\s*up\s+to\b/i.test(c.text) ? { qualifier: "up to" as const } : {}),
      });
    }
  }
  return out.length - before;
}
