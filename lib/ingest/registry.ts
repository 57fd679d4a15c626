import type { Prisma } from "@/lib/generated/prisma/client";
import { CHIPS, COMPANIES, resolveChip, resolveCompany } from "@/lib/extract/entities";
import { CLOUD_PARENTS } from "@/lib/extract/registry";
import { slugify } from "@/lib/ingest/record-keys";

type Tx = Prisma.TransactionClient;

/** Creates the canonical companies and chips (with aliases) once; later calls add only what is new. */
export async function ensureRegistry(tx: Tx): Promise<void> {
  const [companies, chips] = await Promise.all([
    tx.company.findMany({ select: { name: true } }),
    tx.chip.findMany({ select: { name: true } }),
  ]);
  const haveCompany = new Set(companies.map((c) => c.name));
  const haveChip = new Set(chips.map((c) => c.name));
  const taken = new Set<string>();
  for (const { alias } of await tx.companyAlias.findMany({ select: { alias: true } })) taken.add("co:" + alias);
  for (const { alias } of await tx.chipAlias.findMany({ select: { alias: true } })) taken.add("chip:" + alias);
  const unique = (aliases: string[], name: string, ns: string) =>
    [...new Set(aliases)].filter((a) => a !== name && !taken.has(ns + a) && taken.add(ns + a));
  for (const c of COMPANIES.filter((c) => !haveCompany.has(c.name))) {
    await tx.company.create({
      data: {
        name: c.name,
        slug: c.slug,
        kind: c.kind,
        aliases: { create: unique(c.aliases, c.name, "co:").map((alias) => ({ alias })) },
      },
    });
  }
  for (const c of CHIPS.filter((c) => !haveChip.has(c.name))) {
    await tx.chip.create({
      data: {
        name: c.name,
        slug: slugify(c.name),
        vendor: c.vendor,
        kind: c.kind,
        predecessor: c.predecessor ?? null,
        aliases: { create: unique(c.aliases, c.name, "chip:").map((alias) => ({ alias })) },
      },
    });
  }
  await linkParents(tx);
}

/**
 * Business units and the company they belong to. Claims keep the unit (docs/claim-schema.md:
 * `AWS` is the cloud, `Amazon` the investor); the relationship view counts a unit with its parent.
 */
export const COMPANY_PARENTS: Readonly<Record<string, string>> = {
  ...CLOUD_PARENTS,
  "Amazon Bedrock": "Amazon",
  "Amazon S3": "Amazon",
  "Azure OpenAI Service": "Microsoft",
};

/** Links units to their parents where both exist and the link is missing (idempotent). */
async function linkParents(tx: Tx): Promise<void> {
  const companies = await tx.company.findMany({
    where: { name: { in: [...Object.keys(COMPANY_PARENTS), ...Object.values(COMPANY_PARENTS)] } },
    select: { id: true, name: true, parentId: true },
  });
  const idOf = new Map(companies.map((c) => [c.name, c.id]));
  for (const c of companies) {
    const parentId = idOf.get(COMPANY_PARENTS[c.name]);
    if (parentId !== undefined && c.parentId !== parentId)
      await tx.company.update({ where: { id: c.id }, data: { parentId } });
  }
}

/** Company id for a name: canonical when known, otherwise a new company of kind "other". */
export async function companyIdFor(tx: Tx, name: string): Promise<number> {
  const canonical = resolveCompany(name)?.name ?? name;
  const found = await tx.company.findUnique({ where: { name: canonical }, select: { id: true } });
  if (found) return found.id;
  const created = await tx.company.create({
    data: { name: canonical, slug: await freeSlug(tx, slugify(canonical)), kind: "other" },
  });
  if (COMPANY_PARENTS[canonical]) await linkParents(tx);
  return created.id;
}

/** Chip id for a chip-spec subject: canonical when known, otherwise a new chip of unknown vendor. */
export async function chipIdFor(tx: Tx, name: string): Promise<number> {
  const canonical = resolveChip(name)?.name ?? name;
  const found = await tx.chip.findUnique({ where: { name: canonical }, select: { id: true } });
  if (found) return found.id;
  const slug = slugify(canonical);
  const taken = await tx.chip.findUnique({ where: { slug }, select: { id: true } });
  const created = await tx.chip.create({
    data: { name: canonical, slug: taken ? `${slug}-${Date.now()}` : slug, vendor: "unknown", kind: "chip" },
  });
  return created.id;
}

export function knownCompany(name: string): boolean {
  return resolveCompany(name) !== undefined;
}

async function freeSlug(tx: Tx, slug: string): Promise<string> {
  const base = slug || "company";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.company.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}
