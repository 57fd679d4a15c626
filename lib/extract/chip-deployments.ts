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
  // an organisation of no known kind buys only its own unnamed chips ("Startup Korvo plans to deploy 20,000 GPUs")
  const others = ents.filter((e) => isCompany(e) && (e.kind !== "other" || !vendorRaw) && (!vendorRaw || (e.name !== vendorRaw && asCloud(asInvestor(e.name)) !== vendor)));
  const buyer = subjectBefore(text, sentence.start, others, q.start);
  if (!buyer) return null;
  // another company in the sentence besides buyer and vendor is a deal of its own (left to the deal rules)
  const rest = others.filter((e) => e.name !== buyer.name && e.start >= sentence.start && e.end <= sentence.end);
  if (rest.length || FOR_OTHER.test(text.slice(q.end, sentence.end))) return null;
  if (vendor) return vendor === buyer.name ? null : { subject: `${buyer.name} -> ${vendor}`, property: "chip_count", kind: "investment", ...base };
  if (!DEPLOY_BEFORE.test(lead) || !/^(?:chips|gpus|accelerators)$/.test(q.detail)) return null;
  return { subject: buyer.name, property: "chip_count", kind: "other", ...base };
}

/** "deploy … GPUs for Microsoft", "will install 20,000 chips on behalf of Meta": the customer the chips are deployed for */
const FOR_CUSTOMER = /^[^.;]{0,40}?\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/;
const PROVIDE_BEFORE = new RegExp(String.raw`\b(?:deploy(?:s|ed|ing)?|install(?:s|ed|ing)?|build(?:s|ing)?|built|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|run(?:s|ning)?|operat(?:e|es|ed|ing)|host(?:s|ed|ing)?)\s+${APPROX}$`, "i");

/** "lands", "wins", "has signed": the provider's verb before the customer's deal */
const WON_VERB = /^\s+(?:(?:has|have|had)\s+)?(?:lands?|landed|wins?|won|signs?|signed|secures?|secured|inks?|inked|clinch(?:es|ed)?|bags?|bagged|strikes?|struck)\s+(?:an?\s+|its\s+)?(?:(?:new|major|big|multi-?billion(?:-dollar)?|massive|landmark)\s+)?$/i;
/** " deal for about ", " contract to deploy up to ": the customer's deal, then the counted chips */
const WON_DEAL = new RegExp(String.raw`^\s+(?:deal|contract|agreement|order|pact)\s+(?:for|to\s+(?:deploy|supply|provide|install|host))\s+${APPROX}$`, "i");

/**
 * Chips a company deploys for a named customer: "Nscale will deploy roughly 200,000 Nvidia GPUs for
 * Microsoft" is the customer's deal with the company that deploys them, `Microsoft -> Nscale`.
 */
export function customerDeployment(c: UnitCtx): string | null {
  const { text, sentence, q, ents } = c;
  if (!COUNTED.test(q.detail) || q.value < 100) return null;
  // "Nscale lands Microsoft deal for about 200,000 GPUs": the customer names the deal the provider wins
  const won = ents.find((e) => isCompany(e) && e.end <= q.start && WON_DEAL.test(text.slice(e.end, q.start)));
  if (won) {
    const provider = ents.find((e) => isCompany(e) && e.name !== won.name && e.end <= won.start && WON_VERB.test(text.slice(e.end, won.start)));
    if (provider) return `${won.name} -> ${asCloud(provider.name)}`;
  }
  if (!PROVIDE_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 60), q.start))) return null;
  const customer = ents.find((e) => isCompany(e) && e.start >= q.end && e.start - q.end <= 60 && FOR_CUSTOMER.test(text.slice(q.end, e.start)));
  if (!customer) return null;
  const provider = subjectBefore(text, sentence.start, ents.filter((e) => isCompany(e) && e.name !== customer.name && !(e.kind === "chipmaker" && e.start >= q.start)), q.start);
  if (!provider || provider.name === customer.name) return null;
  return `${customer.name} -> ${asCloud(provider.name)}`;
}

