import { describe, expect, it } from "vitest";
import { findDisagreements } from "@/lib/reconcile";
import { claim } from "./helpers";

const capex = (value: number, as_of: string, quote: string, start: number) =>
  claim({ kind: "other", subject: "Halvorsen Cloud", property: "capex_usd", value, as_of, quote, start, status: "reported", source: "r.txt", sourceDate: "2026-05-04" });

describe("findDisagreements: one article giving a figure and its revision", () => {
  it("temporal: a forecast raised, with the earlier figure the article recalls, earlier first", () => {
    const claims = [
      capex(42e9, "2026-05-04", "lifted its full-year spending forecast to about $42 billion", 10),
      capex(30e9, "2026-02", "up from the $30 billion it guided to in February", 90),
    ];
    const [d] = findDisagreements(claims);
    expect(d).toMatchObject({ a: 1, b: 0, type: "temporal" });
    expect(d.explanation).toContain("revised");
  });

  it("temporal: talks that ended in a firm round in the same article", () => {
    const round = (value: number, status: "talks" | "closed", as_of: string, quote: string, start: number) =>
      claim({ kind: "investment", subject: "Brisa Labs", property: "round_size_usd", value, status, as_of, quote, start, source: "r.txt", sourceDate: "2026-06-02" });
    const claims = [round(900e6, "closed", "2026-05", "Brisa Labs closed a $900 million round last month", 5), round(600e6, "talks", "2026-02", "was in talks in February to raise $600 million", 120)];
    expect(findDisagreements(claims)).toMatchObject([{ a: 1, b: 0, type: "temporal" }]);
  });

  it("a chip spec trimmed between announcement and launch is temporal", () => {
    const spec = (value: number, as_of: string, quote: string, start: number) =>
      claim({ kind: "chip_spec", subject: "Vireo V9", property: "memory_gb", value, as_of, quote, start, source: "c.txt", sourceDate: "2026-03-01" });
    const claims = [spec(320, "2025-06", "unveiled in June with 320 GB of HBM", 0), spec(288, "2025-11", "by launch the figure had been trimmed to 288 GB", 60)];
    expect(findDisagreements(claims)).toMatchObject([{ type: "temporal" }]);
  });
});

describe("findDisagreements: one article's separate events stay a timeline", () => {
  it("two closed rounds months apart, each 'raised', do not pair", () => {
    const round = (value: number, as_of: string, quote: string, start: number) =>
      claim({ kind: "investment", subject: "Brisa Labs", property: "round_size_usd", value, status: "closed", as_of, quote, start, source: "r.txt", sourceDate: "2026-06-02" });
    expect(findDisagreements([round(80e6, "2025-03", "In March 2025 it raised $80 million", 0), round(120e6, "2025-09", "then raised $120 million in September", 50)])).toEqual([]);
  });

  it("a backlog 'up from' last quarter's is two quarter-ends, not a revision", () => {
    const backlog = (value: number, as_of: string, quote: string, start: number) =>
      claim({ kind: "other", subject: "Halvorsen Cloud", property: "contracted_backlog_usd", value, as_of, quote, start, source: "r.txt", sourceDate: "2026-05-04" });
    expect(findDisagreements([backlog(31e9, "2026-03", "Backlog ended the quarter at $31 billion", 0), backlog(24e9, "2025-12", "up from $24 billion at the end of December", 40)])).toEqual([]);
  });

  it("talks dated after a closed round are the next round being negotiated", () => {
    const round = (value: number, status: "talks" | "closed", as_of: string, quote: string, start: number) =>
      claim({ kind: "investment", subject: "Brisa Labs", property: "round_size_usd", value, status, as_of, quote, start, source: "r.txt", sourceDate: "2026-06-02" });
    expect(findDisagreements([round(500e6, "closed", "2026-01", "closed a $500 million round in January", 0), round(700e6, "talks", "2026-05", "is now in talks to raise $700 million", 80)])).toEqual([]);
  });

  it("a company metric does not take the article's deal stage: a capex forecast revised after an announced deal", () => {
    const claims = [
      claim({ kind: "investment", subject: "Halvorsen Cloud", property: "amount_usd", value: 5e9, status: "announced", as_of: "2026-02", quote: "announced a $5 billion deal", start: 0, source: "x.txt", sourceDate: "2026-02-10" }),
      capex(30e9, "2026-02", "it expects capital spending of about $30 billion", 40),
      { ...capex(42e9, "2026-05-04", "lifted its full-year spending forecast to about $42 billion", 10), source: "y.txt" },
      claim({ kind: "investment", subject: "Halvorsen Cloud", property: "amount_usd", value: 2e9, status: "closed", as_of: "2026-05", quote: "closed a $2 billion loan", start: 0, source: "y.txt", sourceDate: "2026-05-04" }),
    ];
    claims[1] = { ...claims[1], source: "x.txt", sourceDate: "2026-02-10" };
    expect(findDisagreements(claims)).toMatchObject([{ type: "temporal" }]);
  });
});

