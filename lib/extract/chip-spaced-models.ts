/**
 * Product names written with a space before the model number: "Qualcomm AI 100 Ultra",
 * "Qualcomm's Cloud AI 100", "Huawei Ascend 910C" when unknown. Read only after a company the
 * registry knows, in a sentence that gives a chip spec; the bare name ("the AI 100 Ultra card")
 * then names the same chip.
 */
import type { UnknownChip } from "./chips-unknown";

const SPACED_PRODUCT_RE = /(?<![\w-])([A-Z][A-Za-z-]{2,20})(?:['’]s)?[ \u00a0]+((?:Cloud[ \u00a0]+)?([A-Z][A-Za-z]{0,5})[ \u00a0](\d{2,4}[A-Za-z]?)(?:[ \u00a0](?:Ultra|Pro|Max|Plus|Lite|Mini|SE|Extreme|Turbo))?)(?![\w-])/g;
/** Letter prefixes of things that are no product: periods, precisions, memories, standards, models. */
const NOT_PREFIX = /^(?:Q|H|FY|CY|FP|BF|TF|INT|HBM|DDR|LPDDR|GDDR|PCIe|USB|GPT|Llama|Series|Top|Fortune|Gen|Wave|Phase|Stage|Round|Version|Model|Grok|Gemini|Claude|Mistral|Qwen|Phi|Class|Tier|Level|Page|No|Vol|Route|Section|Rule|Act|Figure|Table)$/;
const SPEC_UNIT = /\d\s?(?:[TPE]FLOPS|[TP]OPS|(?:peta|tera|exa)[\s-]?flops|GB|TB\/s|GB\/s|TB|kW|W|nm)\b|\d\s?watts?\b/i;
const CHIP_NOUN = /\b(?:accelerators?|chips?|GPUs?|processors?|NPUs?|cards?|silicon|parts?|racks?|servers?|inference)\b/i;

/** Adds spaced product names of known companies to `byForm`. */
export function addSpacedModels(text: string, byForm: Map<string, UnknownChip>, isKnownChip: (n: string) => boolean, isKnownCompany: (n: string) => boolean, dropsPrefix: (v: string) => boolean): void {
  if (!/[A-Z][A-Za-z]{0,5} \d{2,4}/.test(text)) return;
  for (const m of text.matchAll(SPACED_PRODUCT_RE)) {
    const [, vendor, model, prefix, num] = m;
    if (!isKnownCompany(vendor) || NOT_PREFIX.test(prefix) || /^(?:19|20)\d\d$/.test(num) || isKnownChip(model) || isKnownChip(`${vendor} ${model}`)) continue;
    const name = dropsPrefix(vendor) ? model : `${vendor} ${model}`;
    if (byForm.has(name)) continue;
    // the sentence must give a chip spec and speak of a chip
    const s = Math.max(text.lastIndexOf("\n", m.index), text.lastIndexOf(". ", m.index)) + 1;
    const nl = text.indexOf("\n", m.index);
    const sentence = text.slice(s, nl < 0 ? undefined : nl).split(/\.\s/)[0];
    const line = text.slice(s, nl < 0 ? undefined : nl);
    if (!SPEC_UNIT.test(line) || (!CHIP_NOUN.test(sentence) && !line.includes("|") && !/\S {2,}\S/.test(line))) continue;
    const chip: UnknownChip = { name, kind: "chip" };
    byForm.set(name, chip);
    if (!byForm.has(model)) byForm.set(model, chip);
  }
}
