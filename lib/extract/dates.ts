/**
 * Dates: the article's own date (a dateline near the top) and the dates a sentence
 * gives its figures ("in October", "Q4 2023", "early 2025", "the 3rd of March"),
 * each with its precision: YYYY-MM-DD, YYYY-MM or YYYY.
 */
import * as chrono from "chrono-node";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

const DAY_GATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\d{4}-\\d{2}-\\d{2}`);

const DAY_RE = new RegExp(
  `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\s*(?:%|bn|billion|million))(?:,?\\s+(\\d{4}))?|\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?`,
  "g",
);
const MULTI_RE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})\\s+(?:and|&|-|–)\\s+\\d{1,2},?\\s+(\\d{4})`, "g");
const MONTH_YEAR_RE = new RegExp(`\\b(early|mid|late|end of)?[\\s-]*(${MONTH})[,\\s]+(\\d{4})\\b`, "gi");
const BARE_MONTH_RE = new RegExp(`\\b(?:in|since|during|by|from|until|through)\\s+(${MONTH})(?![\\w.]*\\s*\\d)`, "gi");

/** "June last year", "March of next year" */
const MONTH_REL_RE = new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi");
const LAST_MONTH_RE = new RegExp(`\\blast\\s+(${MONTH})(?![\\w.]*\\s*\\d)`, "gi");

const pad = (n: number) => String(n).padStart(2, "0");

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

export type DateMention = { start: number; end: number; value: string; precision: "day" | "month" | "year" };

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The article's publication date when the text states one as a dateline near the top
 * ("Wednesday, Dec 17, 2025 3:36 am ET", "date 2025-09-18", "Sep 18, 2025 | Updated",
 * "San Francisco, November 23, 2025, ..."). Returns YYYY-MM-DD or null.
 */
