/**
 * Chips a company deploys, orders or takes, when the other count rules (lib/extract/count-claims.ts) find no
 * holder: "Humain ordered 24k GB300s", "Mistral will deploy some 40,000 Blackwell chips", "will deploy more
 * than 20,000 of Nvidia's most advanced GPUs" give `Buyer -> Vendor`, the vendor being the company whose chip
 * is counted; "Nebius plans to deploy 120,000 GPUs" (no vendor, no other company) gives the company's own count.
 */
import { resolveChip } from "./entities";
import { isChip, isCompany } from "./state";
import { asCloud, asInvestor, subjectBefore } from "./subjects";
import type { UnitCtx, UnitResult } from "./count-claims";

const APPROX = String.raw`(?:(?:up\s+to|about|around|roughly|nearly|some|more\s+than|over|another|an\s+additional|as\s+many\s+as|at\s+least|approximately|almost|just\s+over)\s+)?`;
/** "ordered", "will deploy some", "is buying roughly", "took": a verb that brings the counted chips in */
const TAKE_BEFORE = new RegExp(String.raw`\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|install(?:s|ed|ing)?|tak(?:e|es|ing)|took|secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\s+${APPROX}$`, "i");
/** own deployment of unnamed chips: "plans to deploy", "will install" */
const DEPLOY_BEFORE = new RegExp(String.raw`\b(?:deploy(?:s|ed|ing)?|install(?:s|ed|ing)?)\s+${APPROX}$`, "i");
/** "for Microsoft", "on behalf of": chips deployed for another company are that company's deal */
const FOR_OTHER = /^[^.;]{0,40}?\b(?:for|on\s+behalf\s+of|to|with)\s+(?:the\s+)?[A-Z]/;
const CLOUD_VENDORS = new Set(["AWS", "Amazon", "Google", "Microsoft"]);
const COUNTED = /^(?:chips|gpus|tpus|accelerators|superchips|[a-z]{1,3}\d{1,4}[a-z]?s)$/;
/** a chip family that names its maker: "Blackwell chips", "Instinct accelerators" */
const FAMILY_MAKERS: [RegExp, string][] = [[/\b(?:Grace\s+)?(?:Blackwell|Hopper|Rubin)\b/, "Nvidia"], [/\bInstinct\b/, "AMD"], [/\bGaudi\b/, "Intel"]];
/** "hundreds of thousands", "tens of thousands": no count */
const VAGUE = /\b(?:several|a\s+few|few|many|multiple|tens\s+of|hundreds\s+of|thousands\s+of)\s+$/i;

/** The deployment or order of counted chips by a company the clause names, or null. */
export function deploymentClaim(c: UnitCtx): UnitResult {
  const { text, sentence, q, ents } = c;
  if (!COUNTED.test(q.detail) || q.value < 100) return null;
  const lead = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  if (!TAKE_BEFORE.test(lead) || VAGUE.test(lead) || /\b(?:if|would|could|might)\b/i.test(text.slice(sentence.start, q.start))) return null;
  const base = { value: q.value, valueMax: q.valueMax };
  const span = text.slice(q.start, q.end);
  // the vendor: a chipmaker named in the counted phrase ("of Nvidia's most advanced GPUs"), or the maker of the chip counted
  const maker = ents.find((e) => isCompany(e) && e.kind === "chipmaker" && e.start >= q.start && e.end <= q.end)?.name;
  const named = ents.find((e) => isChip(e) && e.start >= q.start && e.end <= q.end);
  const plural = span.match(/([A-Z][\w-]*\d[\w-]*?)s$/)?.[1];
  const chipVendor = (named ? resolveChip(named.name)?.vendor : undefined) ?? (plural ? resolveChip(plural)?.vendor : undefined) ?? FAMILY_MAKERS.find(([re]) => re.test(span))?.[1];
  const vendorRaw = maker ?? chipVendor;
  const vendor = vendorRaw && CLOUD_VENDORS.has(vendorRaw) ? asCloud(asInvestor(vendorRaw)) : vendorRaw;
  const others = ents.filter((e) => isCompany(e) && e.kind !== "other" && (!vendorRaw || (e.name !== vendorRaw && asCloud(asInvestor(e.name)) !== vendor)));
  const buyer = subjectBefore(text, sentence.start, others, q.start);
  if (!buyer) return null;
  // another company in the sentence besides buyer and vendor is a deal of its own (left to the deal rules)
  const rest = others.filter((e) => e.name !== buyer.name && e.start >= sentence.start && e.end <= sentence.end);
  if (rest.length || FOR_OTHER.test(text.slice(q.end, sentence.end))) return null;
  if (vendor) return vendor === buyer.name ? null : { subject: `${buyer.name} -> ${vendor}`, property: "chip_count", kind: "investment", ...base };
  if (!DEPLOY_BEFORE.test(lead) || !/^(?:chips|gpus|accelerators)$/.test(q.detail)) return null;
  return { subject: buyer.name, property: "chip_count", kind: "other", ...base };
}
