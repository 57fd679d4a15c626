import Link from "next/link";
import { hrefWith } from "@/lib/url";
import type { RawSearchParams } from "@/lib/validations/search-params";
import { HEADER_CELL, HEADER_CELL_RIGHT } from "@/components/ui/table-styles";

/** A column header that sorts the server-side table through the URL; aria-sort tells screen readers the order. */
export function SortHeader({
  label,
  sortKey,
  current,
  dir,
  pathname,
  params,
  align = "left",
}: {
  label: string;
  sortKey: string;
  current: string;
  dir: "asc" | "desc";
  pathname: string;
  params: RawSearchParams;
  align?: "left" | "right";
}) {
  const active = current === sortKey;
  const next = active && dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={align === "right" ? HEADER_CELL_RIGHT : HEADER_CELL}>
      <Link
        href={hrefWith(pathname, params, { sort: sortKey, dir: next, page: null })}
        className="inline-flex items-center gap-1 rounded hover:underline"
      >
        {label}
        <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
        <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}
