/**
 * The company a results figure with no company named belongs to ("Revenue for the third quarter came in at
 * $51.24 billion", "The company narrowed its capex forecast to …"): the company the article is about, even when
 * the article has so far shown it only investing in another (a results story that mentions an acquisition).
 * With `near`, only when that company was named in the last sentence or two ("Amazon has invested $8 billion in
 * Anthropic. Operating income of $17.4 billion ..." is Amazon's, not the startup's).
 */
import type { State } from "./state";

export function metricCompany(st: State, near = false): string | undefined {
  const d = st.dominant;
  return d && (near ? st.recentCompanies.slice(-4) : st.recentCompanies).includes(d) ? d : undefined;
}
