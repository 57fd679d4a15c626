/**
 * Figures of a site or project that are neither power nor money: its land ("on roughly 1,200 acres",
 * "a 2,250-acre site", "180 hectares", "about 10 square miles") and the jobs it brings ("240 permanent
 * jobs", "2,400 construction jobs"), plus the jobs a company cuts ("cut about 600 jobs").
 */
import type { UnitCtx, UnitResult } from "./count-claims";
import type { Quantity } from "./quantity";
import { namedSiteBefore, projectNames, siteReferredTo } from "./projects";
import { programOf } from "./site-programs";
import { subjectBefore } from "./subjects";

/** "1,200 acres", "2,250-acre", "180 hectares", "10 square miles", "1.2 million square feet", "4 sq km". */
const AREA = /^[\s-‑](?:(acres?)|(hectares?|ha\b)|(square|sq\.?)\s+(miles?|mi\b|feet|foot|ft\b|kilometres?|kilometers?|km\b|metres?|meters?|m\b))(?![\w-])/i;
/** "240 permanent jobs", "2,400 construction jobs", "600 jobs": jobs, with what kind. */
const JOBS = /^\s+(?:(?:new|full[\s-]time|high[\s-]paying|direct|indirect|local|skilled|well[\s-]paid)\s+)?(?:(permanent|construction|operational|operations)\s+)?(?:jobs|positions|roles)\b/i;

/** "eight buildings", "seven data center buildings", "two 250,000-square-foot buildings" */
const BUILDINGS = /^\s+(?:(?:new|more|additional|large|identical|giant|massive|data[\s-]?cent(?:er|re)|[\d,]+-square-(?:foot|feet|metre|meter)|[\w-]+-stor(?:e?y|ies))\s+){0,2}buildings\b/i;

/** A site unit read after a number: [unit, length, detail]. */
export function siteUnit(rest: string): { unit: Quantity["unit"]; len: number; detail: string } | null {
  let m = rest.match(AREA);
  if (m) {
    const u = m[1] ? "acres" : m[2] ? "hectares" : /^mi/i.test(m[4]) ? "sq_mi" : /^f/i.test(m[4]) ? "sq_ft" : /^k/i.test(m[4]) ? "sq_km" : "sq_m";
    return { unit: "area", len: m[0].length, detail: u };
  }
  if ((m = rest.match(BUILDINGS))) return { unit: "count", len: m[0].length, detail: "buildings" };
  if ((m = rest.match(JOBS))) return { unit: "count", len: m[0].length, detail: `jobs:${(m[1] ?? "").toLowerCase().replace(/^operations$/, "operational")}` };
  return null;
}

/** "cut about 600 jobs", "will eliminate 1,200 positions": a company's job cuts. */
const CUT = /\b(?:cut|cuts|cutting|eliminat\w+|lay(?:ing|s)?\s+off|laid\s+off|shed(?:s|ding)?|slash\w*|axe[sd]?|axing)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|up\s+to|another|an\s+additional)\s+)*$/i;
/** "expected to create", "will support", "brings": jobs a site creates. */
const CREATE = /\b(?:creat\w+|support\w*|bring\w*|generat\w+|add\w*|employ\w*|promis\w+|sustain\w*)\b[^.;]{0,50}$/i;

/** A site spoken of without its name. */
const SITE_WORD = /\b(?:site|campus|project|facility|data[\s-]?cent(?:er|re)s?|developer|buildout|build-out)\b/i;

function siteOf(c: UnitCtx): string | undefined {
  const { text, sentence, clause, q, ents } = c;
  const named = namedSiteBefore(text, clause.start, q.start, ents) ?? programOf(text, q, ents) ?? siteReferredTo(text, sentence.start, q.start);
  if (named !== undefined) return named ?? undefined;
  // "an $11 billion campus on roughly 1,200 acres": the one project the article is about, where the sentence speaks of a site
  const names = projectNames(text);
  if (names.length !== 1 || !SITE_WORD.test(sentence.text)) return undefined;
  // named before the figure (a project named only later is not yet the one spoken of)
  const at = text.indexOf(names[0].replace(/^Project\s+/, ""));
  return at >= 0 && at < q.start ? names[0] : undefined;
}

export function siteAreaClaim(c: UnitCtx): UnitResult {
  const s = siteOf(c);
  return s ? { subject: s, property: `site_area_${c.q.detail}`, kind: "other", value: c.q.value, valueMax: c.q.valueMax } : null;
}

export function jobClaim(c: UnitCtx): UnitResult {
  const { text, sentence, q, ents } = c;
  const before = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const base = { value: q.value, valueMax: q.valueMax };
  if (CUT.test(before)) {
    const co = subjectBefore(text, sentence.start, ents, q.start);
    return co ? { subject: co.name, property: "job_cut_count", kind: "other", ...base } : null;
  }
  if (!CREATE.test(before)) return null;
  const s = siteOf(c);
  const kind = q.detail.slice(5);
  return s ? { subject: s, property: `${kind ? `${kind}_` : ""}job_count`, kind: "other", ...base } : null;
}

/** "eight buildings are planned", "as many as 30 to be built": buildings still to come */
const PLANNED = /^[^.;,]{0,30}?\b(?:(?:are|is|were)\s+(?:planned|proposed|envisioned)|planned|to\s+be\s+built)\b/i;

/** "The campus will have eight buildings", "Seven data center buildings are already up at Project X": a site's buildings. */
export function buildingClaim(c: UnitCtx): UnitResult {
  const s = siteOf(c);
  if (!s) return null;
  const planned = PLANNED.test(c.text.slice(c.q.end, c.sentence.end)) || /\bplan(?:s|ned)?\s+(?:to\s+(?:build|have|add)\s+)?(?:(?:about|around|some|up\s+to|as\s+many\s+as)\s+)?$/i.test(c.text.slice(c.sentence.start, c.q.start));
  return { subject: s, property: `${planned ? "planned_" : ""}building_count`, kind: "other", value: c.q.value, valueMax: c.q.valueMax };
}
