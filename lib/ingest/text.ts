import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { MAX_ARTICLE_BYTES } from "@/lib/validations/source";

/** Normalises line endings and drops a BOM; everything else stays as written so quotes stay verbatim. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Decodes a file's bytes as UTF-8 (without a BOM), refusing anything else with a message that says why. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error("the file is empty");
  if (bytes.includes(0)) throw new Error("the file contains NUL bytes: it looks like a binary file, not an article");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("the file is not valid UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new Error("the file contains only whitespace");
  return text;
}

/** Reads one article file for the CLIs: errors name the file and say what is wrong with it. */
export function readArticleFile(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new Error("is a directory, not a text file");
    size = st.size;
  } catch (error) {
    throw new Error(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  if (size > MAX_ARTICLE_BYTES) throw new Error(`${file}: too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  try {
    return decodeArticleBytes(readFileSync(file));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export function datePrecision(date: string | null | undefined): "year" | "month" | "day" | null {
  if (!date) return null;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}
