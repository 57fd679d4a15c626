/**
 * Claims for figures with a physical or relative unit (TFLOPS, GB, TB/s, W, GW, nm, x, %,
 * counts): the property from the words around the figure and the chip, program or deal
 * it describes.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import { chipSlug, type EntityMention } from "./entities";
import { chipSubject, chipSystemPhrase, comparatorChip, rackSubject, systemLabel, systemScope } from "./chip-subjects";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { findUnits } from "./units";
import { asCloud, asInvestor, entityAfter, possessiveBefore, subjectBefore } from "./subjects";
import { isChip, isCompany, PRONOUN, type State } from "./state";
import { orderSubject } from "./money-subjects";
import { topicCompany } from "./coreference";

/**
 * The buyer -> supplier pair of a partnership or compute deal the sentence speaks of:
 * a lab and another company in the sentence, or the article's last compute deal when the
 * sentence names one of its parties or none.
 */
export function dealPair(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany).filter((e) => e.kind !== "other");
  const names = [...new Set(comps.map((e) => e.name))];
  const lab = comps.find((e) => e.kind === "lab");
  const supplier = comps.find((e) => e.kind !== "lab" && e.name !== lab?.name);
  if (lab && supplier && names.length === 2) return `${lab.name} -> ${asCloud(supplier.name)}`;
  const last = st.lastBuyer && st.lastCloud ? `${st.lastBuyer} -> ${asCloud(st.lastCloud)}` : null;
  // the last deal when the sentence names none of its parties or both of them; one party alone may speak of its own business
  const both = names.some((n) => n === st.lastBuyer) && names.some((n) => asCloud(n) === asCloud(st.lastCloud!));
  if (last && (names.length === 0 || (names.every((n) => n === st.lastBuyer || asCloud(n) === asCloud(st.lastCloud!)) && (both || q.unit !== "gw")))) {
    if (names.length === 0 && !/\b(?:deal|contract|agreement|partnership|pact|it|will|under)\b/i.test(sentence.text)) return null;
    return last;
  }
  // a supplier named alone takes the last buyer only where the sentence speaks of a deal, not of the supplier's own business
  if (st.lastBuyer && names.length === 1 && !lab && supplier && asCloud(supplier.name) !== st.lastBuyer && DEAL_WORD.test(sentence.text)) return `${st.lastBuyer} -> ${asCloud(supplier.name)}`;
  return null;
}

const DEAL_WORD = /\b(?:deal|contract|agreement|partnership|pact|supply|supplies|supplying|provide|provides|providing|deploy\w*|order\w*|buy\w*|purchas\w*|commit\w*|will|under)\b/i;

/** The words between a company and its share move: an optional apposition, then the verb. */
const DIRECT_MOVE = /^(?:\s*,\s*(?:a|an|the)\s[^,;.%]{1,60},)?\s+(?:shares\s+)?(?:(?:closed|ended|finished|traded)\s+)?(?:rose|fell|jumped|dropped|lost|gained|climbed|slid|sank|surged|soared|tumbled|plunged|slumped|declined|rallied|advanced|retreated|slipped|added|shed|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|as\s+much\s+as\s+)?$/i;

/**
 * "Nvidia's B300 offers 288 GB of HBM3E, while AMD's MI355X delivers 288 GB": a bare GB figure in a
 * clause that names its own chip, in a sentence whose earlier clause stated a chip's memory in GB.
 */
function parallelMemory(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): boolean {
  const head = text.slice(sentence.start, clause.start);
  if (!/\d\s?(?:GB|TB|gigs?)\s+(?:of\s+)?(?:HBM\w*|memory|VRAM)\b/i.test(head)) return false;
  // the clause names a chip before the figure, not after a comparison word
  // or names it right after the figure ("compared with 80 GB on the H100")
  return ents.some((e) => isChip(e) && e.kind === "chip" && ((e.start >= clause.start && e.end <= q.start && !/\b(?:than|vs\.?|versus|like)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 12), e.start))) ||
    (e.start >= q.end && e.end <= clause.end && /^\s+(?:on|for|in)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(q.end, e.start)))));
}

