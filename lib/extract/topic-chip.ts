/**
 * The chip an article is talking about after each sentence (State.lastChip, lastSystem), which
 * later "the chip", "it" and bare figures refer to: the chip a sentence gave figures for, not the
 * one it was measured against; of a chip and its successor, the successor.
 */
import type { EntityMention } from "./entities";
import type { Draft } from "./assemble";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";
import { chipSystemPhrase, successorIn, successorOf, systemLabel } from "./chip-subjects";

/** Words right before a chip that make it the comparator ("faster than the H100", "beats the B200"). */
const COMPARED = /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|beats?|beating|outperforms?|outperforming|edges\s+out|trails?|trailing|against|like|unlike|matches|matching|next\s+to|alongside|(?:side[\s-]by[\s-]side|head[\s-]to[\s-]head)\s+with)\s+(?:the\s+|Nvidia['’]?s?\s+|AMD['’]?s?\s+)?$/i;

/** Updates the topic chip and system after `sentence`; `chipClaim` says whether it gave a chip figure. */
export function noteTopicChip(text: string, sentence: Sentence, ents: EntityMention[], drafts: Draft[], chipClaim: boolean, st: State): void {
  const chipsHere = ents.filter(isChip);
  // a sentence that gave a chip figure keeps that chip; else a chip named alone becomes the topic
  if (!chipClaim && new Set(chipsHere.map((e) => e.name)).size === 1) {
    // "How does it compare with the V4?": a chip named only as the baseline makes its successor the topic
    if (!/\bcompare[sd]?\s+(?:to|with)\s+(?:the\s+)?$|\bstacks?\s+up\s+against\s+(?:the\s+)?$|\b(?:next\s+to|alongside|(?:side[\s-]by[\s-]side|head[\s-]to[\s-]head)\s+with)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s?\s+)?$/i.test(text.slice(Math.max(sentence.start, chipsHere[0].start - 30), chipsHere[0].start))) st.lastChip = chipsHere[0].name;
    else st.lastChip = successorOf(chipsHere[0].name, st) ?? st.lastChip;
  }
  // "The V2's 288 GB beats the H100's 80 GB. Its ...": the next "its" is the sentence's own chip, not the comparator
  else if (chipClaim && new Set(chipsHere.map((e) => e.name)).size > 1) {
    const claimed = new Set(drafts.filter((d) => d.sentence === sentence && d.kind === "chip_spec").map((d) => d.subject.replace(/ die$/, "")));
    const compared = (e: EntityMention) => {
      const b = text.slice(Math.max(sentence.start, e.start - 30), e.start);
      return COMPARED.test(b) || /\b(?:double|twice|triple|half|times|edges\s+out|beats?)\s+(?:the\s+)?$/i.test(b);
    };
    const head = chipsHere.find((e) => e.kind === "chip" && claimed.has(e.name) && !compared(e));
    // "The V4 was a 5nm part; the V5 is on 3nm": of a chip and its successor, the successor is the topic
    if (head) st.lastChip = successorIn(head.name, [...claimed], st);
  }
  // "Each card has 192 GB, the H100 only had 80GB": figures for two chips, one named only in a later
  // clause; the chip of the first clause stays the topic
  else if (chipClaim) {
    const claimed = [...new Set(drafts.filter((d) => d.sentence === sentence && d.kind === "chip_spec" && !/ (?:rack|server|node|pod|instance|system|cluster)$/i.test(d.subject)).map((d) => d.subject.replace(/ die$/, "")))];
    if (claimed.length > 1) st.lastChip = claimed[0];
  }
  // "Corvid claims the C5 beats the B200": the chip the sentence is about, not the one it is measured against
  else if (!chipClaim && chipsHere.length > 1) {
    const head = chipsHere.find((e) => e.kind === "chip" && !COMPARED.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)));
    if (head) st.lastChip = head.name;
  }
  // "up from 64 in the Trn2 UltraServer": a system named as the baseline does not become the one spoken of
  const baseline = (e: EntityMention) => COMPARED.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)) || /\b(?:up|down)\s+from\s+[^,;.]{0,25}$/i.test(text.slice(Math.max(sentence.start, e.start - 40), e.start));
  for (const e of chipsHere) {
    if (baseline(e)) continue;
    if (e.kind !== "chip") st.lastSystem = systemLabel(text, e, st);
    else st.lastSystem = chipSystemPhrase(text, e) ?? st.lastSystem;
  }
}
