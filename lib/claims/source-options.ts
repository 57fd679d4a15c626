/**
 * The sources the claims filter lists: the chosen ones first, then those whose title contains what
 * the reader typed, at most `limit` of them, so that thousands of articles stay a short list.
 */
export type SourceOption = { id: number; title: string };

export function sourceOptions<S extends SourceOption>(sources: S[], chosen: string[], needle: string, limit: number): { list: S[]; hidden: number } {
  const n = needle.trim().toLowerCase();
  const isChosen = (s: S) => chosen.includes(String(s.id));
  const matching = sources.filter((s) => !isChosen(s) && (!n || s.title.toLowerCase().includes(n)));
  return { list: [...sources.filter(isChosen), ...matching.slice(0, limit)], hidden: Math.max(0, matching.length - limit) };
}