describe("findDisagreements: two signed deals between the same parties", () => {
  const contract = (value: number, as_of: string, source: string) =>
    claim({ subject: "Brisa Labs -> Halvorsen Cloud", property: "compute_commitment_usd", value, as_of, source, status: "announced" });

  it("different_deal: a $6B contract in March and a $14B one in September", () => {
    expect(findDisagreements([contract(6e9, "2026-03", "x.txt"), contract(14e9, "2026-09", "y.txt")])).toMatchObject([{ type: "different_deal" }]);
  });

  it("a company's own figures (not a flow between two parties) months apart stay a timeline", () => {
    const round = (value: number, as_of: string, source: string) =>
      claim({ subject: "Brisa Labs", property: "round_size_usd", value, as_of, source, status: "closed" });
    expect(findDisagreements([round(6e9, "2026-03", "x.txt"), round(14e9, "2026-09", "y.txt")])).toEqual([]);
  });
});

describe("findDisagreements: figures that do not drift", () => {
  const stake = (value: number, as_of: string, source: string, status: "announced" | "closed" | null, qualifier: "exact" | "about" = "about") =>
    claim({ subject: "Halvorsen Cloud -> Brisa Labs", property: "stake_pct", value, as_of, source, status, qualifier });

  it("conflict: a stake of about 4 % in one article and about 5 % three months later", () => {
    expect(findDisagreements([stake(4, "2026-02", "x.txt", "announced"), stake(5, "2026-05", "y.txt", "closed")])).toMatchObject([{ type: "conflict" }]);
  });

  it("a stake two years apart is still a timeline", () => {
    expect(findDisagreements([stake(4, "2024-02", "x.txt", "announced"), stake(9, "2026-05", "y.txt", "closed")])).toEqual([]);
  });
});

describe("findDisagreements: one article writing a figure at two precisions", () => {
  const multiple = (value: number, qualifier: "exact" | "about", quote: string, start: number) =>
    claim({ kind: "chip_spec", subject: "Vireo V9", property: "perf_multiple_vs_vireo_v8", value, qualifier, quote, start, source: "c.txt", sourceDate: "2026-03-01" });

  it("rounding: 4.7x in a heading and about 4.66x in the body", () => {
    expect(findDisagreements([multiple(4.7, "exact", "4.7x faster", 0), multiple(4.66, "about", "roughly 4.66 times the V8", 80)])).toMatchObject([{ type: "rounding" }]);
  });

  it("two 'about' figures 20 % apart are not one figure rounded", () => {
    const [d] = findDisagreements([multiple(23, "about", "about 23x", 0), multiple(19, "about", "about 19x", 80)]);
    expect(d?.type).not.toBe("rounding");
  });
});

describe("findDisagreements: a running total between two parties", () => {
  it("temporal: 'contracts worth $15.9B' in May, 'deals now total $22.4B' in November", () => {
    const total = (value: number, as_of: string, source: string) =>
      claim({ subject: "Brisa Labs -> Halvorsen Cloud", property: "total_compute_commitment_usd", value, as_of, source, status: "announced" });
    expect(findDisagreements([total(15.9e9, "2026-05", "x.txt"), total(22.4e9, "2026-11", "y.txt")])).toMatchObject([{ a: 0, b: 1, type: "temporal" }]);
  });
});
