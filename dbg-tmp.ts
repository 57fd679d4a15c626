import { readFileSync } from "node:fs";
import { findEntities, orgLexicon } from "@/lib/extract/entities";
const t = readFileSync(process.argv[2], "utf8");
const lex = orgLexicon(t);
console.log([...lex.byForm.entries()].map(([k, v]) => `${k} => ${v.name} (${v.kind})`).join("\n"));
if (process.argv[3]) console.log(findEntities(process.argv[3], lex));
