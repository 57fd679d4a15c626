import { readFileSync } from "node:fs";
import { extractClaims } from "@/lib/extract";
const f = process.argv[2];
const pub = process.argv[3];
for (const c of extractClaims(readFileSync(f, "utf8"), { publishedAt: pub ?? null })) console.log(c.subject, "|", c.property, c.value, c.value_max, c.qualifier, c.status, c.as_of, "|", c.quote.slice(0, 80));
