import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DisagreementSchema, FileClaimSchema } from "@/lib/validations/claim";

/** Runs the CLI exactly as other tools do: `npm run --silent extract -- --json FILE...`. */
function extract(...args: string[]) {
  return spawnSync("npm", ["run", "--silent", "extract", "--", ...args], { encoding: "utf8", timeout: 60_000 });
}

const seeds = ["000_ee96afbd01939337.txt", "002_89a67d6ab82130e1.txt", "004_c029e999608bbd68.txt"].map((f) =>
  path.join("prisma", "seed", "articles", f),
);

describe("extract CLI contract", () => {
  it("prints one JSON object with claims (file + every schema field) and disagreements indexing them", () => {
    const run = extract("--json", ...seeds);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { claims: unknown[]; disagreements: unknown[] };
    expect(Object.keys(out).sort()).toEqual(["claims", "disagreements"]);
    const claims = out.claims.map((c) => FileClaimSchema.parse(c));
    expect(new Set(claims.map((c) => c.file))).toEqual(new Set(seeds));
    for (const c of claims) {
      for (const field of ["kind", "subject", "property", "value", "value_max", "qualifier", "status", "as_of", "quote", "start", "end"])
        expect(c).toHaveProperty(field);
    }
    const disagreements = out.disagreements.map((d) => DisagreementSchema.parse(d));
    for (const d of disagreements) {
      expect(d.a).toBeLessThan(claims.length);
      expect(d.b).toBeLessThan(claims.length);
      expect(claims[d.a].subject).toBe(claims[d.b].subject);
    }
    // Across files: the $10B talks figure (000) and the $50B announcement (002/004) disagree, temporally.
    expect(
      disagreements.some(
        (d) =>
          d.type === "temporal" &&
          claims[d.a].subject === "Amazon -> OpenAI" &&
          new Set([claims[d.a].value, claims[d.b].value]).has(10e9) &&
          new Set([claims[d.a].value, claims[d.b].value]).has(50e9),
      ),
    ).toBe(true);
  });

  it("refuses a binary or empty file on stderr with a non-zero exit and prints nothing on stdout", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dealscope-cli-"));
    const binary = path.join(dir, "photo.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const run = extract("--json", binary);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/binary/);
  });
});
