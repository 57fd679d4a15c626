/**
 * Money amounts: "$10B", "$10B+", "$10 billion", "US$10bn", "$1.5bn", "USD 15 billion",
 * "$10-15 billion", "$5 billion to $8 billion", "ten billion dollars", "1.3 billion euros",
 * "€1.3 billion", "Rs 5,000 crore", per-unit prices ("$2.50 per chip-hour").
 */
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, currencyFromPrefix, currencyFromSuffix, findNumbers, type NumberMatch } from "./numbers";
import type { Quantity } from "./quantity";

function prefixAt(text: string, start: number): { cur: string; from: number } | null {
  const before = text.slice(Math.max(0, start - 6), start);
  const m = before.match(CURRENCY_PREFIX);
  if (!m) {
    // "US$ 2 billion", "€ 450 million": a currency sign, one space, the number
    const spaced = / $/.test(before) ? before.slice(0, -1).match(/(?:US\s?\$|[$€£₹])$/) : null;
    return spaced ? { cur: currencyFromPrefix(spaced[0]), from: start - spaced[0].length - 1 } : null;
  }
  return { cur: currencyFromPrefix(m[0]), from: start - m[0].length };
}

/** "won" as a currency, not the verb: no object after it ("won the bid", "won a contract"). */
const OTHER_SUFFIX = /^\s(?:(?:South\s+)?Korean\s+)?(won|yuan|renminbi)\b(?!\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|approval|praise|support|backing|contracts?|orders?|deals?|awards?|seats?|votes?|bids?|over|out|back|race|rights|licen[cs]es?)\b)/i;

/** Money amounts in `text` (offsets into `text`), ranges joined into one quantity. */
export function findMoney(text: string, numbers: NumberMatch[] = findNumbers(text)): Quantity[] {
  const out: Quantity[] = [];
  const used = new Set<number>();
  for (let i = 0; i < numbers.length; i++) {
    if (used.has(i)) continue;
    const n = numbers[i];
    const pre = prefixAt(text, n.start);
    let end = n.end;
    let currency = pre?.cur;
    let start = pre ? pre.from : n.start;
    let value = n.value;
    let valueMax: number | null = null;
    // "ten billion dollars", "1.3 billion euros", "11.7 billion-euro"
    const suf = text.slice(end).match(CURRENCY_SUFFIX);
    if (!currency && suf) {
      currency = currencyFromSuffix(suf[2]);
      end += suf[0].length;
    }
    // "3 trillion won", "48,350 won", "₩500 billion", "12 billion yuan": currencies the shared number rules do not name
    if (!currency) {
      const other = text.slice(end).match(OTHER_SUFFIX);
      if (other && (n.scale || /\d,\d{3}/.test(text.slice(n.start, n.end)))) {
        currency = /^won$/i.test(other[1]) ? "krw" : "cny";
        end += other[0].length;
      } else if (text[n.start - 1] === "₩") {
        currency = "krw";
        start = n.start - 1;
      }
    }
    // ranges: "$10-15 billion", "$5 billion to $8 billion", "between $500 B and $750 B", "$20–25 billion"
    const next = numbers[i + 1];
    if (next) {
      const gap = text.slice(n.end, next.start);
      const nextPre = prefixAt(text, next.start);
      const joiner = /^\s*(?:-|–|—|to)\s*(?:US\s?\$|\$|€|£|USD\s?|EUR\s?)?$/i.test(gap) ||
        (/^\s*and\s*(?:US\s?\$|\$|€|£)?$/i.test(gap) && /\bbetween\s+(?:US\s?\$|\$|€|£)?$/i.test(text.slice(Math.max(0, start - 12), start)));
      const fromBefore = /\bto\b/i.test(gap) && /\bfrom\s*$/i.test(text.slice(Math.max(0, start - 8), start));
      // "from $12 billion to $14 billion previously": an earlier range, not a change
      const earlierRange = fromBefore && /^\s*(?:previously|earlier|before)\b/i.test(text.slice(next.end, next.end + 14).replace(/^\s*(?:billion|million|trillion|bn|mn)/i, ""));
      if (joiner && (!fromBefore || earlierRange) && (currency || nextPre)) {
        let lo = n.value;
        let hi = next.value;
        if (!n.scale && next.scale) lo = n.value * (next.value / Number(text.slice(next.start, next.end).match(/[\d,.]+/)![0].replace(/,/g, "")));
        if (hi > lo) {
          value = lo;
          valueMax = hi;
          end = next.end;
          currency = currency ?? nextPre!.cur;
          const suf2 = text.slice(end).match(CURRENCY_SUFFIX);
          if (suf2) end += suf2[0].length;
          used.add(i + 1);
        }
      }
    }
    // "Our last round valued us at thirty-one billion": a valuation in billions needs no currency word (dollars)
    if (!currency && valueMax === null && /^[^\d]*\b(?:billion|million|trillion)\s*$/i.test(text.slice(n.start, n.end)) && !/^\s*(?:[a-z]+\s+)?(?:users|people|parameters|tokens|shares|units|devices|chips|GPUs|customers|downloads|visits|queries|requests)\b|^\s*(?:euros?|pounds?|yen|yuan|won|rupees?|francs?)\b/i.test(text.slice(n.end, n.end + 25)) && /\bvalu(?:ed|ing|es?)\s+(?:\w+\s+){0,3}?at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$/i.test(text.slice(Math.max(0, n.start - 50), n.start))) currency = "usd";
    if (!currency) continue;
    // a scale abbreviation on its own right after a currency ("$5k")
    let plus = false;
    const after = text.slice(end, end + 6);
    if (/^(?:\s?\+|[\s-]plus\b)/i.test(after)) plus = true;
    const perM = text.slice(end).match(/^\s*(?:per|\/|a|an|each)\s*((?:[\w.‑-]+)(?:[\s\/-](?:hour|month|year|day|chip-hour|GB|share|request|requests))*)/i);
    let per: string | undefined;
    // "$61.40 per share.", "~$61 a share": the unit without the sentence's full stop
    if (perM && (/^(?:\s*(?:per|\/|each))/i.test(text.slice(end)) || /^\s+an?\s+share\b/i.test(text.slice(end)))) per = perM[1].replace(/\.$/, "");
    out.push({ start, end, value, valueMax, unit: "money", detail: currency, plus, range: valueMax !== null, per });
  }
  return out;
}
