import { extractClaims } from "@/lib/extract";
for (const t of process.argv.slice(2)) for (const c of extractClaims(t, { publishedAt: null })) console.log(c.subject, "|", c.property, c.value, c.value_max, c.qualifier, c.status, c.as_of, "|", c.quote);