export function findPublicationDate(text: string): string | null {
  const head = text.slice(0, 1500).split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 15);
  const full = new RegExp(
    `(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  );
  for (const line of head) {
    if (/^(archived|updated|modified|last updated|copyright|©)/i.test(line)) continue;
    const m = line.match(full);
    if (!m || m.index === undefined) continue;
    const before = line.slice(0, m.index);
    // the date opens the line, follows a weekday, "date"/"published"/"posted", a byline, or a place name
    const datelineLead =
      /^(?:(?:date|published|posted|posted on|published on)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i.test(before.trim()) ||
      /(?:^|\|)\s*(?:by\s+[^|]+\|\s*)?$/i.test(before) ||
      /^[A-Z][A-Za-z .]{1,30},\s*$/.test(before) ||
      /\|\s*[A-Z][A-Za-z .]{1,30},\s*$/.test(before) ||
      /^By\s+[A-Z][\w .'-]{1,40}(?:\||,|-|–)\s*$/.test(before);
    if (!datelineLead) continue;
    let y: number, mo: number, d: number;
    if (m[1]) [y, mo, d] = [Number(m[3]), monthNumber(m[1])!, Number(m[2])];
    else if (m[5]) [y, mo, d] = [Number(m[6]), monthNumber(m[5])!, Number(m[4])];
    else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    if (y < 1990 || y > 2100 || !validDay(y, mo, d)) continue;
    return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/**
 * Date mentions in a piece of text (offsets relative to `text`). `published` (YYYY-MM-DD)
 * anchors dates without a year ("in October", "the 3rd of March") and relative years.
 */
export function findDates(text: string, published?: string | null): DateMention[] {
  const out: DateMention[] = [];
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  const pubMonth = published && published.length >= 7 ? Number(published.slice(5, 7)) : undefined;
  const add = (start: number, end: number, value: string, precision: DateMention["precision"]) => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ start, end, value, precision });
  };
  let m: RegExpExecArray | null;

  // Quarters and halves: "Q4 2023", "Q2 2025", "fourth quarter of 2024", "second half of 2026"
  const quarter = /\b(?:Q([1-4])|([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[\s-]quarter)(?:\s+of)?\s+(?:FY\s?)?'?(\d{4}|\d{2})\b/g;
  const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
  while ((m = quarter.exec(text))) {
    const q = m[1] ? Number(m[1]) : ord[m[2].toLowerCase()];
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    add(m.index, m.index + m[0].length, `${y}-${pad(q * 3)}`, "month");
  }
  const half = /\b(?:(?:the\s+)?(first|second)\s+half|[Hh]([12])|([12])H)\s+(?:of\s+)?(\d{4})\b/g;
  while ((m = half.exec(text))) add(m.index, m.index + m[0].length, m[4], "year");

  // chrono for full and partial calendar dates
  // common day forms directly: "December 31, 2025", "Sept. 5", "3 March 2025", "the 3rd of March"
  const dayRe = DAY_RE;
  dayRe.lastIndex = 0;
  let dayFound = false;
  while ((m = dayRe.exec(text))) {
    const mo = monthNumber(m[1] ?? m[5]);
    const d = Number(m[2] ?? m[4]);
    const yRaw = m[3] ?? m[6];
    if (!mo) continue;
    let y = yRaw ? Number(yRaw) : pubYear;
    // a day with no year and no article date: chrono cannot place it either
    if (!y) {
      dayFound = true;
      continue;
    }
    if (!yRaw && pubMonth && mo > pubMonth) y -= 1;
    if (!validDay(y, mo, d)) continue;
    // "May 13 and 15, 2026": the year comes after the second day
    if (!yRaw) {
      const tail = text.slice(m.index + m[0].length).match(/^\s*(?:and|&|-|–)\s*\d{1,2},?\s+(\d{4})/);
      if (tail) y = Number(tail[1]);
    }
    dayFound = true;
    add(m.index, m.index + m[0].length, `${y}-${pad(mo)}-${pad(d)}`, "day");
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  while ((m = iso.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) continue;
    dayFound = true;
    add(m.index, m.index + m[0].length, `${m[1]}-${m[2]}-${m[3]}`, "day");
  }
  // chrono for whatever else names a day of a month
  if (!dayFound && DAY_GATE.test(text)) {
    const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    for (const r of chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      const hasMonth = c.isCertain("month");
      const hasDay = c.isCertain("day");
      const hasYear = c.isCertain("year");
      if (!hasMonth) continue;
      if (!hasYear && !pubYear) continue;
      // bare weekday or time references are not dates of figures
      if (/^(mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(r.text.trim())) continue;
      const month = c.get("month")!;
      let year = hasYear ? c.get("year")! : pubYear!;
      if (!hasYear && pubMonth && month > pubMonth) year -= 1;
      if (hasDay) {
        const day = c.get("day")!;
        // "May 13 and 15, 2026": chrono drops the year of the first day; re-read it
        add(r.index, r.index + r.text.length, `${year}-${pad(month)}-${pad(day)}`, "day");
      } else add(r.index, r.index + r.text.length, `${year}-${pad(month)}`, "month");
    }
  }
  // "May 13 and 15, 2026"
  const multi = MULTI_RE;
  multi.lastIndex = 0;
  while ((m = multi.exec(text))) {
    const mo = monthNumber(m[1])!;
    out.splice(0, out.length, ...out.filter((o) => !(o.start >= m!.index && o.end <= m!.index + m![0].length)));
    add(m.index, m.index + m[0].length, `${m[3]}-${pad(mo)}-${pad(Number(m[2]))}`, "day");
  }
  // Month and year without chrono's help ("in March 2025" is covered; "March, 2025" too)
  const monthYear = MONTH_YEAR_RE;
  monthYear.lastIndex = 0;
  while ((m = monthYear.exec(text))) {
    const mo = monthNumber(m[2]);
    if (!mo) continue;
    add(m.index, m.index + m[0].length, `${m[3]}-${pad(mo)}`, "month");
  }
  // "early 2025", "in 2014", "as of 2023", "by the end of 2025", "mid-2024"
  const year = /\b(?:(?:in|during|as of|since|for fiscal|in fiscal|fiscal)\s+(?:(?:early|mid|late)[\s-])?|(?:early|mid|late)[\s-]|(?:the\s+)?end\s+of\s+|(?:the\s+)?start\s+of\s+)(\d{4})\b/gi;
  while ((m = year.exec(text))) {
    const y = Number(m[1]);
    if (y < 1990 || y > 2100) continue;
    const s = m.index + m[0].length - 4;
    add(m.index, s + 4, String(y), "year");
  }
  if (pubYear) {
    // "June last year", "in March of next year": the month of the year named
    const monthRel = MONTH_REL_RE;
    monthRel.lastIndex = 0;
    while ((m = monthRel.exec(text))) {
      const mo = monthNumber(m[1]);
      if (!mo) continue;
      const y = m[2].toLowerCase() === "last" ? pubYear - 1 : m[2].toLowerCase() === "next" ? pubYear + 1 : pubYear;
      add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`, "month");
    }
    // "last October", "earlier this month", "late last month": months counted back from the article's date
    if (pubMonth) {
      const lastMonth = LAST_MONTH_RE;
      lastMonth.lastIndex = 0;
      while ((m = lastMonth.exec(text))) {
        const mo = monthNumber(m[1]);
        if (!mo) continue;
        add(m.index, m.index + m[0].length, `${mo < pubMonth ? pubYear : pubYear - 1}-${pad(mo)}`, "month");
      }
      const relMonth = /\b(?:(?:early|late|earlier|later)\s+)?(last|next)\s+month\b/gi;
      while ((m = relMonth.exec(text))) {
        const k = pubYear * 12 + pubMonth - 1 + (m[1].toLowerCase() === "last" ? -1 : 1);
        add(m.index, m.index + m[0].length, `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`, "month");
      }
    }
    const rel = /\b(last year|this year|earlier this year|a year ago|next year)\b/gi;
    while ((m = rel.exec(text))) {
      const w = m[1].toLowerCase();
      const y = w === "next year" ? pubYear + 1 : w === "last year" || w === "a year ago" ? pubYear - 1 : pubYear;
      add(m.index, m.index + m[0].length, String(y), "year");
    }
    // "in October" with no year: the latest October not after the article
    const bareMonth = BARE_MONTH_RE;
    bareMonth.lastIndex = 0;
    while ((m = bareMonth.exec(text))) {
      const mo = monthNumber(m[1]);
      if (!mo) continue;
      const y = pubMonth && mo > pubMonth ? pubYear - 1 : pubYear;
      add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`, "month");
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
