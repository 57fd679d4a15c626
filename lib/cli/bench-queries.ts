/**
 * `npm run bench:queries [-- --scale 100 --rebuild]`: the dashboard's queries on a database holding
 * `scale` × the seed data (default 100×), median of repeated runs.
 *
 * The big database is built once into /tmp (reused while the migrations are unchanged): the seed
 * articles are ingested normally, then their sources and claims are copied `scale - 1` times in
 * SQL (each copy a distinct text), and records, disagreements and rates are rebuilt over all of it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { scale: { type: "string", default: "100" }, rebuild: { type: "boolean" }, runs: { type: "string", default: "15" } } });
const scale = Number(values.scale);
const runs = Number(values.runs);
const migrations = readdirSync(path.join(process.cwd(), "prisma", "migrations")).join(",");
const tag = createHash("sha256").update(migrations + scale).digest("hex").slice(0, 10);
const dir = "/tmp/dealscope-bench";
const file = path.join(dir, `x${scale}-${tag}.db`);
process.env.DATABASE_URL = "file:" + file;

async function build() {
  mkdirSync(dir, { recursive: true });
  rmSync(file, { force: true });
  const { applyMigrations } = await import("../../prisma/engine");
  await applyMigrations(process.env.DATABASE_URL!);
  const { db } = await import("@/lib/db");
  const { seedDatabase } = await import("@/lib/ingest/seed");
  const { extractorOrigin, proposeClaims } = await import("@/lib/ingest/ingest-article");
  const { rebuildRecords } = await import("@/lib/ingest/rebuild-records");
  const { reconcileSubjects, updateContradictionRates } = await import("@/lib/ingest/reconcile-claims");
  const t0 = performance.now();
  await seedDatabase(db, (a, text) => proposeClaims(text, a.published), extractorOrigin);
  const sourceCols = `title, publisher, url, publishedOn, publishedPrecision, fileName, provenance, machineSignals, contradictionRate`;
  const claimCols = `kind, subject, property, value, valueMax, qualifier, status, asOf, asOfPrecision, quote, start, "end", companyId, chipId, fromCompanyId, toCompanyId, origin, extractorName, extractorVersion, reviewState, implausibleReason, inconsistentReason`;
  const originals = await db.source.findMany({ select: { id: true } });
  for (let k = 1; k < scale; k++) {
    for (const { id } of originals) {
      await db.$executeRawUnsafe(
        `INSERT INTO Source (${sourceCols}, text, sha256) SELECT ${sourceCols}, text || char(10), sha256 || '-copy-${k}' FROM Source WHERE id = ?`,
        id,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO Claim (sourceId, ${claimCols}) SELECT last_insert_rowid(), ${claimCols} FROM Claim WHERE sourceId = ?`,
        id,
      );
    }
  }
  const subjects = (await db.claim.findMany({ distinct: ["subject"], select: { subject: true } })).map((c) => c.subject);
  await db.$transaction(
    async (tx) => {
      await rebuildRecords(tx, subjects);
      await reconcileSubjects(tx, subjects);
      await updateContradictionRates(tx);
    },
    { timeout: 600_000 },
  );
  console.error(`built ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function time(label: string, fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    return { query: label, median_ms: NaN, max_ms: NaN, error: message };
  }
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { query: label, median_ms: Number(ms[Math.floor(ms.length / 2)].toFixed(1)), max_ms: Number(ms.at(-1)!.toFixed(1)) };
}

async function main() {
  if (values.rebuild || !existsSync(file)) await build();
  const { db } = await import("@/lib/db");
  const q = (s: string) => new URLSearchParams(s);
  const { parseDealFilters } = await import("@/lib/validations/deal-filters");
  const { parseClaimFilters } = await import("@/lib/validations/claim-filters");
  const { parseSourceFilters } = await import("@/lib/validations/source-filters");
  const deals = await import("@/lib/queries/deals");
  const valuations = await import("@/lib/queries/valuations");
  const claims = await import("@/lib/queries/claims");
  const sources = await import("@/lib/queries/sources");
  const timeline = await import("@/lib/queries/timeline");
  const companies = await import("@/lib/queries/companies");
  const chips = await import("@/lib/queries/chips");
  const detail = await import("@/lib/deals/deal-detail");
  const { buildTimeline } = await import("@/lib/timeline/points");
  const unwrap = <T,>(r: T | { success: true; data: T } | { data?: T }) =>
    (r && typeof r === "object" && "data" in r ? (r as { data: T }).data : r) as T;
  const [counts, amazon, someSources] = await Promise.all([
    Promise.all([db.source.count(), db.claim.count(), db.deal.count(), db.disagreement.count()]),
    db.deal.findFirst({ where: { key: { startsWith: "amazon->openai" } }, select: { id: true } }),
    db.source.findMany({ take: 3, select: { id: true } }),
  ]);
  console.log(`database: ${counts[0]} sources, ${counts[1]} claims, ${counts[2]} deals, ${counts[3]} disagreements (${scale}× seed)`);
  const srcParam = someSources.map((s) => `source=${s.id}`).join("&");
  const rows = [
    await time("overview: deals + valuations", () =>
      Promise.all([deals.listDealsPage(unwrap(parseDealFilters(q("")))), valuations.listValuations({ limit: 25 })]),
    ),
    await time("/deals page 1", () => deals.listDealsPage(unwrap(parseDealFilters(q(""))))),
    await time("/deals party=OpenAI sort=amount", () => deals.listDealsPage(unwrap(parseDealFilters(q("party=OpenAI&sort=amount"))))),
    await time("/deals/[id] Amazon → OpenAI (page data)", async () => {
      const deal = (await deals.getDeal(amazon!.id))!;
      const shown = detail.shownClaims(deal.claims, detail.dealEstimate(deal.kind, deal.claims));
      await Promise.all([deals.listClaimCards([...shown.headline, ...shown.others]), deals.listDealDisagreementClaims(deal.id)]);
    }),
    await time("/claims page 1", () => claims.listClaims(unwrap(parseClaimFilters(q(""))))),
    await time("/claims 3 sources + property", () => claims.listClaims(unwrap(parseClaimFilters(q(`${srcParam}&property=amount_usd`))))),
    await time("/claims disagreements view", () => claims.listDisagreementGroups(unwrap(parseClaimFilters(q("view=disagreements"))))),
    await time("/sources page 1", () => sources.listSources(unwrap(parseSourceFilters(q(""))))),
    await time("/sources/[id]", () => sources.getSource(someSources[0].id)),
    await time("/timeline all companies (query + points)", async () => buildTimeline(await timeline.listTimelineClaims({}))),
    await time("/companies graph flows", () => companies.listDealFlows({})),
    await time("/chips specs", () => chips.listChipSpecs({ properties: ["peak_fp8_tflops", "peak_fp4_tflops", "memory_gb", "memory_bandwidth_tbps", "power_w"] })),
  ];
  console.table(rows);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
