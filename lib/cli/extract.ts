/**
 * npm run --silent extract -- [--json] [--published YYYY-MM-DD] FILE...
 *
 * --json prints ONE JSON object { claims, disagreements } to stdout and nothing else;
 * without it, a readable table. Bad input (missing, empty, binary, not UTF-8) is refused
 * with a message on stderr and a non-zero exit, before anything is printed to stdout.
 */
import { extractClaims, findPublicationDate } from "@/lib/extract";
import { readArticleFile } from "@/lib/ingest/text";
import type { FileClaim } from "@/lib/validations/claim";
import { findDisagreements } from "@/lib/reconcile";

type Args = { json: boolean; published: string | null; files: string[] };

function parseArgs(argv: string[]): Args {
  const out: Args = { json: false, published: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") out.json = true;
    else if (a === "--published") {
      const v = argv[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`--published expects a date YYYY-MM-DD, got ${v ?? "nothing"}`);
      out.published = v;
    } else if (a.startsWith("--published=")) {
      const v = a.slice("--published=".length);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`--published expects a date YYYY-MM-DD, got ${v}`);
      out.published = v;
    } else if (a === "--help" || a === "-h") {
      process.stderr.write("usage: npm run --silent extract -- [--json] [--published YYYY-MM-DD] FILE...\n");
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else out.files.push(a);
  }
  if (!out.files.length) throw new Error("no input file given (usage: extract [--json] [--published YYYY-MM-DD] FILE...)");
  return out;
}

function table(claims: FileClaim[], disagreements: { a: number; b: number; type: string }[]): string {
  const rows = claims.map((c, i) => [
    String(i),
    c.file.split("/").pop() ?? c.file,
    c.subject,
    c.property,
    c.value_max !== null ? `${c.value}..${c.value_max}` : String(c.value),
    c.qualifier,
    c.status ?? "",
    c.as_of ?? "",
    c.quote.length > 70 ? c.quote.slice(0, 67) + "..." : c.quote,
  ]);
  const head = ["#", "file", "subject", "property", "value", "qualifier", "status", "as_of", "quote"];
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const fmt = (r: string[]) => r.map((x, k) => x.padEnd(widths[k])).join("  ").trimEnd();
  const lines = [fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)];
  lines.push("", `${claims.length} claims, ${disagreements.length} disagreements`);
  for (const d of disagreements) lines.push(`  #${d.a} vs #${d.b}: ${d.type}`);
  return lines.join("\n") + "\n";
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  // read everything first: a bad file means no output at all
  const texts: { file: string; text: string }[] = [];
  for (const file of args.files) {
    try {
      texts.push({ file, text: readArticleFile(file) });
    } catch (e) {
      process.stderr.write(`extract: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const claims: FileClaim[] = [];
  const sources: { source: string; sourceDate: string | null }[] = [];
  for (const { file, text } of texts) {
    const published = args.published ?? findPublicationDate(text);
    const found = extractClaims(text, { publishedAt: published });
    process.stderr.write(`${file}: ${found.length} claims${published ? ` (published ${published})` : ""}\n`);
    for (const c of found) {
      claims.push({ file, ...c });
      sources.push({ source: file, sourceDate: published });
    }
  }
  const input = claims.map(({ file: _file, ...c }, i) => ({ ...c, ...sources[i] }));
  const disagreements = findDisagreements(input).map((d) => ({ a: d.a, b: d.b, type: d.type }));
  if (args.json) process.stdout.write(JSON.stringify({ claims, disagreements }, null, 2) + "\n");
  else process.stdout.write(table(claims, disagreements));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`extract: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
