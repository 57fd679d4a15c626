import { describe, expect, it } from "vitest";
import { formatAxisDate, isoDay } from "@/lib/format";

describe("dates for file names and axes", () => {
  it("writes a day as YYYY-MM-DD, in local time or UTC", () => {
    expect(isoDay(new Date(2026, 10, 22, 23, 59))).toBe("2026-11-22");
    expect(isoDay(new Date(Date.UTC(2025, 0, 5)), "utc")).toBe("2025-01-05");
  });
  it("labels axis ticks at month or year precision", () => {
    expect(formatAxisDate(Date.UTC(2025, 9, 1))).toBe("Oct 2025");
    expect(formatAxisDate(Date.UTC(2025, 0, 1), "year")).toBe("2025");
  });
});
