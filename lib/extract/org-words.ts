/** The words of organisation names: name shapes, legal suffixes, organisation words, stop words. */

/** A capitalised word: "Nimbus", "xAI", "O'Neil", "AI21", "Co."; no sentence punctuation. */
export const WORD = "(?:(?:Inc|Corp|Co|Ltd|St|Jr)\\.|[A-Z][A-Za-z0-9'’&]*(?:[.-][A-Z0-9][A-Za-z0-9]*)*|[a-z]{1,3}[A-Z][A-Za-z0-9]*)";
/** Up to five capitalised words, joined by spaces or "&"/"of"/"de". */
export const NAME = `${WORD}(?:[ \\u00a0](?:&[ \\u00a0])?${WORD}){0,4}`;

export const LEGAL = /(?:,?\s(?:Inc\.?|Incorporated|Corp\.?|Co\.|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|LP|L\.P\.|AG|SA|S\.A\.|GmbH|NV|N\.V\.|SE))+$/;
/** Words that end organisation names. */
export const ORG_WORD =
  /\s(?:Labs?|AI|Capital|Ventures|Venture\sPartners|Partners|Group|Holdings?|Fund|Funds|Authority|Technologies|Technology|Systems|Robotics|Networks|Therapeutics|Management|Investments?|Advisors|Advisers|Bank|Securities|Semiconductors?|Computing|Software|Energy|Dynamics|Industries|Foundation|Intelligence|Analytics|Sciences|Microsystems|Devices|Equity|Associates|Investors|Asset\sManagement|Research|Compute|Quantum|Bio|Health|Motors|Aerospace|Cloud)$/;
export const FUND_WORD = /\s(?:Capital|Ventures|Venture\sPartners|Partners|Holdings?|Fund|Funds|Authority|Management|Investments?|Advisors|Advisers|Bank|Securities|Equity|Associates|Investors|Asset\sManagement|Group)$/;
export const LAB_WORD = /\s(?:Labs?|AI|Intelligence|Research)$/;

/** Capitalised words that are not names (sentence openers, titles, months, places, generic nouns). */
export const STOP = new Set(
  (
    "The A An And But Or Of In On At By For From To With As It Its Their They This That These Those Then There Here When While After Before Since " +
    "If Also Yet So Both Each Every Some Many Several Other Others Another Most Such Under Over Between Among Including Through Meanwhile However " +
    "He She We You I His Her Our My Your Who What Which Why How Where Mr Mrs Ms Dr Sir Chief Executive Officer CEO CFO CTO President Chairman Founder " +
    "Co-founder Director Head Senior Vice Analyst Analysts Investor Investors Shares Stock Sources Officials People Company Companies Startup Startups Firm Firms " +
    "Fund Funds Group Bank Banks Lenders Bankers Creditors Bondholders Shareholders Regulators Lawmakers Executives Employees Traders Borrowers Insurers Labs Lab Capital Partners Ventures Holdings Authority Round Series Deal Deals Report Reports News Today Yesterday Tomorrow Last Next Earlier Later Now Already Still " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Q1 Q2 Q3 Q4 AI Artificial Intelligence Generative Open New Global International National Federal " +
    "US U.S. UK U.K. EU America American China Chinese Europe European France French Germany German Japan Japanese India Indian Britain British Saudi Arabia " +
    "Abu Dhabi Dubai Qatar Korea Korean Canada Canadian Israel Israeli Singapore Taiwan Silicon Valley San Francisco New York London Paris Tokyo Beijing " +
    "Reuters Bloomberg CNBC Forbes TechCrunch Axios Wall Street Journal Times Financial Information Post Press Associated Nasdaq NYSE " +
    "According Per Read More Click Share Subscribe Sign Updated Published Photo Image Source Sponsored Key Points Summary Interpretation Note Notes Table " +
    "Total Overall Revenue Valuation Funding Investment Investments Billion Million Trillion Data Cloud Research Health Energy Compute Quantum Bio Systems Software Technology Technologies"
  ).split(/\s+/),
);

/** Organisation words that also work as adjectives, and the common nouns they then modify. */
export const ADJECTIVAL = /\s(?:AI|Quantum|Energy|Health|Bio)$/;
export const ADJ_NOUN = /^[ \u00a0]+(?:[a-z]+[-‑])?(?:data[-‑\s]?(?:centres?|centers?)|infrastructure|ventures?|joint\s+venture|projects?|campus(?:es)?|hubs?|parks?|zones?|strateg(?:y|ies)|push|boom|race|ambitions?|plans?|initiatives?|markets?|sectors?|industry|spending|policy|regulations?|rules|law|act)\b/;

/** ", a Seattle rival founded by former engineers,": an apposition that says the name is a company. */
export const APPOSITION = /^\s*,\s+(?:an?|the|its|their)\s+(?=[^,.;:]{0,100},)[^,.;:]*?\b(?:startup|start-up|rival|company|firm|competitor|developer|maker|provider|lab|neocloud|operator|unicorn|upstart|lender|(?:development|investment|state|policy|commercial)\s+bank)s?\b[^,.;:]{0,80},(?=\s)/;

