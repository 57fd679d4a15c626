/**
 * Numbers as articles write them: digits with separators, scale words and
 * abbreviations ("$1.5bn", "10 B", "1.3 billion"), words ("ten billion",
 * "half a million", "a quarter of a trillion") and the Indian system
 * (lakh, crore). Every match keeps its character offsets.
 */

export type NumberMatch = {
  start: number;
  end: number;
  /** value with the scale applied ("1.5bn" -> 1.5e9) */
  value: number;
  /** the scale word that was applied, lower-cased ("billion", "bn", "b"), or "" */
  scale: string;
  /** true when the number was written in words */
  words: boolean;
};

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  bil: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  t: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
};

/** Scale words that may only follow a number directly (case-sensitive abbreviations). */
const SHORT_SCALES = new Set(["k", "m", "b", "t", "cr"]);

export function scaleOf(word: string): number | undefined {
  return SCALE_WORDS[word.toLowerCase()];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const BIG: Record<string, number> = {
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};

/** A digit number, optionally followed by a scale word or abbreviation. */
const DIGIT_RE =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(\s?-?)([Ll]akh [Cc]rore|[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|TRILLION|BILLION|MILLION|[Ll]akhs?|[Ll]ac|[Cc]rores?|bn|bln|bil|mln|mn|tn|trn|Bn|BN)\b|(\s?)(B|M|K|T|k|m|bn|cr)(?![a-zA-Z0-9]))?/g;

const WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|lakh|million|crore|billion|trillion)";
const WORD_RE = new RegExp(
  `\\b(?:(?:a|one)\\s+quarter\\s+of\\s+an?\\s+|(?:a\\s+)?half\\s+(?:of\\s+)?an?\\s+|(?:a|one)\\s+third\\s+of\\s+an?\\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\s+and\\s+a\\s+half\\s+)?${WORD}(?:(?:\\s+|-|\\s+and\\s+)${WORD})*\\b`,
  "gi",
);

const DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
const POINT_RE = new RegExp(`\\b(${WORD}(?:[\\s-]+${WORD})*)\\s+point\\s+(${DIGIT_WORD}(?:\\s+${DIGIT_WORD}){0,2})(?:\\s+(thousand|million|billion|trillion))?\\b(?![\\s-]+(?:and|point)\\b)`, "gi");

const HALF_RE = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\b(?!\s+(?:hundred|thousand|lakh|million|crore|billion|trillion)\b)/gi;

