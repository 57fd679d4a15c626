import { describe, expect, it } from "vitest";
import { buildTimeline, defaultSince, timeTicks, type TimelineClaim } from "@/lib/timeline/points";
import { endedBy, spanOf } from "@/lib/timeline/spans";

const amazon = { name: "Amazon", slug: "amazon" };
const openai = { name: "OpenAI", slug: "openai" };
const dealAO = { id: 1, estimateProperty: "amount_usd", fromCompany: amazon, toCompany: openai };

let nextId = 1;
function claim(over: Partial<TimelineClaim> & { published?: string | null }): TimelineClaim {
  const { published = null, ...rest } = over;
  const id = nextId++;
  return {
    id,
    subject: "Amazon -> OpenAI",
    property: "amount_usd",
    value: 10e9,
    valueMax: null,
    qualifier: "at least",
    status: "talks",
    asOf: null,
    asOfPrecision: null,
    quote: `quote ${id}`,
    source: { id: 100 + id, title: `Article ${id}`, publisher: null, publishedOn: published, publishedPrecision: null },
    deal: dealAO,
    valuation: null,
    ...rest,
  };
}

describe("spanOf", () => {
  it("turns each precision into the span it covers", () => {
    expect(spanOf("2025-12-17")).toMatchObject({ precision: "day", start: Date.UTC(2025, 11, 17), end: Date.UTC(2025, 11, 18) });
    expect(spanOf("2025-12")).toMatchObject({ precision: "month", start: Date.UTC(2025, 11, 1), end: Date.UTC(2026, 0, 1) });
    expect(spanOf("2025")).toMatchObject({ precision: "year", start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(spanOf("2025-12-01", "month")).toMatchObject({ date: "2025-12", precision: "month" });
    expect(spanOf(null)).toBeNull();
    expect(spanOf("undated")).toBeNull();
  });
  it("knows whether a span had ended by a day", () => {
    expect(endedBy(spanOf("2025-12-17")!, "2025-12-17")).toBe(true);
    expect(endedBy(spanOf("2025-12-18")!, "2025-12-17")).toBe(false);
    expect(endedBy(spanOf("2025-12")!, "2025-12-17")).toBe(false);
    expect(endedBy(spanOf("2025-12")!, "2025-12-31")).toBe(true);
  });
});

describe("buildTimeline", () => {
  it("merges claims of one record stating the same figure, stage and date into one point", () => {
    const t = buildTimeline([claim({ asOf: "2025-12-17" }), claim({ published: "2025-12-17" }), claim({ asOf: "2025-12-17", status: "announced", value: 50e9, qualifier: "exact" })]);
    expect(t.plotted).toHaveLength(2);
    const talks = t.plotted.find((p) => p.stage === "talks")!;
    expect(talks.claims).toHaveLength(2);
    expect(talks.figure).toBe("≥ $10B");
    expect(talks.label).toBe("Amazon → OpenAI");
    expect(talks.dateLabel).toBe("17 Dec 2025");
  });

  it("draws a month-precision figure across its month and a year-precision one across its year", () => {
    const t = buildTimeline([claim({ asOf: "2025-09", asOfPrecision: "month" }), claim({ asOf: "2025", asOfPrecision: "year", value: 2e9 })]);
    const month = t.plotted.find((p) => p.span!.precision === "month")!;
    expect(month.span!.start).toBe(Date.UTC(2025, 8, 1));
    expect(month.span!.end).toBe(Date.UTC(2025, 9, 1));
    expect(month.x).toBe((Date.UTC(2025, 8, 1) + Date.UTC(2025, 9, 1)) / 2);
    expect(month.dateLabel).toBe("Sep 2025 (month only)");
    const year = t.plotted.find((p) => p.span!.precision === "year")!;
    expect(year.span!.end - year.span!.start).toBe(365 * 86400e3);
  });

  it("lists undated figures apart instead of plotting them", () => {
    const t = buildTimeline([claim({}), claim({ asOf: "2025-12-17" })]);
    expect(t.plotted).toHaveLength(1);
    expect(t.undated).toHaveLength(1);
    expect(t.undated[0].x).toBeNull();
    expect(t.undated[0].dateLabel).toBe("undated");
  });

  it("falls back to the article's date, and keeps non-USD figures off the USD axis", () => {
    const eur = claim({ property: "amount_eur", published: "2025-09-09", deal: { ...dealAO, id: 2, estimateProperty: "amount_eur" } });
    const t = buildTimeline([claim({ published: "2025-12" }), eur]);
    expect(t.plotted[0].span!.date).toBe("2025-12");
    expect(t.notUsd.map((e) => e.figure)).toEqual(["≥ €10B"]);
  });

  it("plots only the figure the deal is measured in (not tranches) and valuations", () => {
    const t = buildTimeline([
      claim({ asOf: "2025-12-17", property: "initial_tranche_usd" }),
      claim({ asOf: "2026-03", property: "valuation_usd", value: 852e9, deal: null, valuation: { id: 9, basis: "unspecified", company: openai } }),
    ]);
    expect(t.plotted.map((p) => [p.series, p.label])).toEqual([["valuation", "OpenAI valuation"]]);
  });

  it("as of a date, keeps only claims whose article was certainly out by then", () => {
    const claims = [
      claim({ published: "2025-09-18", asOf: "2025-09-18" }),
      claim({ published: "2025-12-17", value: 50e9 }),
      claim({ published: "2025-12", value: 20e9 }),
      claim({ asOf: "2025-06-13", value: 14e9 }),
      claim({ value: 7e9 }),
    ];
    const t = buildTimeline(claims, { asOf: "2025-12-10" });
    expect(t.plotted.map((p) => p.value)).toEqual([14e9, 10e9]);
    expect(t.undated).toEqual([]);
    expect(t.hiddenByAsOf).toBe(3);
    expect(buildTimeline(claims, { asOf: "2025-12-31" }).plotted).toHaveLength(4);
  });

  it("starts at `since`, listing earlier figures apart", () => {
    const claims = [claim({ asOf: "2014", value: 19e9 }), claim({ asOf: "2025-06-13" }), claim({ asOf: "2026-04", value: 30e9 })];
    const all = buildTimeline(claims);
    expect(all.years).toEqual([2014, 2025, 2026]);
    expect(defaultSince(all.years)).toBe(2025);
    const recent = buildTimeline(claims, { since: 2025 });
    expect(recent.plotted).toHaveLength(2);
    expect(recent.earlier.map((e) => e.value)).toEqual([19e9]);
    expect(recent.xDomain).toEqual([Date.UTC(2025, 3, 1), Date.UTC(2026, 6, 1)]);
    expect(recent.yDomain).toEqual([1e10, 1e11]);
  });

  it("gives quarter ticks on short ranges and year ticks on long ones", () => {
    expect(timeTicks([Date.UTC(2025, 3, 1), Date.UTC(2026, 0, 1)])).toEqual({
      ticks: [Date.UTC(2025, 3, 1), Date.UTC(2025, 6, 1), Date.UTC(2025, 9, 1), Date.UTC(2026, 0, 1)],
      precision: "month",
    });
    expect(timeTicks([Date.UTC(2014, 0, 1), Date.UTC(2026, 0, 1)]).precision).toBe("year");
  });
});
