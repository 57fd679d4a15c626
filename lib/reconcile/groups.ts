/**
 * The groups `findDisagreements` pairs inside: claims about one subject and property family
 * (valuation, pre- and post-money valuation are one family; "OpenAI" and " openai" one subject).
 */
import { propertyFamily } from "./claim-facts";
import type { SourcedClaim } from "./types";

/**
 * `ids` names each group (family → normalised subject → id, in order of first appearance, the
 * order pairs are reported in); the claims of group g are `members[start[g] .. start[g + 1])`, in
 * input order: one flat array, no array per group.
 */
export type Groups = { ids: Map<string, Map<string, number>>; start: Int32Array; members: Int32Array };

/** The claims of group g, as a view (for the few callers that want one). */
export const membersOf = ({ start, members }: Groups, g: number): Int32Array => members.subarray(start[g], start[g + 1]);

/** Groups the claims in one pass, without building a string per claim. */
export function groupBySubjectAndProperty(claims: SourcedClaim[]): Groups {
  const ids = new Map<string, Map<string, number>>();
  // raw property → raw subject → group, so that most claims cost two lookups
  const byRaw = new Map<string, Map<string, number>>();
  const groupOf = new Int32Array(claims.length);
  let count = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (i > 0 && c.subject === claims[i - 1].subject && c.property === claims[i - 1].property) {
      groupOf[i] = groupOf[i - 1]; // an article restating the figure it just gave
      continue;
    }
    let bySubject = byRaw.get(c.property);
    if (!bySubject) byRaw.set(c.property, (bySubject = new Map()));
    let g = bySubject.get(c.subject);
    if (g === undefined) {
      g = groupId(ids, propertyFamily(c.property), c.subject.trim().toLowerCase(), count);
      if (g === count) count++;
      bySubject.set(c.subject, g);
    }
    groupOf[i] = g;
  }
  // counting sort of the claims by group
  const start = new Int32Array(count + 1);
  for (let i = 0; i < groupOf.length; i++) start[groupOf[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const next = start.slice(0, count);
  const members = new Int32Array(groupOf.length);
  for (let i = 0; i < groupOf.length; i++) members[next[groupOf[i]]++] = i;
  return { ids, start, members };
}

/** The id of the family's group for the subject; `next` when the group is new. */
function groupId(ids: Groups["ids"], family: string, subject: string, next: number): number {
  let bySubject = ids.get(family);
  if (!bySubject) ids.set(family, (bySubject = new Map()));
  let g = bySubject.get(subject);
  if (g === undefined) bySubject.set(subject, (g = next));
  return g;
}
