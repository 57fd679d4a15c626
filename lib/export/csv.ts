/** RFC 4180 CSV: every field that needs it quoted, quotes doubled, CRLF line ends. */

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Quote when the field holds a separator, a quote, a line break or edge spaces a reader would trim.
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function toCsv<Row extends Record<string, CsvValue>>(rows: Row[], columns: (keyof Row & string)[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** `dealscope-claims-2026-11-22.csv` */
export function exportFileName(dataset: string, format: "csv" | "json", now: Date = new Date()): string {
  return `dealscope-${dataset}-${now.toISOString().slice(0, 10)}.${format}`;
}
