/** Source.machineSignals is a JSON array of reasons; anything else reads as none. */
export function parseSignals(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
