/**
 * npm run eval [-- --show] [-- --min-f1 0.8] [-- --gold FILE --articles DIR ...]
 * Scores lib/extract against gold files. Default: tests/fixtures/gold-seeds.json and
 * gold-corpus.json (when present) with the articles in prisma/seed/articles.
 * `--gold FILE --articles DIR` (repeatable, in pairs) scores other sets instead, e.g. a held-out set;
 * a `--gold` without its own `--articles` uses the default article directory.
 * Always exits 0 unless --min-f1 is given and missed: it is a report.
 */
import { FAMILIES, type ScoredClaim } from "@/lib/extract/evaluate";
import { DEFAULT_ARTICLES, scoreGoldSets } from "./gold-sets";

const DEFAULT_GOLD = ["tests/fixtures/gold-seeds.json", "tests/fixtures/gold-corpus.json"];

const args = process.argv.slice(2);

/** `--gold FILE --articles DIR` pairs, in order; an unpaired --gold uses the default directory. */
function goldSets(argv: string[]): { gold: string; articles: string }[] {
  const sets: { gold: string; articles: string; articlesSet?: boolean }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (flag !== "--gold" && flag !== "--articles") continue;
    const v = inline ?? argv[++i];
    if (!v || v.startsWith("--")) throw new Error(`${flag} expects a path`);
    if (flag === "--gold") sets.push({ gold: v, articles: DEFAULT_ARTICLES });
    else if (sets.length && !sets[sets.length - 1].articlesSet) sets[sets.length - 1] = { ...sets[sets.length - 1], articles: v, articlesSet: true };
    else throw new Error("--articles must follow a --gold");
  }
  return sets.length ? sets : DEFAULT_GOLD.map((gold) => ({ gold, articles: DEFAULT_ARTICLES }));
}

const SETS = goldSets(args);
const show = args.includes("--show");
const minF1Arg = args.indexOf("--min-f1");
const minF1 = minF1Arg >= 0 ? Number(args[minF1Arg + 1]) : null;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

async function main() {
  const { articles, gold, pred, report: r, disagreements: d, ms, skipped } = scoreGoldSets(SETS);
  for (const g of skipped) console.log(`(${g} not found, skipped)`);
  console.log(`articles ${articles}, gold claims ${gold.length}, predicted ${pred.length} (${ms.toFixed(0)} ms)`);
  console.log(`\n${"family".padEnd(10)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}   gold  pred`);
  const line = (name: string, x: { precision: number; recall: number; f1: number; gold: number; pred: number }) =>
    console.log(`${name.padEnd(10)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}  ${String(x.gold).padStart(5)} ${String(x.pred).padStart(5)}`);
  line("overall", r.overall);
  for (const f of FAMILIES) line(f, r.families[f]);
  console.log(`\nverbatim quotes with exact offsets: ${r.verbatim.ok}/${r.verbatim.total} (${pct(r.verbatim.share).trim()})`);
  console.log(`\ndisagreements: recall ${pct(d.recall).trim()} (${d.found}/${d.goldPairs}), type accuracy ${pct(d.typeAccuracy).trim()} (${d.typeCorrect}/${d.found}), predicted pairs ${d.predPairs} vs gold pairs ${d.goldPairs}`);
  const side = (i: number) => `${gold[i].file.slice(0, 22)} ${gold[i].subject} | ${gold[i].property} = ${gold[i].value}${r.goldToPred[i] < 0 ? " (missed)" : ""}`;
  const disagreementLines = [
    ...d.missed.map(({ pair, why }) => `  - ${pair.type} (${why}): ${side(pair.a)}  <>  ${side(pair.b)}`),
    ...d.mistyped.map(({ pair, predicted }) => `  ~ ${pair.type} predicted as ${predicted}: ${side(pair.a)}  <>  ${side(pair.b)}`),
  ];

  if (show) {
    const fmt = (c: ScoredClaim) => `${c.file.slice(0, 22).padEnd(22)} ${c.subject} | ${c.property} = ${c.value}${c.value_max !== null && c.value_max !== undefined ? `..${c.value_max}` : ""} | "${c.quote.slice(0, 90)}"`;
    console.log(`\nMISSES (${r.misses.length})`);
    for (const i of r.misses) console.log("  - " + fmt(gold[i]));
    console.log(`\nEXTRAS (${r.extras.length})`);
    for (const i of r.extras) console.log("  + " + fmt(pred[i]));
    console.log(`\nDISAGREEMENTS MISSED OR MISTYPED (${disagreementLines.length})`);
    for (const l of disagreementLines) console.log(l);
  }
  if (minF1 !== null && r.overall.f1 < minF1) {
    console.error(`F1 ${r.overall.f1.toFixed(3)} below --min-f1 ${minF1}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 0;
});
