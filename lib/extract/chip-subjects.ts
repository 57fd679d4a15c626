/**
 * Which chip or system a spec figure describes: the chip named next to it, a possessive, the
 * chip of an anaphor ("the chip", "each accelerator", "the new part"), a rack or system, and the
 * chip a multiple is measured against ("its predecessor").
 */
import { predecessorOf, resolveChip, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import { previousSentence, type Sentence } from "./sentences";
import { isChip, type State } from "./state";
import { CLOUD_PARENTS, FAMILY_FLAGSHIP } from "./registry";
import { parenPairChip, vsPairChip } from "./chip-comparisons";
import { chipSystemPhrase } from "./system-subjects";
import { respectively, unitsOf } from "./chip-lists";
import { specLabelLine } from "./chip-speclines";

const CHIP_ANAPHOR = /\b(?:it|its|(?:these|those|the)\s+(?:chips|gpus|accelerators|parts|processors)|the\s+(?:chip|gpu|tpu|accelerator|part|processor|architecture|system|die|package|superchip|server|card)|each\s+(?:[A-Z][\w-]*\s+){0,2}?(?:chip|die|gpu|accelerator|processor|card)|(?:the\s+two|both|its\s+two)\s+dies|per\s+(?:chip|gpu|die|accelerator|card)|the\s+new\s+(?:chip|part|accelerator|processor|gpu|system|rack))\b/i;

/** ", due in 2026, is expected to pair the same ": a chip's own verb, after at most one aside, up to its figure. */
const LATER_CLAUSE_VERB = /^(?:\s*,[^,;:]{1,50},)?\s+(?:is|was|will|would|should|could|has|had|carries|packs|pairs|offers|gets|brings|adds|doubles|moves)\b[^,;:]{0,50}$/;

/** "announced it", "rates it", "first showed it": verbs whose object "it" is a product. */
const PRODUCT_VERB = /\b(?:announced|unveiled|launched|introduced|debuted|previewed|showed|showcased|detailed|rates|rated|lists|listed|quotes|quoted|specs|specced|ships|shipped|positions|positioned|markets|marketed|pitches|pitched)\s+(?:first\s+|originally\s+|initially\s+)?$/i;
/** What follows such an object "it": a place, a time or a feature, not a verb of its own ("announced it would"). */
const OBJECT_AFTER = /^(?:\s+(?:at|in|on|with|as|back|last|this|earlier|first|originally|initially)\b|\s*[,.;:])/i;

const NEW_CHIP_LEAD = /^\s*(?:(?:the|its|our)\s+)?new\s+(?:[\w.-]+\s+)?(?:chip|part|accelerator|processor|gpu)\b/i;
const SPEC_LEAD = /^\s*(?:(?:FP\d+|BF16|TF32|INT\d+|peak|dense|sparse|total|memory|HBM\w*|board|chip|package)\s+)*(?:throughput|performance|compute|bandwidth|memory|capacity|power\s+draw|power|TDP)\s+(?:is|was|reaches|reached|hits|tops|comes\s+to|stands\s+at|(?:rises|climbs|jumps|grows|increases|goes\s+up)\s+to|(?:is|was)\s+(?:given|quoted|listed|put|rated|specified)\s+(?:as|at))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?$/i;
/** "Against a Trn2 UltraServer, ...", "Compared with the H100, ...": a sentence that opens with its baseline */
const BASELINE_LEAD = /^\s*(?:Against|Versus|Vs\.?|Compared\s+(?:to|with)|Relative\s+to|Measured\s+against|Next\s+to)\s+(?:the\s+|an?\s+|its\s+)?$/i;
const DEMONSTRATIVE_LEAD = /^\s*(?:That|This)\s+(?:works\s+out|translates|amounts|adds\s+up|comes\s+out|gives|means)\b/;
/** "With ", "Packing roughly ": a sentence that opens with the figure, before the chip it describes */
const LEAD_FIGURE = /^\s*(?:With|At|Packing|Boasting|Carrying|Offering)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/;
/** " transistors, the " / " of HBM3E, AMD's new ": the rest of the leading phrase, then the chip heading the clause */
const HEADED_BY = /^[^,;.]{0,40},\s+(?:the\s+|[A-Z][\w.&-]*['’]s\s+)?(?:new\s+|latest\s+|flagship\s+)?$/;
/** "All of this comes at a cost: board power climbs to 2,300 watts": the clause after a colon leads with the spec */
const afterColon = (head: string) => head.slice(head.lastIndexOf(":") + 1);

export function chipSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  const chips = ents.filter(isChip).filter((e) => !/\b\d[\d,.]*\s+(?:[a-z-]+\s+)?$/.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) || e.start === q.end + 1);
  // "Maia 200" where the registry knows "Maia 100": a name followed by a model number it does not carry is another chip
  if (chips.some((e) => otherModel(text, e))) return undefined;
  // "The X and Y offer 3.35 TB/s and 4.8 TB/s, respectively": the figures pair with the chips in order
  // "the B300 ... and targets 2027 for a 3nm successor with 384 GB": a successor the sentence does not name
  const lastChipBefore = [...chips].reverse().find((e) => e.end <= q.start);
  const SUCC = /\b(?:successor|follow-?on|next[\s-]generation\s+(?:chip|part|accelerator|gpu|version)|next\s+chip)\b/i;
  if (lastChipBefore && (SUCC.test(text.slice(lastChipBefore.end, q.start).split(/[;]|,(?=\s)/).pop()!) || /^[\s-]*(?:[\w-]+\s+)?(?:successor|follow-?on)\b/i.test(text.slice(q.end, q.end + 30)))) return undefined;
  const paired = parenPairChip(text, sentence, q, chips);
  if (paired) return paired;
  const resp = respectively(text, sentence, q, chips);
  if (resp !== null) return resp || undefined;
  // "twice Trainium2's throughput": a chip's possessive right after a multiple is its baseline
  const direct = chips.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start)) && !(q.unit === "multiple" && e.possessive));
  if (direct) return direct.name;
  const systems = chips.filter((e) => e.kind !== "chip" && e.end <= q.start);
  // "2.5 petaflops and 144 GB for one Trainium3": a figure for a single chip named after it
  const single = chips.find((e) => e.kind === "chip" && e.start >= q.end && /^[^.;]{0,60}?\b(?:for|per|on|in)\s+(?:one|each|every|a\s+single)\s+$/i.test(text.slice(q.end, e.start)));
  if (single) return single.name;
  // "TPU v7 pods scale to 9,216 chips, while each chip offers 4,614 teraflops": a per-chip figure after a
  // system is not the system's
  const lastSys = systems[systems.length - 1];
  if (lastSys && /[,;]\s*(?:(?:and|while|but|whereas)\s+)?(?:each|every|one|a\s+single)\s+(?:chip|gpu|accelerator|processor|card)\b[^,;]*$/i.test(text.slice(lastSys.end, q.start))) return undefined;
  if (q.unit === "tflops" && systems.length) return systems[systems.length - 1].name;
  // "5.3 TB/s vs 3.35 TB/s on the H100": a comparison word starts the other chip's figure
  const sameClauseGap = (a: number, b: number) => !/[,;:]|\b(?:and|while|but|whereas|vs\.?|versus|compared\s+(?:to|with))(?![\w])/.test(text.slice(a, b));
  // "H100's 1.23 Tflop/s", "the H100's memory bandwidth is 900 GB/s"
  // "up from Trainium2's 96 GB and 1.3 petaflops": figures listed after a possessive are all its own
  const FIG_LIST = /^['’]s?\s+(?:[~\d.,]+\s*(?:GB|TB|TB\/s|GB\/s|W|watts|petaflops|teraflops|exaflops|PFLOPS|TFLOPS|PF|TF|nm)(?:\s+of\s+[\w-]+)?(?:\s*,\s*|\s*,?\s+and\s+))+$/i;
  const poss = [...chips].reverse().find((e) => e.possessive && e.end <= q.start && q.start - e.end < 45 && (sameClauseGap(e.end + 2, q.start) || FIG_LIST.test(text.slice(e.end, q.start))));
  if (poss) return poss.name;
  const isComparator = (e: EntityMention) => /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|against|matches|matching|match|comparable\s+to|like|of)\s*(?:the\s+|an?\s+)?(?:Nvidia['’]?s?\s+|AMD['’]?s?\s+|Google['’]?s?\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) ||
    // "six times Trillium's HBM", "twice the H100's bandwidth": the chip a multiple is measured against
    (e.possessive && /(?:\b(?:times|twice|double|triple|quadruple|half)|\d(?:\.\d+)?\s?[x×])\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 24), e.start))) ||
    // "its predecessor, the X2": the older chip named in apposition is the baseline
    (/\b(?:predecessors?|previous\s+generation|prior\s+generation|older\s+sibling)\s*,?\s*(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)) &&
      // "Its predecessor, the C4, offered 1.6 petaflops": the apposition heads the sentence, so it is the subject
      !(/^\s*(?:its|their|the)\s+(?:predecessors?|previous\s+generation|prior\s+generation|older\s+sibling)\s*,\s*(?:the\s+)?$/i.test(text.slice(sentence.start, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 2)) && e.end <= q.start));
  const before = chips.filter((e) => e.end <= q.start && !isComparator(e));
  // "on the MI355X", "per Trainium v5 chip"
  // "on the MI355X", "per Trainium v5 chip"; not "up from the H100's 3.35 TB/s", which is the H100's own figure
  const after = chips.find((e) => e.start >= q.end && !e.possessive && /^[^.;]{0,120}?\b(?:on|for|of|in|from|per)\s+(?:the\s+|an?\s+|each\s+|its\s+)?(?:\w+['’]s\s+|[\w-]+\s+){0,2}$/i.test(text.slice(q.end, e.start)) && !/\b(?:than|vs|versus|compared|ahead|behind|(?:up|down|rising|falling)\s+from)\b|,\s+(?:and|but|while|whereas)\s/i.test(text.slice(q.end, e.start)));
  // "more than an H100, which is a 700-watt part": the figure of a relative clause is its antecedent's
  const rel = [...chips].reverse().find((e) => e.end <= q.start && /^\s*,\s*(?:which|whose)\s+(?:is|was|has|had|draws|drew|uses|used|offers|offered|delivers|delivered|provides|provided|carries|carried|packs|packed|reaches|reached|peaks\s+at|tops\s+out\s+at|is\s+rated\s+(?:at|for))\s+(?:an?\s+|about\s+|around\s+|roughly\s+|up\s+to\s+)?$/i.test(text.slice(e.end, q.start)));
  if (rel) return rel.name;
  const near = [...before].reverse().find((e) => sameClauseGap(e.end, q.start));
  if (near) return near.name;
  // "twice the bandwidth of the Q6": a chip after a multiple is its baseline, not its subject
  if (after && q.unit !== "multiple") return after.name;
  // "..., yet Marlow says it delivers 2.4 times ...": the vendor of the chip spoken of, saying "it" in the figure's own clause
  const says = text.slice(Math.max(sentence.start, q.start - 60), q.start).match(/(?:^|[,;]\s*(?:yet|but|and|while)?\s*)([A-Z][\w-]+)\s+(?:says|said|claims|claimed)\s+(?:that\s+)?it\s+(?:[a-z]+\s+){1,2}(?:about\s+|roughly\s+|around\s+)?$/);
  if (says && st.lastChip && st.lastChip.split(" ")[0] === says[1]) return st.lastChip;
  // the first chip of the sentence, unless the figure sits in another chip's clause ("X draws 700 W, while
  // Y needs 750 W and Vendor's Z tops out at 900 W": the 900 W is not X's)
  // "H100 vs H200: 80 GB vs 141 GB": the figure after "vs" is the second chip's, or no chip's
  const vs = before[0] ? vsPairChip(text, sentence, q, chips, before[0].name) : null;
  if (vs !== null) return vs;
  if (before[0]) {
    // unless the last chip's own clause already gave a figure in this unit ("X draws 700 W, while Y needs
    // 750 W and Vendor's Z tops out at 900 W": the 900 W is neither X's nor Y's)
    const last = before[before.length - 1];
    if (last.name !== before[0].name && unitsOf(text.slice(last.end, q.start)).some((u) => u.unit === q.unit)) return undefined;
    // "the H100 uses less than the B200's 1,000 W, but the MI300X, at 750 W, sits in between": a figure in a
    // later clause that names another chip is not the first chip's
    // "X carries 288 GB, and Rubin, due in 2026, is expected to pair the same 288 GB with HBM4": the later
    // clause's own chip, when nothing but an aside and its verb stand between them
    if (last.name !== before[0].name && /[,;]\s*(?:and|but|while|whereas|yet)\s+(?:the\s+|an?\s+|[A-Z][\w-]*['’]s?\s+)*$/.test(text.slice(before[0].end, last.start)))
      return last.kind === "chip" && LATER_CLAUSE_VERB.test(text.slice(last.end, q.start)) ? last.name : undefined;
    return before[0].name;
  }
  const ana = CHIP_ANAPHOR.exec(text.slice(sentence.start, q.start));
  if (ana) {
    // "Ampere says its tools cut costs": a bare "it"/"its" after a company in the sentence is the company's
    const at = sentence.start + ana.index;
    // "Each Blackwell GPU die": a family word inside the anaphor, never a company's ("each AMD GPU")
    if (ents.some((e) => e.type === "company" && e.start >= at && e.end <= at + ana[0].length)) return undefined;
    // "Each Hopper GPU" while the article speaks of the B200: another generation's chip
    const fam = ana[0].match(/^each\s+([A-Z][\w-]*)/i)?.[1];
    const flagship = fam ? FAMILY_FLAGSHIP[fam] : undefined;
    if (flagship && st.lastChip && flagship !== st.lastChip && predecessorOf(st.lastChip) !== flagship) return undefined;
    const chipWordAfter = /^\s+(?:(?:[\w-]+\s+)?(?:predecessors?|successors?|memory|bandwidth|power|performance|compute|dies?|chips?|HBM\w*|throughput|efficiency|transistors?|clock|cores?))\b/i.test(text.slice(at + ana[0].length, at + ana[0].length + 30));
    // but "Quillon says it delivers 2.4 times the performance per watt": the vendor of the chip spoken of says it of the chip
    const vendorSays = (e: EntityMention) => !!st.lastChip && (st.lastChip.split(" ")[0] === e.name.split(" ")[0] || isVendor(e.name, st.lastChip)) && /^\s+(?:says|said|claims|claimed|reckons|argues)\s*$/i.test(text.slice(e.end, at));
    // but "AMD first announced it at Computex with 288 GB": "it" as the object of a product verb is the chip
    const productObject = /^it$/i.test(ana[0]) && PRODUCT_VERB.test(text.slice(Math.max(sentence.start, at - 20), at)) && OBJECT_AFTER.test(text.slice(at + 2, at + 14));
    if (/^it/i.test(ana[0]) && !chipWordAfter && !productObject && ents.some((e) => e.type === "company" && e.end <= at && !vendorSays(e))) return undefined;
    // "its laptop has 32 GB": "its" before a noun that is not part of a chip speaks of something else
    if (/^its$/i.test(ana[0]) && !chipWordAfter && !/^\s+(?:~|about\s+|around\s+|roughly\s+|up\s+to\s+)?\d/i.test(text.slice(at + 3, at + 20))) return undefined;
    return st.lastChip;
  }
  // "New 3nm chip pairs 256 GB", "BF16 throughput reaches 2,450 TFLOPS": a sentence about an unnamed chip
  // or a bare spec, naming nothing else, is about the chip the article is talking about
  if (!before.length && !ents.some((e) => e.start >= sentence.start && e.end <= q.start) && (NEW_CHIP_LEAD.test(text.slice(sentence.start, sentence.end)) || (!ents.length && (SPEC_LEAD.test(afterColon(text.slice(sentence.start, q.start))) || specLabelLine(text.slice(sentence.start, q.start)))))) return st.lastChip;
  // "about 1,250 W per accelerator": a per-chip figure of the chip the article is about
  // "quotes 720 petaflops of FP4 for the chip"; "At 1,200 W, it is no sipper": an anaphor right after the figure
  if (!before.length && /^[^,;.]{0,30}?\b(?:per|for\s+the|for\s+each)\s+(?:chip|gpu|accelerator|card|device)\b/i.test(text.slice(q.end, sentence.end))) return st.lastChip;
  if (!before.length && /^\s*(?:At|With)\s+$/.test(text.slice(sentence.start, q.start)) && /^\s*,\s*(?:it|the\s+(?:chip|part|accelerator|gpu))\s+(?:is|has|needs|draws|runs|was)\b/i.test(text.slice(q.end, q.end + 30))) return st.lastChip;
  // "With 185 billion transistors, the MI355X is ...": a leading figure whose clause the named chip then heads
  const headed = !before.length && LEAD_FIGURE.test(text.slice(sentence.start, q.start)) ? chips.find((e) => e.start >= q.end && HEADED_BY.test(text.slice(q.end, e.start))) : undefined;
  if (headed && !headed.possessive) return headed.name;
  // "2.6 times the throughput of its predecessor": "its" is the chip the article is about
  // "40% better energy efficiency than the previous generation": likewise
  if (!before.length && /\b(?:its|their)\s+predecessors?\b|^[^.;,]{0,60}\bthan\s+the\s+(?:previous|prior|last)\s+generation\b/i.test(text.slice(q.end, sentence.end))) return st.lastChip;
  // "Against an H100, we're at about three times the throughput", "we come in 30 percent cheaper than a
  // B200": a figure the speaker measures against another chip is the chip the article is about
  if (!before.length && chips.some(isComparator) && /\b(?:we|we['’]re|it|it['’]s|our|ours)\b/i.test(text.slice(sentence.start, q.start))) {
    // "we" is the speaker's company, whose chip the article is about; "it" is the chip last spoken of
    const we = /\b(?:we|we['’]re|our|ours)\b/i.test(text.slice(sentence.start, q.start));
    const own = (we ? [topicChip(text, st), st.lastChip] : [st.lastChip, topicChip(text, st)]).find((c) => c && chips.every((e) => e.name !== c));
    if (own) return own;
  }
  // "AMD's own benchmarks claim up to 1.4x the H200's throughput": the vendor of the chip spoken of measures
  // it against the chip named after the multiple
  if (q.unit === "multiple" && !before.length && st.lastChip && chips.length && chips.every((e) => e.start >= q.end && e.name !== st.lastChip) &&
      ents.some((e) => e.type === "company" && e.end <= q.start && isVendor(e.name, st.lastChip!))) return st.lastChip;
  // "Against a Trn2 UltraServer, AWS says that's 4.4x more compute": a baseline leading the sentence; the figure is the
  // system (or chip) last spoken of
  const lead = !before.length && chips.length ? BASELINE_LEAD.exec(text.slice(sentence.start, chips[0].start)) : null;
  if (lead && chips.every((e) => e.name === chips[0].name) && /^\s*,/.test(text.slice(chips[0].end, chips[0].end + 2))) {
    const own = chips[0].kind === "chip" && !chipSystemPhrase(text, chips[0]) ? st.lastChip : st.lastSystem;
    if (own && own !== chips[0].name && own !== chipSystemPhrase(text, chips[0])) return own;
  }
  // "That works out to 76% more capacity than the H100": a demonstrative lead goes on about the chip just spoken of
  if (!before.length && chips.every(isComparator) && DEMONSTRATIVE_LEAD.test(text.slice(sentence.start, q.start)) && st.lastChip && chips.every((e) => e.name !== st.lastChip)) return st.lastChip;
  // "Turn on sparsity and you get to five petaflops": a sentence naming nothing that goes on from the
  // previous sentence's figure in the same unit
  // a figure restated later ("these numbers of 20.8 petaflops", "The 83.2 petaflops value") keeps the subject it had
  const restated = !ents.length ? st.valueSubjects.get(`${q.unit}:${q.value}`) : undefined;
  if (restated) return restated;
  if (!ents.length && st.lastChip && unitsOf(previousSentence(text, sentence.start)).some((u) => u.unit === q.unit)) return st.lastChip;
  return st.valueSubjects.get(`${q.unit}:${q.value}`);
}

/** Whether `company` makes the registry chip `chip` ("AWS" or "Amazon" for Trainium3, "Google" for TPU v7). */
function isVendor(company: string, chip: string): boolean {
  const v = resolveChip(chip)?.vendor;
  return !!v && (v === company || (CLOUD_PARENTS[v] ?? v) === company);
}

/** "Maia 200" for a registry chip "Maia 100": the mention runs on into a model number its name does not have. */
function otherModel(text: string, e: EntityMention): boolean {
  const m = /^[ -]?(\d{2,4}[A-Za-z]?)\b/.exec(text.slice(e.end, e.end + 8));
  return !!m && /\d/.test(e.name) && !e.name.includes(m[1]) && !/\d/.test(text.slice(e.start, e.end));
}

/** The article's own chip: the unknown chip it names most often (at least three times), if any. */
export function topicChip(text: string, st: State): string | undefined {
  const lex = st.chipLex;
  if (!lex?.re) return undefined;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(lex.re)) {
    const c = lex.byForm.get(m[0].replace(/\u00a0/g, " "));
    if (c && c.kind === "chip") counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]);
  return top[0] && top[0][1] >= 3 && (!top[1] || top[1][1] < top[0][1]) ? top[0][0] : undefined;
}

export { chipSystemPhrase, isSystemSubject, openingSystem, rackSubject, systemLabel, systemScope, SYSTEM_NOUN_SRC } from "./system-subjects";
export { comparatorChip, jointChip, successorIn, successorOf } from "./chip-baselines";
