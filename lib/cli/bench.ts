/**
 * `npm run bench [-- FILE...]`: a small timing table.
 * - findDisagreements on 2k / 20k / 200k synthetic claims and bestEstimate over their groups
 *   (median of several runs after a warm-up). The synthetic claims are realistic: many subjects,
 *   clusters of corroborating figures, talks → announced moves, rounded, "about" and
 *   conflicting figures, a few hot records that many articles repeat.
 * - extractClaims (when lib/extract provides it) on FILE... or every article in
 *   prisma/seed/articles: ms per article, ms per 10 KB and KB/s (best and median of 15 runs).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bestEstimate, findDisagreements, type SourcedClaim } from "../reconcile";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Small deterministic PRNG (mulberry32) so every run benches the same data. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ["OpenAI", "Anthropic", "xAI", "Mistral", "CoreWeave", "Scale AI", "Intel", "Perplexity", "Cohere", "Databricks"];
const INVESTORS = ["Amazon", "Microsoft", "Nvidia", "SoftBank", "Google", "Oracle", "AMD", "Meta", "GIC", "Coatue"];
const CHIPS = ["H100", "H200", "B200", "B300", "MI300X", "MI355X", "Trainium2", "Trainium3", "TPU v7", "Inferentia2"];
const CHIP_PROPS: Array<[string, number]> = [["peak_fp8_tflops", 2000], ["memory_gb", 192], ["power_w", 1000], ["memory_bandwidth_tbps", 8]];

type SyntheticRecord = { subject: string; property: string; kind: SourcedClaim["kind"]; value: number; deal: boolean };

/** `n` claims over ~n/12 records (deals, valuations, chip specs), each stated by several articles. */
export function syntheticClaims(n: number, seed = 42): SourcedClaim[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const records: SyntheticRecord[] = [];
  const nRecords = Math.max(10, Math.round(n / 12));
  for (let k = 0; k < nRecords; k++) {
    const roll = r();
    const suffix = k < 100 ? "" : ` ${Math.floor(k / 100)}`; // many distinct companies and chips
    if (roll < 0.45) {
      const co = pick(COMPANIES) + suffix;
      records.push({ subject: `${pick(INVESTORS)} -> ${co}`, property: "amount_usd", kind: "investment", value: Math.round(1 + r() * 60) * 1e9, deal: true });
    } else if (roll < 0.7) {
      records.push({ subject: pick(COMPANIES) + suffix, property: "valuation_usd", kind: "valuation", value: Math.round(20 + r() * 900) * 1e9, deal: true });
    } else {
      const [prop, base] = pick(CHIP_PROPS);
      records.push({ subject: pick(CHIPS) + suffix, property: prop, kind: "chip_spec", value: Math.round(base * (0.5 + r())), deal: false });
    }
  }
  const claims: SourcedClaim[] = [];
  let article = 0;
  while (claims.length < n) {
    // one article: a few records, each stated 1-3 times, mostly agreeing with other articles
    const source = `article_${article++}.txt`;
    const sourceDate = `2025-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-15`;
    const nRec = 2 + Math.floor(r() * 5);
    let offset = 0;
    for (let q = 0; q < nRec && claims.length < n; q++) {
      const rec = r() < 0.05 ? records[Math.floor(r() * 5)] : pick(records); // a few hot records
      const v = r();
      let value = rec.value;
      let qualifier: SourcedClaim["qualifier"] = "exact";
      let status: SourcedClaim["status"] = rec.deal ? "announced" : null;
      if (v < 0.12 && rec.deal) {
        value = Math.max(1, Math.round((rec.value * 0.3) / 1e9)) * 1e9; // the earlier talks figure
        qualifier = "at least";
        status = "talks";
      } else if (v < 0.2) qualifier = "about";
      else if (v < 0.25) value = Number(rec.value.toPrecision(1)); // rounded
      else if (v < 0.28) value = Math.round(rec.value * (1.2 + r())); // a conflicting figure
      const repeats = 1 + Math.floor(r() * 3);
      for (let t = 0; t < repeats && claims.length < n; t++) {
        const quote = `${rec.subject} ${rec.property} ${value} (${qualifier})`;
        claims.push({
          kind: rec.kind, subject: rec.subject, property: rec.property, value, value_max: null, qualifier, status,
          as_of: null, quote, start: offset, end: offset + quote.length, source, sourceDate,
        });
        offset += quote.length + 40;
      }
    }
  }
  return claims;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall-clock and CPU milliseconds (CPU time says more on a busy machine). */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  fn(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

function groupsOf(claims: SourcedClaim[]): SourcedClaim[][] {
  const m = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    const k = `${c.subject}\u0000${c.property}`;
    const l = m.get(k);
    if (l) l.push(c);
    else m.set(k, [c]);
  }
  return [...m.values()];
}

type Row = [string, string, string, string];

async function extractionRows(files: string[]): Promise<Row[]> {
  if (!["index.ts", "index.tsx", "index.js"].some((f) => existsSync(path.join(ROOT, "lib/extract", f))))
    return [["extractClaims", "-", "skipped", "lib/extract not present"]];
  let extractClaims: ((text: string) => unknown) | undefined;
  try {
    ({ extractClaims } = (await import("@/lib/extract")) as { extractClaims?: (text: string) => unknown });
  } catch (e) {
    return [["extractClaims", "-", "skipped", `import failed: ${(e as Error).message.split("\n")[0]}`]];
  }
  if (typeof extractClaims !== "function") return [["extractClaims", "-", "skipped", "no extractClaims export"]];
  const dir = path.join(ROOT, "prisma/seed/articles");
  const paths = files.length ? files : readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => path.join(dir, f));
  const texts = paths.map((f) => readFileSync(f, "utf8"));
  const kb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1024;
  let nClaims = 0;
  const runOnce = async () => {
    const t0 = performance.now();
    nClaims = 0;
    for (const t of texts) {
      const out = await extractClaims!(t);
      nClaims += Array.isArray(out) ? out.length : 0;
    }
    return performance.now() - t0;
  };
  try {
    await runOnce();
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) runs.push(await runOnce());
    const best = Math.min(...runs);
    const med = median(runs);
    const per = (ms: number) => `${(ms / texts.length).toFixed(2)} ms/article, ${((ms / kb) * 10).toFixed(2)} ms/10KB, ${(kb / (ms / 1000)).toFixed(0)} KB/s`;
    return [
      ["extractClaims (median)", `${texts.length} articles, ${kb.toFixed(0)} KB`, `${med.toFixed(1)} ms`, `${per(med)}; ${nClaims} claims`],
      ["extractClaims (best)", `${texts.length} articles, ${kb.toFixed(0)} KB`, `${best.toFixed(1)} ms`, per(best)],
    ];
  } catch (e) {
    return [["extractClaims", `${texts.length} articles`, "failed", (e as Error).message.split("\n")[0]]];
  }
}

async function main() {
  const rows: Row[] = [];
  for (const n of [2_000, 20_000, 200_000]) {
    const claims = syntheticClaims(n);
    let pairs = 0;
    const t = time(() => (pairs = findDisagreements(claims).length), n >= 200_000 ? 5 : 9);
    rows.push(["findDisagreements", `${n.toLocaleString("en-US")} claims`, `${t.wall.toFixed(1)} ms`, `cpu ${t.cpu.toFixed(0)} ms; ${pairs} pairs, ${groupsOf(claims).length} groups`]);
  }
  for (const n of [20_000, 200_000]) {
    const groups = groupsOf(syntheticClaims(n));
    const t = time(() => groups.forEach((g) => bestEstimate(g)), 5);
    rows.push(["bestEstimate (per group)", `${n.toLocaleString("en-US")} claims`, `${t.wall.toFixed(1)} ms`, `cpu ${t.cpu.toFixed(0)} ms; ${groups.length} groups`]);
  }
  rows.push(...(await extractionRows(process.argv.slice(2))));

  const head: Row = ["function", "input", "median", "notes"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: Row) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

// run as a script (npm run bench), not when imported for its generator
if (process.argv[1] && /bench\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
