/**
 * Completing the article's organisation lexicon (lib/extract/orgs.ts) with the names the text marks
 * as companies (lib/extract/org-markers.ts), and tidying names that kept a legal suffix ("Lumora Inc").
 */
import type { OrgLexicon } from "./orgs";
import { markedOrgs } from "./org-markers";

const SUFFIX = /[ \u00a0](?:Inc|Corp|Ltd|LLC|Limited|Incorporated|Co|Plc|PLC|AG|SA|GmbH)\.?$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `lex` with the marked companies added (its regex rebuilt when anything changed). */
export function withMarkedOrgs(text: string, lex: OrgLexicon, isKnown: (name: string) => boolean): OrgLexicon {
  let changed = false;
  for (const org of lex.byForm.values()) {
    if (SUFFIX.test(org.name)) {
      org.name = org.name.replace(SUFFIX, "");
      changed = true;
    }
  }
  for (const m of markedOrgs(text, isKnown)) {
    if (lex.byForm.has(m.name)) continue;
    lex.byForm.set(m.name, { name: m.name, kind: m.kind });
    changed = true;
  }
  if (!changed || !lex.byForm.size) return lex;
  const forms = [...lex.byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![A-Za-z0-9_-])(?:${forms.join("|")})(?:,?\\s(?:Inc\\.?|Corp\\.?|Co\\.|LLC|Ltd\\.?|plc|AG|SA|GmbH))?(?![A-Za-z0-9_]|-[A-Z0-9])`, "g");
  return { byForm: lex.byForm, re };
}
