/**
 * Governments as parties to deals: "the German government", "the federal government" (named after
 * the article's country when one country clearly dominates it and that country is federal).
 * Names: "German government", "German federal government".
 */

type Country = { adj: string; names: RegExp; federal: boolean };

const COUNTRIES: Country[] = [
  { adj: "German", names: /\b(?:Germany|German|Berlin)\b/g, federal: true },
  { adj: "French", names: /\b(?:France|French|Paris)\b/g, federal: false },
  { adj: "British", names: /\b(?:Britain|British|United\s+Kingdom|UK|U\.K\.|Whitehall)\b/g, federal: false },
  { adj: "Italian", names: /\b(?:Italy|Italian|Rome)\b/g, federal: false },
  { adj: "Spanish", names: /\b(?:Spain|Spanish|Madrid)\b/g, federal: false },
  { adj: "Dutch", names: /\b(?:Netherlands|Dutch|The\s+Hague)\b/g, federal: false },
  { adj: "Austrian", names: /\b(?:Austria|Austrian|Vienna)\b/g, federal: true },
  { adj: "Swiss", names: /\b(?:Switzerland|Swiss|Bern)\b/g, federal: true },
  { adj: "Belgian", names: /\b(?:Belgium|Belgian|Brussels)\b/g, federal: true },
  { adj: "Indian", names: /\b(?:India|Indian|New\s+Delhi)\b/g, federal: true },
  { adj: "Japanese", names: /\b(?:Japan|Japanese|Tokyo)\b/g, federal: false },
  { adj: "Canadian", names: /\b(?:Canada|Canadian|Ottawa)\b/g, federal: true },
  { adj: "Australian", names: /\b(?:Australia|Australian|Canberra)\b/g, federal: true },
  { adj: "Brazilian", names: /\b(?:Brazil|Brazilian|Brasília|Brasilia)\b/g, federal: true },
  { adj: "US", names: /\b(?:United\s+States|U\.S\.|US|American|Washington)\b/g, federal: true },
  { adj: "Saudi", names: /\b(?:Saudi\s+Arabia|Saudi|Riyadh)\b/g, federal: false },
  { adj: "South Korean", names: /\b(?:South\s+Korea|South\s+Korean|Seoul)\b/g, federal: false },
  { adj: "Singaporean", names: /\b(?:Singapore|Singaporean)\b/g, federal: false },
  { adj: "Polish", names: /\b(?:Poland|Polish|Warsaw)\b/g, federal: false },
  { adj: "Swedish", names: /\b(?:Sweden|Swedish|Stockholm)\b/g, federal: false },
  { adj: "Norwegian", names: /\b(?:Norway|Norwegian|Oslo)\b/g, federal: false },
  { adj: "Danish", names: /\b(?:Denmark|Danish|Copenhagen)\b/g, federal: false },
  { adj: "Finnish", names: /\b(?:Finland|Finnish|Helsinki)\b/g, federal: false },
];

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The country an article is about: named at least twice and at least twice as often as any other. */
export function articleCountry(text: string): Country | undefined {
  const scored = COUNTRIES.map((c) => ({ c, n: count(text, c.names) })).sort((a, b) => b.n - a.n);
  if (scored[0].n < 2 || scored[0].n < 2 * scored[1].n) return undefined;
  return scored[0].c;
}

export type GovernmentMention = { start: number; end: number; name: string };

const ADJECTIVES = COUNTRIES.map((c) => c.adj.replace(" ", "\\s+")).join("|");
/** "U.S." and "United States" name the US government too */
const US_FORMS = "U\\.S\\.|United\\s+States";
/** "the Trump administration": the US government under the president it is named after */
const ADMINISTRATION = /\bthe\s+(?:Trump|Biden|Obama|Bush|Clinton)\s+[Aa]dministration\b/g;
const GOVERNMENT = new RegExp(`\\b(?:(${ADJECTIVES}|${US_FORMS})\\s+)?(?:([Ff]ederal)\\s+)?[Gg]overnment\\b(?!\\s+(?:bonds?|debt|officials?|sources?|spokes\\w+|contracts?|agenc\\w+))`, "g");
const US_RE = new RegExp(`^(?:${US_FORMS})$`);

/**
 * Governments named in `text` that can be given a name; "the government" with no country is left out unless
 * the article has already named one ("the U.S. government … the government's stake").
 */
export function findGovernments(text: string): GovernmentMention[] {
  const named: GovernmentMention[] = [];
  let m: RegExpExecArray | null;
  ADMINISTRATION.lastIndex = 0;
  while ((m = ADMINISTRATION.exec(text))) named.push({ start: m.index + 4, end: m.index + m[0].length, name: "US government" });
  const out: GovernmentMention[] = [];
  let country: Country | undefined | null = null;
  GOVERNMENT.lastIndex = 0;
  while ((m = GOVERNMENT.exec(text))) {
    // only the government as a party: "the German government", "the federal government"; not "a government"
    if (!/\bthe\s+$|^$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !m[1]) continue;
    let adj = m[1] ? (US_RE.test(m[1]) ? "US" : COUNTRIES.find((c) => c.adj.toLowerCase() === m![1].toLowerCase().replace(/\s+/g, " "))?.adj) : undefined;
    const at = m.index;
    const earlier = [...named, ...out].filter((g) => g.end <= at).sort((a, b) => a.end - b.end).at(-1);
    if (!adj && !m[2] && earlier) {
      out.push({ start: at, end: at + m[0].length, name: earlier.name });
      continue;
    }
    if (!adj) {
      if (!m[2]) continue;
      if (country === null) country = articleCountry(text);
      if (!country?.federal) continue;
      adj = country.adj;
    }
    out.push({ start: at, end: at + m[0].length, name: `${adj} ${m[2] ? "federal " : ""}government` });
  }
  return [...named, ...out].sort((a, b) => a.start - b.start);
}