function parseWords(s: string): number | null {
  let text = s.toLowerCase().replace(/-/g, " ").trim();
  let factor = 1;
  let add = 0;
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(?:a|one)\s+quarter\s+of\s+an?\s+(.*)$/))) {
    factor = 0.25;
    text = m[1];
  } else if ((m = text.match(/^(?:a\s+)?half\s+(?:of\s+)?an?\s+(.*)$/))) {
    factor = 0.5;
    text = m[1];
  } else if ((m = text.match(/^(?:a|one)\s+third\s+of\s+an?\s+(.*)$/))) {
    factor = 1 / 3;
    text = m[1];
  } else if ((m = text.match(/^(\w+)\s+and\s+a\s+half\s+(.*)$/))) {
    add = 0.5;
    const n = UNITS[m[1]];
    if (n === undefined) return null;
    const scale = BIG[m[2].trim()];
    if (scale === undefined) return null;
    return (n + add) * scale;
  }
  const tokens = text.split(/\s+/).filter((t) => t && t !== "and");
  if (!tokens.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const t of tokens) {
    if (t in UNITS) {
      current += UNITS[t];
      seen = true;
    } else if (t in TENS) {
      current += TENS[t];
      seen = true;
    } else if (t === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (t in BIG) {
      current = (current || 1) * BIG[t];
      total += current;
      current = 0;
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  return (total + current) * factor;
}

/** `v * k` without the binary rounding noise of decimals ("2.16 trillion" is 2160000000000, not …0.0002). */
const scaled = (v: number, k: number) => Number((v * k).toPrecision(15));

/** ",5" before a chip unit: the decimals of a European number ("2,5 PFLOPS"). */
const EU_DECIMAL = /^,(\d{1,2})(?=\s?(?:[TPE]FLOPS|[TPE]flops|(?:peta|tera)flops|GB\/s|TB\/s|Go\/s|To\/s|GB|TB|Go|To|kW|W|nm|GHz)(?![\w]))/;

/** All numbers in `text`, digits and words, in order, without overlaps. */
export function findNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  DIGIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RE.exec(text))) {
    const raw = m[1];
    let value = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    // "2,5 PFLOPS", "1,8 TB/s": a European decimal comma, read only before a chip unit (thousands take three digits)
    const eu = m[0] === raw && /^\d{1,3}$/.test(raw) ? EU_DECIMAL.exec(text.slice(m.index + raw.length, m.index + raw.length + 16)) : null;
    if (eu) {
      out.push({ start: m.index, end: m.index + raw.length + eu[0].length, value: Number(`${raw}.${eu[1]}`), scale: "", words: false });
      DIGIT_RE.lastIndex = m.index + raw.length + eu[0].length;
      continue;
    }
    let scale = "";
    const longScale = m[3];
    const shortScale = m[5];
    if (longScale) {
      scale = longScale.toLowerCase();
      value = scaled(value, scale === "lakh crore" ? 1e12 : SCALE_WORDS[scale] ?? 1);
    } else if (shortScale === "m" && !CURRENCY_PREFIX.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      // "($890m)" is millions after a currency sign; "100m" alone may be metres
      out.push({ start: m.index, end: m.index + raw.length, value, scale: "", words: false });
      continue;
    } else if (shortScale) {
      const s = shortScale;
      // "10 B" or "10B" are money scales; a bare "T"/"M" far from money is resolved by the caller
      scale = s.toLowerCase();
      if (SHORT_SCALES.has(scale) || scale === "bn") value = scaled(value, SCALE_WORDS[scale]);
    }
    out.push({ start: m.index, end: m.index + m[0].length, value, scale, words: false });
  }
  // "two and a half petaflops": a small number and a half, with no scale word after it
  HALF_RE.lastIndex = 0;
  while ((m = HALF_RE.exec(text))) {
    if (out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: UNITS[m[1].toLowerCase()] + 0.5, scale: "", words: true });
  }
  // "one point one gigawatts", "three point two billion": spoken decimals, not "at one point, two ..."
  POINT_RE.lastIndex = 0;
  while ((m = POINT_RE.exec(text))) {
    if (/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
    const whole = parseWords(m[1]);
    if (whole === null) continue;
    const frac = Number(`0.${m[2].toLowerCase().split(/\s+/).map((w) => UNITS[w]).join("")}`);
    const scale = m[3] ? BIG[m[3].toLowerCase()] : 1;
    out.push({ start: m.index, end: m.index + m[0].length, value: (whole + frac) * scale, scale: m[3]?.toLowerCase() ?? "", words: true });
  }
  WORD_RE.lastIndex = 0;
  while ((m = WORD_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    const v = parseWords(m[0]);
    if (v === null) continue;
    // a lone "one" is a pronoun far more often than a number
    if (/^(one|a)$/i.test(m[0])) continue;
    out.push({ start: s, end: e, value: v, scale: "", words: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Currency markers before an amount. */
export const CURRENCY_PREFIX =
  /(?:US\s?\$|U\.S\.\s?\$|A\$|C\$|HK\$|NT\s?\$|S\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|₹|Rs\.?\s?|INR\s?|¥|JPY\s?|TWD\s?|CHF\s?|SAR\s?|AED\s?)$/;

export type Currency = "usd" | "eur" | "gbp" | "inr" | "jpy" | "aud" | "cad" | "hkd" | "sgd" | "twd" | "chf" | "sar" | "aed";

export function currencyFromPrefix(p: string): Currency {
  const s = p.replace(/\s/g, "").toUpperCase();
  if (s === "A$") return "aud";
  if (s === "C$") return "cad";
  if (s === "HK$") return "hkd";
  if (s === "S$") return "sgd";
  // "NT$452.3 billion": New Taiwan dollars, never US dollars
  if (s === "NT$" || s === "TWD") return "twd";
  if (s === "CHF" || s === "SAR" || s === "AED") return s.toLowerCase() as Currency;
  if (s.includes("$") || s === "USD") return "usd";
  if (s === "€" || s === "EUR") return "eur";
  if (s === "£" || s === "GBP") return "gbp";
  if (s === "₹" || s.startsWith("RS") || s === "INR") return "inr";
  return "jpy";
}

/** Currency words after an amount ("ten billion dollars", "1.3 billion euros"). */
export const CURRENCY_SUFFIX =
  /^(?:\s|-)?(?:(US|U\.S\.|American)\s+)?(dollars?|euros?|pounds?(?:\s+sterling)?|rupees?|yen|USD|EUR|GBP|INR|(?:New\s+)?Taiwan(?:ese)?\s+dollars?|Swiss\s+francs?|(?:Saudi\s+)?riyals?|(?:UAE\s+|Emirati\s+)?dirhams?)\b/i;

export function currencyFromSuffix(word: string): Currency {
  const w = word.toLowerCase();
  if (/taiwan/.test(w)) return "twd";
  if (/franc/.test(w)) return "chf";
  if (/riyal/.test(w)) return "sar";
  if (/dirham/.test(w)) return "aed";
  if (w.startsWith("dollar") || w === "usd") return "usd";
  if (w.startsWith("euro") || w === "eur") return "eur";
  if (w.startsWith("pound") || w === "gbp") return "gbp";
  if (w.startsWith("rupee") || w === "inr") return "inr";
  return "jpy";
}
