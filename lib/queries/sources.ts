import { db } from "@/lib/db";

/** One article with its claims in text order, or null when there is no such source. */
export async function getSource(id: number) {
  return db.source.findUnique({
    where: { id },
    include: { claims: { orderBy: [{ start: "asc" }, { end: "desc" }] } },
  });
}

export type SourceWithClaims = NonNullable<Awaited<ReturnType<typeof getSource>>>;

/** Every article with its claim count, newest first. */
export async function listSources() {
  return db.source.findMany({
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedOn: true,
      fileName: true,
      _count: { select: { claims: true } },
    },
  });
}
