import "server-only";
import { db } from "@/lib/db";
import type { ChipSpecRow } from "@/lib/chips/compare";

/** Specs of the given properties for every chip, with each claim and its article. */
export async function listChipSpecs({ properties }: { properties: readonly string[] }): Promise<ChipSpecRow[]> {
  return db.chipSpec.findMany({
    where: { property: { in: [...properties] } },
    orderBy: [{ chip: { name: "asc" } }, { property: "asc" }],
    select: {
      id: true,
      property: true,
      estimateValue: true,
      estimateValueMax: true,
      estimateQualifier: true,
      chip: { select: { name: true, slug: true, vendor: true, kind: true } },
      claims: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          value: true,
          valueMax: true,
          qualifier: true,
          quote: true,
          implausibleReason: true,
          source: { select: { id: true, title: true } },
        },
      },
    },
  });
}