/** Deal verbs and cues around a name that mark it as an investor or a recipient. */
const ALL = "(?:invest(?:s|ed|ing)?|led|leads|co-led|co-leads|raised|raises|is\\s+raising|was\\s+raising|has\\s+raised|had\\s+raised|have\\s+raised|is\\s+valued|was\\s+valued|valued|backed|participated|poured|committed|commits|contributed|contributes?|pledged|pledges|agreed\\s+to\\s+invest|plans\\s+to\\s+invest|closed|secured|received|lands|landed|nets|netted|bags|bagged|(?:being\\s+|been\\s+)?(?:acquired|bought|purchased)\\s+by|(?:being\\s+|been\\s+)?sold\\s+to|(?:now\\s+)?(?:carries|commands|has)\\s+an?\\s+(?:[\\w-]+\\s+)?valuation)";
/** After the name: a deal verb, possibly after an auxiliary ("Vertex Capital will invest", "Nimbus, which raised"). */
export const VERB_AFTER = new RegExp(`^(?:['’]s?)?(?:\\s*,\\s*which|\\s*,\\s*who)?\\s+(?:(?:will|has|have|had|is|was|also|previously|recently|jointly|would|could|then|already|just|reportedly)\\s+){0,2}(?:${ALL})\\b`);
/** Before the name: a phrase that introduces an investor or a recipient. */
export const CUE_BEFORE =
  /(?:\b(?:led|co-led|backed|funded|financed|joined|supported)\s+by|\b(?:investors?|backers?|funds?|firms?|participants?)\s+(?:including|such\s+as|like)|\bvaluing|\bvalued|\b(?:AI\s+|tech\s+|robotics\s+|chip\s+|software\s+|defen[cs]e\s+)?(?:startup|start-up|unicorn|upstart|rival|newcomer|lab|chipmaker|venture\s+firm|investment\s+firm|VC\s+firm|private[\s-]equity\s+firm|fund|investor|backer)(?:(?<!investor|backer|fund)\s*,)?|\binvest(?:s|ed|ing|ment)?\s+(?:of\s+)?(?:(?:about|around|roughly|nearly|up\s+to|more\s+than|over|another|an?\s+additional)\s+)?(?:US)?[$€£][\d.,]+\s*(?:billion|million|trillion|bn|mn|[bmBMK])?\s+(?:in|into)|\binvest(?:s|ed|ing|ment)?\s+in|\b(?:put|puts|putting|poured|pours|pumped|pumps|injected|injects|sunk|sank|ploughed|plowed)\s+(?:(?:about|around|roughly|nearly|another|some|more\s+than|over|an?\s+additional)\s+)?(?:US)?[$€£][\d.,]+\s*(?:billion|million|trillion|bn|mn|[bmBMK])?\s+into|\b(?:round|raise|funding\s+round|Series\s+[A-H]\d?)\s+in|\bSeries\s+[A-H]\d?\s+for|\bstake\s+in|\bround\s+for|\bfunding\s+(?:for|from)|\b(?:loans?|credit\s+facility|financing)\s+from|\binvestment\s+(?:from|by))\s+(?:the\s+)?$/i;
/** The words CUE_BEFORE can end with: tested first, so the long pattern runs only where it can match. */
/** "with Pimco buying $18bn of the debt", "with Halvard pledging $2 billion": a party's own amount after "with" */
export const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/;
export const PARTICIPLE_AFTER = /^\s+(?:alone\s+)?(?:buying|pledging|committing|contributing|investing|putting\s+(?:in|up)|chipping\s+in|providing|taking|purchasing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+|another\s+)?(?:US\s?)?[$€£¥₹]\s*\d/;
/** "X, which Nvidia acquired for": the company bought, before a relative clause naming its buyer */
export const WHICH_BOUGHT = /^\s*,\s*(?:which|that)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:acquired|bought|purchased|took\s+over)\s+(?:[\w\s]{0,20}\s)?for\s/;
export const CUE_LAST = new Set("by including as like valuing valued startup start-up unicorn upstart rival newcomer lab chipmaker firm fund investor backer in into for from".split(" "));

export const BACKED_AT = /[-‑](?:backed|funded|led)\s/g;
export const BACKED = new RegExp(`(?<![A-Za-z0-9'’.-])(${NAME})[-‑](?:backed|funded|led)\\s+(?:(?:AI|tech|robotics|chip|software|defen[cs]e|cloud)\\s+)?(?:startup\\s+|start-up\\s+|company\\s+|firm\\s+|lab\\s+|rival\\s+)?(${NAME})`);
export const NAME_RE = new RegExp(`(?<![A-Za-z0-9'’.-])${NAME}`, "g");
