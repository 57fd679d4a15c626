/**
 * Percentages: energy and cost reductions of a chip, price cuts, share-price moves, revenue
 * growth, stakes and market shares.
 */
import { entityAfter, asInvestor, possessiveBefore, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { topicCompany } from "./coreference";
import type { UnitCtx, UnitResult } from "./count-claims";
import { comparatorChip } from "./chip-subjects";
import { chipSlug, predecessorOf } from "./entities";
import { FAMILY_BASELINE, FAMILY_FLAGSHIP } from "./registry";
import { metricPct } from "./pct-metrics";
import { memoryPartGain } from "./memory-parts";
import { pricePremium } from "./chip-premiums";
import { marketShare } from "./market-share";

/** "than the previous generation", "over its predecessor": the baseline is the chip's predecessor */
const PREDECESSOR_NAMED = /^\S+\s+(?:the\s+|its\s+|their\s+)?(?:previous|prior|last)\s+generation\b|^\S+\s+(?:its|their|the)\s+predecessors?\b/i;

/**
 * "78% more capacity", "50 percent higher performance than the H100", "beats the B200 by 40% on throughput":
 * a chip's gain over another chip (its predecessor when none is named). Undefined when the figure is not one.
 */
function chipIncrease(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents, st, chip } = c;
  // "Micron's HBM4 ... power efficiency more than 20% better than its own HBM3E" (lib/extract/memory-parts.ts)
  const part = memoryPartGain(text, sentence, q, ents) ?? pricePremium(text, sentence, q, ents);
  if (part) return { ...part, kind: "chip_spec", value: q.value, valueMax: q.valueMax };
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 40));
  // "82% faster than the H200", "11% ahead of the B200": a speed lead over a named chip
  const more = after.match(/^\s*(?:more|higher|greater|larger|faster|better)\s+(?:(?:memory|HBM|energy|power|FP\d+|BF16|INT\d+|dense|sparse|peak|AI)\s+){0,2}(capacity|memory|bandwidth|efficiency|performance\s+per\s+watt|performance|perf|throughput|compute)\b/i) ??
    // "67% more energy-efficient than v5e", "30 percent more power efficient"
    after.match(/^\s*(?:more|better)\s+(?:energy|power)?[\s-]?(efficien)t\b/i) ??
    after.match(/^\s*(?:faster\s+than|ahead\s+of)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*['’]s?\s+)?(?=[A-Z0-9])()/) ??
    nounGain(text.slice(q.end, Math.min(sentence.end, q.end + 90)), text.slice(Math.max(sentence.start, q.start - 50), q.start));
  // "the C5 beats the B200 by 40%": the chip before the verb gains over the one after it
  const bm = more ? null : text.slice(Math.max(sentence.start, q.start - 60), q.start).match(/\b(?:beats?|outperforms?|outpaces?|tops?)\s+(?:the\s+|an?\s+)?\S+\s+by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?$/i);
  if (!more && !bm) return risenFrom(c);
  const verbAt = bm ? q.start - bm[0].length : 0;
  const chipEnts = ents.filter((e) => e.type === "chip" && e.kind === "chip");
  // "50% more FP4 throughput than Blackwell": an architecture as the baseline is its flagship chip
  const fam = more && more[1] ? FAMILY_BASELINE.exec(after.slice(more[0].length)) : null;
  const family = fam ? FAMILY_FLAGSHIP[fam[1].replace(/\s+/g, " ")] : undefined;
  let s = bm ? chipEnts.filter((e) => e.end <= verbAt && verbAt - e.end < 4).at(-1)?.name : chip();
  // "the refresh brings 50% more throughput than Blackwell": a sentence naming no chip of its own
  // measures the chip the article is about against that chip's predecessor
  if (!s && family && st.lastChip && predecessorOf(st.lastChip) === family && !chipEnts.length) s = st.lastChip;
  if (!s || / (?:rack|server|node|pod|instance|system|cluster)$/i.test(s)) return undefined;
  // "higher perf over AMD's MI350 series": a baseline the article names but the extractor does not know is not the predecessor
  const named = after.match(/\b(?:than|over|vs\.?|versus|compared\s+(?:to|with)|ahead\s+of)\s/i);
  const namedAt = named ? q.end + named.index! : -1;
  const vs = bm ? chipEnts.find((e) => e.start >= verbAt && e.end <= q.start)?.name :
    family ?? (named && !PREDECESSOR_NAMED.test(text.slice(namedAt, namedAt + 40)) ? chipEnts.find((e) => e.start > namedAt && e.start - namedAt < 30 && e.name !== s)?.name : comparatorChip(text, sentence, q, ents, s, st));
  if (!vs || vs === s || vs === "predecessor") return undefined;
  const w = (more?.[1] || "perf").toLowerCase();
  const what = /^(?:capacity|memory)$/.test(w) ? "memory" : w === "bandwidth" ? (/\b(?:NVLink|interconnect|network\w*|I\/O|PCIe|Ethernet|scale[\s-](?:up|out)|fabric)\b/i.test(sentence.text) ? "bandwidth" : "memory_bandwidth") : /efficien|per\s+watt/.test(w) ? "efficiency" : "perf";
  return { subject: s, property: `${what}_increase_pct_vs_${chipSlug(vs)}`, kind: "chip_spec", value: q.value, valueMax: q.valueMax };
}

/** "a 40% jump over Trillium in performance per watt", "a 25% uplift in bandwidth versus the H200": a gain as a noun */
const NOUN_GAIN = /^\s*(?:jump|gain|increase|improvement|boost|uplift|bump|leap)\s+(?:in\s+(?:(?:memory|HBM\w*|energy|power|FP\d+|BF16|peak)\s+)?(capacity|memory|bandwidth|efficiency|performance\s+per\s+watt|performance|throughput|compute)\s+)?(?=(?:over|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+|its\s+)?[A-Z0-9])/i;
const GAIN_METRIC = /^(?:over|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+|its\s+)?(?:[A-Z][\w.-]*\s?){1,3}\s*(?:in|on|for)\s+(?:(?:memory|HBM\w*|energy|power|FP\d+|BF16|peak)\s+)?(capacity|memory|bandwidth|efficiency|performance\s+per\s+watt|performance|throughput|compute)\b/i;

function nounGain(after: string, before: string): RegExpMatchArray | null {
  const m = after.match(NOUN_GAIN);
  // "the price saw a 20% increase over the A100": a price, a cost or a sale figure is no chip gain
  if (!m || /\b(?:pric\w*|costs?|revenue|sales|shares?|stock|valuation|spend\w*|capex)\b/i.test(before)) return null;
  if (m[1]) return m;
  // the metric after the baseline ("over Trillium in performance per watt"); a gain naming none is in performance
  const metric = after.slice(m[0].length).match(GAIN_METRIC)?.[1];
  const out = [m[0], metric ?? "performance"] as unknown as RegExpMatchArray;
  out.index = 0;
  return out;
}

/** "Memory goes up from 288GB on the MI355X, an increase of over 60%": a metric risen from another chip's figure */
const RISEN_FROM = /\b(memory|HBM\w*|capacity|bandwidth|performance|throughput|compute)\s+(?:[\w-]+\s+)?(?:goes|went|rises|rose|climbs|climbed|grows|grew|jumps|jumped|is|was)\s+up\s+from\s+[^,;]{1,30}?\b(?:on|in|for|of)\s+(?:the\s+|an?\s+)?$/i;
const INCREASE_OF = /,\s+(?:an?\s+)?(?:increase|rise|jump|gain|improvement|boost|uplift)\s+of\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i;

function risenFrom(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents, st } = c;
  const lead = text.slice(sentence.start, q.start);
  const inc = INCREASE_OF.exec(lead);
  if (!inc) return undefined;
  const base = [...ents].reverse().find((e) => e.type === "chip" && e.kind === "chip" && e.end <= sentence.start + inc.index);
  const m = base && RISEN_FROM.exec(text.slice(sentence.start, base.start));
  if (!base || !m || !/^\s*$/.test(text.slice(base.end, sentence.start + inc.index)) || !st.lastChip || st.lastChip === base.name) return undefined;
  const w = m[1].toLowerCase();
  const what = w === "bandwidth" ? "memory_bandwidth" : /^(?:memory|hbm\w*|capacity)$/.test(w) ? "memory" : "perf";
  return { subject: st.lastChip, property: `${what}_increase_pct_vs_${chipSlug(base.name)}`, kind: "chip_spec", value: q.value, valueMax: q.valueMax };
}

