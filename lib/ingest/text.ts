import { createHash } from "node:crypto";

/** Normalises line endings and drops a BOM; everything else stays as written so quotes stay verbatim. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Decodes a file's bytes as UTF-8, refusing anything else with a message that says why. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error("the file is empty");
  if (bytes.includes(0)) throw new Error("the file contains NUL bytes: it looks like a binary file, not an article");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("the file is not valid UTF-8 text");
  }
}

export function datePrecision(date: string | null | undefined): "year" | "month" | "day" | null {
  if (!date) return null;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}
