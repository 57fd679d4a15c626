import { describe, expect, it } from "vitest";
import { sourceOptions } from "@/lib/claims/source-options";

const sources = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, title: i % 100 === 7 ? `Orbit Labs raises round ${i}` : `Article ${i}` }));

describe("claims filter: which sources are listed", () => {
  it("thousands of sources: a short list, the rest counted, chosen ones always first", () => {
    const r = sourceOptions(sources, ["450"], "", 60);
    expect(r.list).toHaveLength(61);
    expect(r.list[0].id).toBe(450);
    expect(r.hidden).toBe(499 - 60);
  });
  it("typing part of a title narrows the list, case-insensitively", () => {
    const r = sourceOptions(sources, [], "orbit LABS", 60);
    expect(r.list.map((s) => s.id)).toEqual([8, 108, 208, 308, 408]);
    expect(r.hidden).toBe(0);
    expect(sourceOptions(sources, [], "no such title", 60).list).toEqual([]);
  });
});