/** "versus GPU-based alternatives", "compared with comparable GPU instances": a chip's saving measured against GPUs */
const GPU_BASELINE = /^\s*(?:(?:in|on)\s+[\w\s-]{0,30}?)?(?:versus|vs\.?|compared\s+(?:to|with)|than|over|relative\s+to)\s+(?:(?:comparable|equivalent|similar|current|other|traditional|rival)\s+)?(?:GPU(?:[\s-]based)?\s+(?:alternatives|instances|systems|servers|clusters|options)|GPUs)\b/i;

/** "... even as AI chip sales jump ": a company figure, not the shares, is the subject of the move verb right before the figure */
const SALES_MOVE = /\b(?:revenue|revenues|sales|income|earnings|profit|bookings|backlog|orders|shipments)\s+(?:(?:have|has|had)\s+)?(?:jump\w*|surg\w*|soar\w*|ris(?:e|es|en|ing)|rose|gain\w*|climb\w*|grow\w*|grew|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;

/** "• AMD (+", "Nvidia (−": a bulleted or line-opening company, then a signed figure in brackets */
const WRAP_MOVE = /^((?:[•*·–-]\s*)?)[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s*\(\s*([+−–-])$/;

/** The words between a company and its share move: an optional apposition, then the verb. */
const DIRECT_MOVE = /^(?:\s*,\s*(?:a|an|the)\s[^,;.%]{1,60},)?\s+(?:shares\s+)?(?:(?:closed|ended|finished|traded)\s+)?(?:rose|fell|jumped|dropped|lost|gained|climbed|slid|sank|surged|soared|tumbled|plunged|slumped|declined|rallied|advanced|retreated|slipped|added|shed|popped|leapt|leaped|rocketed|skyrocketed|spiked|sagged|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|as\s+much\s+as\s+)?$/i;

/** "holds a stake of roughly ", "owns a 7% stake": the words between a stake's holder and its figure */
const HOLDS_STAKE = /^\s+(?:(?:now|also|still|already|reportedly)\s+)?(?:holds|owns|has|took|takes|acquired|bought)\s+(?:a|an)\s+(?:[\w-]+\s+)?stake\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+)?$/i;

export function pctClaim(c: UnitCtx): UnitResult {
  const { text, sentence, q, ents, st, chip, beforeTxt, afterTxt } = c;
  const base = { value: q.value, valueMax: q.valueMax };
  const segB = (text.slice(Math.max(sentence.start, q.start - 70), q.start).split(/[;]|,\s|\band\s/).pop() ?? "");
  const segA = (text.slice(q.end, Math.min(sentence.end, q.end + 50)).split(/[;,.)]|\band\s|\bto\s+(?:retain|keep|win|gain)/)[0] ?? "");
  const seg = segB + " # " + segA;
  const wide = text.slice(Math.max(sentence.start, q.start - 70), Math.min(sentence.end, q.end + 50));
  // "SK Hynix held 62% of the HBM market" (lib/extract/market-share.ts)
  const share = marketShare(c);
  if (share !== undefined) return share;
  const more = chipIncrease(c);
  if (more !== undefined) return more;
  const metric = metricPct(c);
  if (metric !== undefined) return metric;
  const reduce = /\b(?:reduc\w*|lower\w*|cut\w*|less|sav\w*|drop\w*|decreas\w*|slash\w*|fewer|cheaper)\b/i;
  if (reduce.test(seg) || (reduce.test(wide) && /\b(?:energy|power|costs?|rates?|prices?)\b/i.test(seg))) {
    // "30 percent cheaper per token than a B200": a chip's cost advantage
    if (/^\s*(?:cheaper\b|(?:less|lower)\s+(?:cost\s+)?per\s+(?:token|query|request|inference|answer)\b)/i.test(segA)) {
      const s = chip();
      return s ? { subject: s, property: "cost_reduction_pct", kind: "chip_spec", ...base } : null;
    }
    if (/\b(?:rates?|prices?|pricing)\b/i.test(seg)) {
      if (!/\b(?:cut\w*|reduc\w*|lowered|lowers|lowering|slash\w*|drop\w*|decreas\w*)\b/i.test(wide)) return null;
      const c = subjectBefore(text, sentence.start, ents, q.start)?.name;
      return c ? { subject: c, property: "price_cut_pct", kind: "other", ...base } : null;
    }
    // "customers can cut costs by up to 50% versus GPU-based alternatives": the chip the article is about, against GPUs
    const s = chip() ?? (!ents.some((e) => e.type === "chip") && GPU_BASELINE.test(afterTxt) ? st.lastChip : undefined);
    if (/\b(?:energy|power|electricity|watts?)\b/i.test(seg)) return s ? { subject: s, property: "energy_reduction_pct", kind: "chip_spec", ...base } : null;
    if (/\bcosts?\b|\bcheaper\b/i.test(seg)) return s ? { subject: s, property: "cost_reduction_pct", kind: "chip_spec", ...base } : null;
  }
  // share price moves: "Broadcom shares jumped 9.9%", "Intel Up 24%", "Meta has declined by 1.7%"
  const move = /\b(?:up|down|jump\w*|surg\w*|soar\w*|ris(?:e|es|en|ing)|rose|gain\w*|climb\w*|rall\w*|spik\w*|fell|fall\w*|drop\w*|declin\w*|slid|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i;
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
  // "shares slip even as AI chip sales jump 74%": the move's own noun is the figure's, not the shares
  if (SALES_MOVE.test(segB)) return null;
  // "Intel Up 24%" is a share move; "shipped 3 million GPUs last year, up 200%" is the growth of the figure before it
  const growthOfFigure = /\d[^,;]*,\s*(?:up|down)\s*$/i.test(text.slice(sentence.start, q.start));
  const stockCtx = /\b(?:shares?|stock|stocks)\b/i.test(sentence.text) || (!growthOfFigure && /^\s*(?:up|down)\s*$/i.test(segB.split(/\b[A-Z][\w.]*\b/).pop() ?? ""));
  // "Nvidia fell 3.2%", "Kappa Networks, a small supplier, jumped 11%": a listed company's move in an article about shares
  // "• AMD (+6.3%, to $241.18)", "Nvidia (−2.1%)": a market wrap's signed move in brackets after the company that opens the line
  const wrap = WRAP_MOVE.exec(text.slice(sentence.start, q.start));
  if (wrap && /^[^()\n]{0,40}\)\s*(?:[.:;—–-]|\n|$)/.test(text.slice(q.end, q.end + 48)) && /\b(?:shares?|stocks?)\b/i.test(text)) {
    const co = ents.find((e) => isCompany(e) && e.start === sentence.start + wrap[1].length);
    if (co && co.end === sentence.start + wrap[1].length + co.end - co.start && /^\s*\(\s*[+−–-]$/.test(text.slice(co.end, q.start)))
      return { subject: co.name, property: "stock_change_pct", kind: "other", value: wrap[2] === "+" ? q.value : -q.value, valueMax: null };
  }
  const direct = /\b(?:shares?|stocks?)\b/i.test(text) ? [...ents.filter(isCompany)].reverse().find((e) => e.end <= q.start && DIRECT_MOVE.test(text.slice(e.end, q.start))) : undefined;
  if (direct && !/^\s+(?:of|in)\b/.test(afterTxt) && !/\b(?:revenue|sales|income|earnings|profit|margin|users|customers|headcount|workforce)\b/i.test(text.slice(direct.end, q.start))) {
    const down = /\b(?:down|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing)|shed\w*|retreat\w*|slipp?\w*)\b/i.test(text.slice(direct.end, q.start));
    return { subject: direct.name, property: "stock_change_pct", kind: "other", value: down ? -q.value : q.value, valueMax: null };
  }
  // "Shares of X closed 2.8% higher": the direction after the figure
  // only where the clause itself names the shares ("Shares of X closed", "X's stock ended"), not an index's close
  const moveAfter = /^\s*(?:higher|lower)\b(?!\s+than)/i.test(afterTxt) && /\b(?:shares?|stock)\b[^,;]*\b(?:closed|ended|finished|traded|opened)\s+(?:(?:about|nearly|roughly|almost)\s+)?$/i.test(segB) && !/\b(?:index|indices|Nasdaq|S&P|Dow|Nikkei|Kospi|Sensex|Nifty|FTSE|DAX)\b/i.test(text.slice(sentence.start, q.end));
  if ((move.test(segB) || moveAfter) && (stockCtx || /\b(?:shares?|stock)\b/i.test(wide) || /\b(?:Up|Down)\s+$/.test(beforeTxt))) {
    const comps = ents.filter(isCompany);
    const sharesOf = comps.find((e) => /\b(?:shares?|stock)\s+(?:in|of)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start)) && e.end <= q.start);
    const inSeg = [...comps].reverse().find((e) => e.end <= q.start && e.start >= q.start - segB.length);
    const near = inSeg ?? sharesOf ?? [...comps].reverse().find((e) => e.end <= q.start);
    const anaphor = /\b(?:the\s+stock|its\s+shares|the\s+shares|its\s+stock)\b/i.test(segB) || /^\s*(?:[-•*·]\s*)?Shares\s+(?!of\b)/.test(text.slice(sentence.start, q.start));
    // a company named only after the figure ("X shares jumped 12%, while Y shares fell 2%") is another clause's
    const later = comps[0] && !/[,;]|\b(?:while|whereas|but)\b/.test(text.slice(q.end, comps[0].start)) ? comps[0].name : undefined;
    // "X signed a deal with Y, sending its shares up 14%", "Its shares fell 3%": the sentence's subject, else the previous sentence's
    const its = /\bits\s+(?:shares|stock)\b/i.test(segB) && !inSeg && !sharesOf;
    const own = its ? subjectBefore(text, sentence.start, ents, q.start)?.name ?? (comps.some((e) => e.end <= q.start) ? undefined : st.prevSubject?.sentence === sentence.index - 1 ? st.prevSubject.name : st.lastStock) : undefined;
    if (its && !own) return null;
    // "Broadcom's AI revenue hit $8.2bn. The stock still slid 11%": the company the previous sentence was about,
    // before the last share move the article gave (which may be another company's, paragraphs earlier)
    const prevCompany = st.prevSubject?.sentence === sentence.index - 1 && st.recentCompanies.includes(st.prevSubject.name) ? st.prevSubject.name : undefined;
    const name = own ?? near?.name ?? (anaphor ? prevCompany ?? st.lastStock ?? st.recentCompanies.at(-1) : later);
    if (!name) return null;
    // "X shares fell 3% while Y stock rose 2.7%": the direction of the figure's own clause
    const down = /\b(?:down|fell|fall\w*|drop\w*|declin\w*|slid|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i.test(segB.split(/\b(?:while|whereas|but|even\s+as)\s/i).pop()!) || (moveAfter && /^\s*lower\b/i.test(afterTxt));
    return { subject: name, property: "stock_change_pct", kind: "other", value: down ? -q.value : q.value, valueMax: null };
  }
  const isShare = /\bmarket\s+share\b|\bshare\s+of\s+the\b|\bfollowed\s+by\b|\bmarket\s+(?:leader|position)\b/i;
  if (/\bstake\b|\bownership\b|\bown(?:s|ing)?\b|\bequity\b|\bshareholder\b|\bequal\s+to\s+about\b/i.test(seg) && !isShare.test(seg)) {
    const comps = ents.filter(isCompany);
    const target = entityAfter(text, ents, q.end, "in|of", 40) ?? entityAfter(text, ents, Math.max(sentence.start, q.start - 50), "in|of", 30) ??
      comps.find((e) => /^\s*(?:['’]s\s+)?stake\b/i.test(text.slice(e.end, e.end + 10)));
    // "CoreWeave, in which Nvidia holds a stake of roughly 7%": the holder is the name before the verb, the held company the head of "in which"
    const holder = [...comps].reverse().find((e) => e.end <= q.start && HOLDS_STAKE.test(text.slice(e.end, q.start)));
    const held = holder && [...comps].reverse().find((e) => e.end <= holder.start && /^\s*,?\s*in\s+which\s+$/i.test(text.slice(e.end, holder.start)));
    const investor = holder ?? possessiveBefore(text, ents, q.start, 30) ?? subjectBefore(text, sentence.start, ents, q.start) ?? comps.find((e) => e.name !== target?.name);
    if (holder && !held && !target) return null;
    let inv = investor?.name ?? st.lastInvestor;
    if (held) return asInvestor(holder.name) === held.name ? null : { subject: `${asInvestor(holder.name)} -> ${held.name}`, property: "stake_pct", kind: "investment", ...base };
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

/**
 * "revenue grows roughly tenfold by 2030", "enterprise revenue up more than 7x year-over-year": a company's
 * revenue growth as a multiple. Undefined when the figure is not one.
 */
export function revenueMultiple(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents, st, afterTxt } = c;
  const m = text.slice(Math.max(sentence.start, q.start - 60), q.start).match(/\b(?:(enterprise|consumer|cloud|subscription)\s+)?revenues?\s+(?:has\s+|have\s+|will\s+|would\s+|could\s+)?(?:grows?|grew|grown|growing|rose|risen|rises|up|increased?|jumped|surged|expands?|expanded)\s+(?:by\s+)?(?:roughly\s+|about\s+|more\s+than\s+|nearly\s+|over\s+|almost\s+)?$/i);
  if (!m) return undefined;
  const s = possessiveBefore(text, ents, q.start, 80) ?? subjectBefore(text, sentence.start, ents, q.start);
  const name = s?.name ?? (ents.some(isCompany) ? undefined : topicCompany(st));
  if (!name) return null;
  const yoy = /^[^.;]{0,30}?\b(?:year[\s-](?:on|over)[\s-]year|y\/?o\/?y|a\s+year|in\s+each\s+of\s+the\s+(?:past|last))\b/i.test(afterTxt);
  return { subject: name, property: `${m[1] ? `${m[1].toLowerCase()}_` : ""}revenue_growth_multiple${yoy ? "_yoy" : ""}`, kind: "other", value: q.value, valueMax: q.valueMax };
}
