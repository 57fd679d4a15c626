import { describe, expect, it } from "vitest";
import { csvField, exportFileName, toCsv } from "@/lib/export/csv";
import { CLAIM_COLUMNS, DEAL_COLUMNS } from "@/lib/export/rows";

describe("CSV encoding", () => {
  it("quotes separators, quotes, line breaks and edge spaces; leaves plain fields alone", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(50000000000)).toBe("50000000000");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "initial" $15 billion')).toBe('"the ""initial"" $15 billion"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("≥ $10B")).toBe("≥ $10B");
  });

  it("writes a header even with no rows, and CRLF line ends", () => {
    expect(toCsv([], ["id", "figure"])).toBe("id,figure\r\n");
    expect(toCsv([{ id: 1, figure: "$15–25B", quote: 'said "up to", roughly' }], ["id", "figure", "quote"])).toBe(
      'id,figure,quote\r\n1,$15–25B,"said ""up to"", roughly"\r\n',
    );
  });

  it("names files by dataset and day", () => {
    expect(exportFileName("claims", "csv", new Date("2026-11-22T10:00:00Z"))).toBe("dealscope-claims-2026-11-22.csv");
    expect(exportFileName("deals", "json", new Date("2026-01-02T23:00:00Z"))).toBe("dealscope-deals-2026-01-02.json");
  });

  it("has the columns a reader needs to trace a figure", () => {
    expect(CLAIM_COLUMNS).toEqual(expect.arrayContaining(["id", "figure", "value", "quote", "source_id", "disagreement_types"]));
    expect(DEAL_COLUMNS).toEqual(expect.arrayContaining(["from", "to", "estimate", "estimate_value", "status"]));
  });
});
