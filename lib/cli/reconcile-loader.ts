/**
 * Loads `findDisagreements` from @/lib/reconcile when that module exists (it is written in
 * parallel); returns null otherwise so the CLIs still work without it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Claim, DisagreementType } from "@/lib/validations/claim";

export type ReconcileInput = Claim & { source: string; sourceDate?: string | null };
export type FindDisagreements = (
  claims: ReconcileInput[],
) => Array<{ a: number; b: number; type: DisagreementType; explanation: string }>;

export async function loadFindDisagreements(): Promise<FindDisagreements | null> {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "reconcile");
  if (!existsSync(path.join(root, "index.ts"))) return null;
  const mod = (await import("@/lib/reconcile")) as { findDisagreements?: FindDisagreements };
  return typeof mod.findDisagreements === "function" ? mod.findDisagreements : null;
}