export function unitClaim(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  ents: EntityMention[],
  st: State,
): { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null {
  const around = text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 60));
  const afterTxt = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const beforeTxt = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const beforeDie = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const dieCtx =
    (/\b(?:each|per|one|a\s+single)\s+(?:[\w-]+\s+){0,3}die\b[^.;,]{0,30}$/i.test(beforeDie) && !/\btotal\b/i.test(beforeDie.slice(-25))) ||
    /^[\s-]*transistors?\s+dies\b|^[^.;,]{0,12}\beach\b/i.test(text.slice(q.end, q.end + 30)) ||
    /^-?[\w-]*\s+dies\b/i.test(text.slice(q.end, q.end + 30)) && /-$/.test(text.slice(q.start, q.end).replace(/transistors?$/, ""));
  const chip = () => {
    // a rack, server, pod or instance figure goes to that system, or nowhere: never to one chip
    if (q.unit === "tflops" || q.unit === "gb" || q.unit === "tbps" || q.unit === "w" || q.unit === "multiple") {
      const sc = systemScope(text, sentence, q, ents, st);
      if (sc) return sc.name;
    }
    const c = chipSubject(text, sentence, q, ents, st);
    return c && dieCtx && !/\bdie$/.test(c) ? `${c} die` : c;
  };
  const base = { value: q.value, valueMax: q.valueMax };
  switch (q.unit) {
    case "tflops": {
      const s = chip();
      if (!s) return null;
      let p = q.detail;
      if (!p) {
        const sib = findUnits(sentence.text).find((u) => u.unit === "tflops" && u.detail);
        if (sib) p = sib.detail;
      }
      if (!p && q.value >= 1e6 && !ents.some((e) => isChip(e) && e.kind === "chip" && e.name === s))
        return { subject: s, property: "peak_compute_exaflops", kind: "chip_spec", value: q.value / 1e6, valueMax: q.valueMax && q.valueMax / 1e6 };
      return { subject: s, property: p ? `peak_${p}_tflops` : "peak_compute_tflops", kind: "chip_spec", ...base };
    }
    case "gb": {
      // "the H100's 80 GB": a chip's own gigabytes are its memory
      const chipPoss = ents.some((e) => isChip(e) && e.kind === "chip" && e.possessive && /^['’]s?\s+$/.test(text.slice(e.end, q.start)));
      if (!chipPoss && !/\b(?:HBM\w*|memory|VRAM|capacity)\b/i.test(around) && !parallelMemory(text, sentence, clause, q, ents)) return null;
      const s = chip();
      return s ? { subject: s, property: "memory_gb", kind: "chip_spec", ...base } : null;
    }
    case "tbps": {
      const near = afterTxt.slice(0, 40) + " " + beforeTxt.slice(-40);
      const kinds: [RegExp, string][] = [
        [/\bI\/O\b/i, "io"],
        [/\bdecompression\b/i, "decompression"],
        [/\bCPU[\s-]GPU\b|\bCPU[\s-]to[\s-]GPU\b/i, "cpu_gpu"],
        [/\bNV-HSI\b|\bdie[\s-]to[\s-]die\b|\bon-package\b|\bdual-die\b|\btwo dies\b/i, "die_to_die"],
        [/\bNVLink\b/i, "nvlink"],
        [/\bEthernet\b|\bnetwork\w*\b/i, "network"],
        [/\bPCIe\b/i, "pcie"],
        [/\binterconnect\b|\bscale-up\b/i, "interconnect"],
      ];
      const a1 = afterTxt.slice(0, 28);
      const b1 = beforeTxt.slice(-28);
      const k = kinds.find(([re]) => re.test(a1)) ?? kinds.find(([re]) => re.test(b1)) ?? kinds.find(([re]) => re.test(near));
      if (k) {
        const s = chip();
        return s ? { subject: s, property: `${k[1]}_bandwidth_tbps`, kind: "chip_spec", ...base } : null;
      }
      const s = chip();
      return s ? { subject: s, property: "memory_bandwidth_tbps", kind: "chip_spec", ...base } : null;
    }
    case "w": {
      // tens of kilowatts and more: a whole rack or system ("rack_power_kw")
      if (q.value >= 10000 && /\b(?:racks?|systems?|servers?|pods?|clusters?|nodes?)\b/i.test(sentence.text)) {
        const r = rackSubject(text, sentence, q, ents, st);
        if (r) return { subject: r, property: "rack_power_kw", kind: "chip_spec", value: q.value / 1000, valueMax: q.valueMax === null ? null : q.valueMax / 1000 };
      }
      const s = chip();
      return s ? { subject: s, property: "power_w", kind: "chip_spec", ...base } : null;
    }
    case "mm2": {
      const s = chip();
      return s ? { subject: s, property: "die_area_mm2", kind: "chip_spec", ...base } : null;
    }
    case "ghz": {
      const s = chip();
      return s ? { subject: s, property: "clock_ghz", kind: "chip_spec", ...base } : null;
    }
    case "nm": {
      const s = chip();
      return s ? { subject: s, property: "process_nm", kind: "chip_spec", ...base } : null;
    }
    case "gw": {
      const prop = /\bpower\b/i.test(around) && !/\bcapacity\b/i.test(around) ? "power_gw" : "capacity_gw";
      const program = ents.find((e) => e.type === "company" && e.kind === "other" && /^(?:Project|Stargate)/.test(e.name));
      if (program) return { subject: program.name, property: prop, kind: "other", ...base };
      const pair = dealPair(text, sentence, q, ents, st);
      if (pair) return { subject: pair, property: prop, kind: "investment", ...base };
      const comps = ents.filter(isCompany);
      const s = subjectBefore(text, sentence.start, ents, q.start) ?? comps[0];
      const name = s?.name ?? (PRONOUN.test(sentence.text) ? st.recentCompanies.at(-1) : undefined);
      if (!name) return null;
      return { subject: name, property: prop, kind: "other", ...base };
    }
    case "multiple": {
      const s = chip();
      if (!s) return null;
      const vs = comparatorChip(text, sentence, q, ents, s, st);
      if (!vs || vs === s) return null;
      const ctx = text.slice(q.end, Math.min(sentence.end, q.end + 40)) + " " + beforeTxt.slice(-30);
      const whatOf = (c: string) => /\bmemory\b/i.test(c) && !/bandwidth/i.test(c) ? "memory" : /bandwidth/i.test(c) ? "memory_bandwidth" : /efficien|per\s+watt|energy/i.test(c) ? "efficiency" : /transistor/i.test(c) ? "transistor" : "perf";
      // the words right after the multiple say what it measures ("twice the performance of")
      const right = text.slice(q.end, Math.min(sentence.end, q.end + 25));
      // "twice the performance per watt" is efficiency; "double the H100's 80 GB" is memory
      const what = /\bper\s+watt\b|\befficien/i.test(right) ? "efficiency" : /\b(?:performance|compute|faster|speed|throughput)\b/i.test(right) ? "perf" :
        /^[^.;,]{0,30}?\d\s?(?:TB\/s|GB\/s|TBps)/.test(right) ? "memory_bandwidth" : /^[^.;,]{0,30}?\d\s?(?:GB|TB)\b(?!\/)/.test(right) ? "memory" : whatOf(ctx);
      return { subject: s, property: `${what}_multiple_vs_${chipSlug(vs)}`, kind: "chip_spec", ...base };
    }
    case "pct": {
      const segB = (text.slice(Math.max(sentence.start, q.start - 70), q.start).split(/[;]|,\s|\band\s/).pop() ?? "");
      const segA = (text.slice(q.end, Math.min(sentence.end, q.end + 50)).split(/[;,.)]|\band\s|\bto\s+(?:retain|keep|win|gain)/)[0] ?? "");
      const seg = segB + " # " + segA;
      const wide = text.slice(Math.max(sentence.start, q.start - 70), Math.min(sentence.end, q.end + 50));
      const reduce = /\b(?:reduc\w*|lower\w*|cut\w*|less|sav\w*|drop\w*|decreas\w*|slash\w*|fewer)\b/i;
      if (reduce.test(seg) || (reduce.test(wide) && /\b(?:energy|power|costs?|rates?|prices?)\b/i.test(seg))) {
        if (/\b(?:rates?|prices?|pricing)\b/i.test(seg)) {
          if (!/\b(?:cut\w*|reduc\w*|lowered|lowers|lowering|slash\w*|drop\w*|decreas\w*)\b/i.test(wide)) return null;
          const c = subjectBefore(text, sentence.start, ents, q.start)?.name;
          return c ? { subject: c, property: "price_cut_pct", kind: "other", ...base } : null;
        }
        const s = chip();
        if (/\b(?:energy|power|electricity|watts?)\b/i.test(seg)) return s ? { subject: s, property: "energy_reduction_pct", kind: "chip_spec", ...base } : null;
        if (/\bcosts?\b/i.test(seg)) return s ? { subject: s, property: "cost_reduction_pct", kind: "chip_spec", ...base } : null;
      }
      // share price moves: "Broadcom shares jumped 9.9%", "Intel Up 24%", "Meta has declined by 1.7%"
      const move = /\b(?:up|down|jump\w*|surg\w*|soar\w*|ris(?:e|es|en|ing)|rose|gain\w*|climb\w*|rall\w*|spik\w*|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i;
      // "revenue of $1.4 billion, up 61% year on year": growth of a company figure, not a share move
      const yoy = /^\s*(?:[\w-]+\s+){0,2}?(?:year[\s-](?:on|over)[\s-]year|y\/?o\/?y|from\s+(?:a|the|one)\s+year\s+(?:earlier|ago|before)|from\s+last\s+year|from\s+(?:19|20)\d\d)\b/i.test(afterTxt);
      const figureWord = /\b(?:revenue|sales|income|earnings|profit|margin|bookings|backlog|users|customers|subscribers|headcount)\b/i;
      if (yoy || (figureWord.test(segB) || figureWord.test(text.slice(sentence.start, q.start))) && !/\b(?:shares?|stocks?)\b/i.test(text.slice(sentence.start, q.start))) {
        const revenue = /\b(?:revenue|sales)\b/i.test(text.slice(sentence.start, q.start)) && yoy;
        if (!revenue) return null;
        const s = possessiveBefore(text, ents, q.start, 60) ?? subjectBefore(text, sentence.start, ents, q.start);
        const name = s?.name ?? (ents.some(isCompany) ? undefined : topicCompany(st));
        return name ? { subject: name, property: "revenue_growth_pct_yoy", kind: "other", ...base } : null;
      }
      const stockCtx = /\b(?:shares?|stock|stocks)\b/i.test(sentence.text) || /^\s*(?:up|down)\s*$/i.test(segB.split(/\b[A-Z][\w.]*\b/).pop() ?? "");
      // "Nvidia fell 3.2%", "Kappa Networks, a small supplier, jumped 11%": a listed company's move in an article about shares
      const direct = /\b(?:shares?|stocks?)\b/i.test(text) ? [...ents.filter(isCompany)].reverse().find((e) => e.end <= q.start && DIRECT_MOVE.test(text.slice(e.end, q.start))) : undefined;
      if (direct && !/^\s+(?:of|in)\b/.test(afterTxt) && !/\b(?:revenue|sales|income|earnings|profit|margin|users|customers|headcount|workforce)\b/i.test(text.slice(direct.end, q.start))) {
        const down = /\b(?:down|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing)|shed\w*|retreat\w*|slipp?\w*)\b/i.test(text.slice(direct.end, q.start));
        return { subject: direct.name, property: "stock_change_pct", kind: "other", value: down ? -q.value : q.value, valueMax: null };
      }
      if (move.test(segB) && (stockCtx || /\b(?:shares?|stock)\b/i.test(wide) || /\b(?:Up|Down)\s+$/.test(beforeTxt))) {
        const comps = ents.filter(isCompany);
        const sharesOf = comps.find((e) => /\b(?:shares?|stock)\s+(?:in|of)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start)) && e.end <= q.start);
        const inSeg = [...comps].reverse().find((e) => e.end <= q.start && e.start >= q.start - segB.length);
        const near = inSeg ?? sharesOf ?? [...comps].reverse().find((e) => e.end <= q.start);
        const anaphor = /\b(?:the\s+stock|its\s+shares|the\s+shares|its\s+stock)\b/i.test(segB);
        const name = near?.name ?? (anaphor ? st.lastStock ?? st.recentCompanies.at(-1) : comps[0]?.name);
        if (!name) return null;
        const down = /\b(?:down|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i.test(segB);
        return { subject: name, property: "stock_change_pct", kind: "other", value: down ? -q.value : q.value, valueMax: null };
      }
      const isShare = /\bmarket\s+share\b|\bshare\s+of\s+the\b|\bfollowed\s+by\b|\bmarket\s+(?:leader|position)\b/i;
      if (/\bstake\b|\bownership\b|\bown(?:s|ing)?\b|\bequity\b|\bshareholder\b|\bequal\s+to\s+about\b/i.test(seg) && !isShare.test(seg)) {
        const comps = ents.filter(isCompany);
        const target = entityAfter(text, ents, q.end, "in|of", 40) ?? entityAfter(text, ents, Math.max(sentence.start, q.start - 50), "in|of", 30) ??
          comps.find((e) => /^\s*(?:['’]s\s+)?stake\b/i.test(text.slice(e.end, e.end + 10)));
        const investor = possessiveBefore(text, ents, q.start, 30) ?? subjectBefore(text, sentence.start, ents, q.start) ?? comps.find((e) => e.name !== target?.name);
        let inv = investor?.name ?? st.lastInvestor;
        if (inv === target?.name) inv = comps.find((e) => e.name !== target?.name)?.name ?? st.lastInvestor;
        const rec = target?.name ?? st.lastRecipient;
        if (!inv || !rec || asInvestor(inv) === rec) return null;
        return { subject: `${asInvestor(inv)} -> ${rec}`, property: "stake_pct", kind: "investment", ...base };
      }
      if (isShare.test(wide) || (/\bmarket\s+share\b/i.test(sentence.text) && /\bat\s*$/.test(beforeTxt))) {
        const atEnt = [...ents.filter(isCompany)].reverse().find((e) => e.end <= q.start && q.start - e.end < 12);
        const s = atEnt?.name ?? subjectBefore(text, sentence.start, ents, q.start)?.name;
        return s ? { subject: s, property: "market_share_pct", kind: "other", ...base } : null;
      }
      return null;
    }
    case "count": {
      if (q.detail === "transistors") {
        const s = chip();
        return s ? { subject: s, property: "transistor_count", kind: "chip_spec", ...base } : null;
      }
      if (q.detail === "cpus") {
        const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance"));
        return system ? { subject: system.name, property: "cpu_count", kind: "chip_spec", ...base } : null;
      }
      // a company's customers, users, employees: "<modifier>_<noun>_count" with the company as subject
      if (q.detail.startsWith("of:")) {
        const property = `${q.detail.slice(3).replace(/\s+/g, "_")}_count`;
        const comps = ents.filter(isCompany);
        const inClause = [...comps].reverse().find((e) => e.start >= clause.start && e.end <= q.start && !/\b(?:in|to|from|by|with|of|for|than|at|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 12), e.start)));
        const s = possessiveBefore(text, ents, q.start, 40) ?? inClause ?? subjectBefore(text, sentence.start, ents, q.start);
        const name = s?.name ?? (PRONOUN.test(text.slice(sentence.start, q.start)) ? topicCompany(st) : undefined);
        return name ? { subject: name, property, kind: "other", ...base } : null;
      }
      if (!/^(?:chips|gpus|tpus|accelerators|superchips|h100s|h200s|b200s|a100s|mi300xs|mi355xs)$/.test(q.detail)) return null;
      // the program, system or buyer the chips belong to
      const program = ents.find((e) => e.type === "company" && e.kind === "other" && /^(?:Project|Stargate)/.test(e.name));
      if (program) return { subject: program.name, property: "chip_count", kind: "other", ...base };
      const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance"));
      if (system) return { subject: systemLabel(text, system, st), property: "chip_count", kind: "chip_spec", ...base };
      // "Eight C5 chips sit in each C5 server": the server named after the chips holds them
      const holder = ents.find((e) => e.start >= q.end && /^[^.;,]{0,40}?\b(?:in|into|per)\s+(?:each|every|a|one|the)\s+$/i.test(text.slice(q.end, e.start)) && chipSystemPhrase(text, e));
      if (holder) return { subject: chipSystemPhrase(text, holder)!, property: "chip_count", kind: "chip_spec", ...base };
      const rack = /\b(?:rack|system)s?\b/i.test(sentence.text) ? rackSubject(text, sentence, q, ents, st) : undefined;
      if (rack) return { subject: rack, property: "chip_count", kind: "chip_spec", ...base };
      if (/\bper\s+pod\b/i.test(text.slice(q.end, q.end + 12))) {
        const c = chipSubject(text, sentence, q, ents, st);
        if (c) return { subject: `${c} pod`, property: "chip_count", kind: "chip_spec", ...base };
      }
      // "agreed to buy 50,000 accelerators from AMD": buyer -> vendor
      if (/\b(?:buy|buys|buying|bought|purchas\w*|order(?:s|ed|ing)?|acquir\w*)\b/i.test(text.slice(sentence.start, q.start))) {
        const order = orderSubject(text, sentence, q, ents, st);
        if (order) return { subject: order, property: "chip_count", kind: "investment", ...base };
      }
      const pair = dealPair(text, sentence, q, ents, st);
      if (pair) return { subject: pair, property: "chip_count", kind: "investment", ...base };
      return null;
    }
    default:
      return null;
  }
  return null;
}

