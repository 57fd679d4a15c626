import type { RawSearchParams } from "@/lib/validations/search-params";

/**
 * `pathname?query` with some keys changed: null removes a key, an array repeats it.
 * Keeps every other param, so links carry the current filters.
 */
export function hrefWith(
  pathname: string,
  current: RawSearchParams,
  changes: Record<string, string | number | string[] | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | number | string[] | null | undefined> = { ...current, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") params.append(key, String(v));
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
