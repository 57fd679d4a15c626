/**
 * Products named by a word rather than a model number: "Its Corsair inference card carries 2GB of
 * SRAM", "Tenzor's Falcon accelerator delivers 900 TFLOPS". A capitalised name right before a
 * product noun, owned by a possessive, in a sentence with chip-spec units, is a chip. It keeps its
 * vendor ("d-Matrix Corsair"), as every unknown vendor's chip does: the possessive company, or for
 * "Its" the company that opens the sentence before.
 */
import type { UnknownChip } from "./chips-unknown";

/** "Its Corsair inference card", "Tenzor's Falcon accelerator": owner, name, product noun. */
const NAMED_PRODUCT_RE = /(?<![\w-])(Its|Their|([A-Z][\w-]*[A-Za-z])['’]s)[ \u00a0]+(?:(?:new|latest|flagship|first|own)[ \u00a0]+)?([A-Z][a-z]{2,15})[ \u00a0]+(?:(?:inference|training|AI|edge)[ \u00a0]+)?(?:card|accelerator|chip|processor|ASIC)s?\b/g;
/** Spec units that make the sentence a chip's spec sheet. */
const SPEC_UNIT = /\d\s?(?:[TPE]FLOPS|(?:peta|tera|exa)[\s-]?flops|GB|TB\/s|GB\/s|TB|W|nm)\b/i;
/** Words that open a sentence but are no company. */
const NOT_VENDOR = /^(?:The|It|Its|This|That|These|Those|Each|Every|Our|We|They|Their|In|On|At|By|For|With|And|But|Also|Meanwhile|Separately|Days?|Weeks?|Last|Next)$/;
/** Names of things that are no product ("Its Series C round"). */
const NOT_NAME = /^(?:Series|Tensor|Matrix|Vector|Neural|Custom|Compute|Cloud|Data|Edge|Inference|Training|First|Next|New)$/;

/** The company the sentence before `at` opens with ("• d-Matrix landed $275M ..."). */
function openingCompany(text: string, at: number): string | undefined {
  // the sentence before `at`: back to the previous full stop or line break, then to the one before that
  // a full stop between digits ("$6.9B") ends no sentence
  const ends = (i: number) => /[!?\n]/.test(text[i]) || (text[i] === "." && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")));
  let e = at;
  while (e > 0 && !ends(e - 1)) e--;
  let s = e - 1;
  while (s > 0 && !ends(s - 1)) s--;
  const m = text.slice(Math.max(0, s), e).match(/^\s*(?:[•*–-]\s*)?([A-Za-z][\w-]*[A-Z][\w-]*|[A-Z][\w-]+)(?=\s+[a-z])/);
  return m && !NOT_VENDOR.test(m[1]) ? m[1] : undefined;
}

/** Adds the article's word-named products to `byForm` (bare name and vendor-prefixed name). */
export function addNamedProducts(text: string, byForm: Map<string, UnknownChip>, isKnownChip: (n: string) => boolean, isKnownCompany: (n: string) => boolean): void {
  if (!text.includes("'s") && !text.includes("’s") && !/\b(?:Its|Their)\s/.test(text)) return;
  for (const m of text.matchAll(NAMED_PRODUCT_RE)) {
    const name = m[3];
    if (NOT_NAME.test(name) || isKnownChip(name) || isKnownCompany(name) || byForm.has(name)) continue;
    // the sentence must give a spec of the product
    const end = text.indexOf("\n", m.index);
    const rest = text.slice(m.index, end < 0 ? undefined : end);
    const stop = rest.search(/[.!?](?:\s|$)/);
    const sentence = stop < 0 ? rest : rest.slice(0, stop + 1);
    if (!SPEC_UNIT.test(sentence)) continue;
    const vendor = m[2] ?? openingCompany(text, m.index);
    // a word-named product keeps its vendor even when the registry knows the vendor ("d-Matrix Corsair"):
    // a bare word ("Corsair") is no name of its own
    if (!vendor || NOT_VENDOR.test(vendor)) continue;
    const chip: UnknownChip = { name: `${vendor} ${name}`, kind: "chip" };
    byForm.set(name, chip);
    byForm.set(chip.name, chip);
  }
}
