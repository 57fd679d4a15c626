/**
 * Stats blocks under a heading that names a chip ("## H100" then "Memory: 80GB HBM3"): each
 * "Key: value" line is that chip's figure.
 */
import { findEntities, resolveChip } from "./entities";
import type { ChipLexicon } from "./chips-unknown";
import { findUnits } from "./units";
import type { Span } from "./sentences";
import { rowProperty } from "./table-rows";
import type { TableCell } from "./tables";

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
export function headingBlockCells(text: string, lines: Span[], chipLex?: ChipLexicon): TableCell[] {
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
