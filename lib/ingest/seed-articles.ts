import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PartialDate } from "@/lib/validations/claim";

export const seedDir = path.join(process.cwd(), "prisma", "seed");

const ManifestSchema = z.object({
  about: z.string(),
  articles: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      url: z.string().nullable(),
      published: PartialDate.nullable(),
      set: z.enum(["seed", "corpus"]),
      provenance: z.string(),
    }),
  ),
});

export type SeedArticle = z.infer<typeof ManifestSchema>["articles"][number] & { text: string };

/** The articles shipped in prisma/seed/articles, with the metadata of prisma/seed/manifest.json. */
export async function readSeedArticles(): Promise<SeedArticle[]> {
  const manifest = ManifestSchema.parse(JSON.parse(await readFile(path.join(seedDir, "manifest.json"), "utf8")));
  return Promise.all(
    manifest.articles.map(async (a) => ({
      ...a,
      text: await readFile(path.join(seedDir, "articles", a.file), "utf8"),
    })),
  );
}
