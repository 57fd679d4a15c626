import { describe, expect, it } from "vitest";
import { findEntities, orgLexicon } from "@/lib/extract/entities";
import { claimsOf, only } from "./helpers";

const names = (text: string) => [...new Set([...orgLexicon(text).byForm.values()].map((o) => o.name))];

describe("organisations the registry does not know", () => {
  it("an unknown investor and recipient, and the valuation of the unknown company", () => {
    const t = "Vertex Capital will invest $2.5 billion in Nimbus Labs, the startup said on Tuesday, valuing the company at $40 billion.";
    const a = only(t, "amount_usd");
    expect(a.subject).toBe("Vertex Capital -> Nimbus Labs");
    expect(a.status).toBe("announced");
    expect(only(t, "valuation_usd").subject).toBe("Nimbus Labs");
  });

  it("names ending in an organisation word, with legal suffixes dropped", () => {
    const t = "Shares of Brightline Technologies Inc. rose 12% after Copperleaf Partners LLC disclosed a holding.";
    expect(names(t)).toEqual(expect.arrayContaining(["Brightline Technologies", "Copperleaf Partners"]));
    expect(only(t, "stock_change_pct").subject).toBe("Brightline Technologies");
  });

  it("a round led by a fund: the round belongs to the company raising", () => {
    const t = "Robotics startup Tessellate has raised $310 million in a Series B round led by Greyfield, valuing it at $2.1 billion.";
    expect(names(t)).toEqual(expect.arrayContaining(["Tessellate", "Greyfield"]));
    expect(only(t, "round_size_usd").subject).toBe("Tessellate");
    expect(only(t, "valuation_usd").subject).toBe("Tessellate");
  });

  it("an unknown fund before a deal verb, the recipient named with its short form later", () => {
    const t = "Quarry Robotics is building warehouse arms. Lindqvist Group invested $75 million in Quarry, the company said.";
    expect(only(t, "amount_usd").subject).toBe("Lindqvist Group -> Quarry Robotics");
  });

  it("X-backed Y: the company after the backer is the one raising", () => {
    const t = "Orbit-backed Quill raised $120 million from Pinegrove Partners.";
    const lex = orgLexicon(t);
    const ents = findEntities(t, lex).map((e) => [e.name, e.kind]);
    expect(ents).toEqual([["Orbit", "investor"], ["Quill", "other"], ["Pinegrove Partners", "investor"]]);
    expect(only(t, "round_size_usd").subject).toBe("Quill");
  });

  it("a registry name inside an unknown-looking name stays the registry's", () => {
    const t = "The Nvidia-backed startup Halcyon AI was valued at $3 billion.";
    expect(names(t)).toEqual(["Halcyon AI"]);
    expect(only(t, "valuation_usd").subject).toBe("Halcyon AI");
    expect(only("Nvidia Corp. will invest $1 billion in Halcyon AI.", "amount_usd").subject).toBe("Nvidia -> Halcyon AI");
  });

  it("valuation of an unknown company written as a participle", () => {
    const t = "Kestrel AI, a rival, was valued at $900 million in January 2026.";
    const v = only(t, "valuation_usd");
    expect(v.subject).toBe("Kestrel AI");
    expect(v.as_of).toBe("2026-01");
  });

  it("ordinary capitalised words are not organisations", () => {
    const t = [
      "Investors poured money into the sector. Analysts said investors were cautious.",
      "Generative AI spending keeps growing, and generative tools are cheap.",
      "Future Of Cloud AI: A Transformative Moment For Startups",
      "On Tuesday, shares rose 3%.",
    ].join("\n");
    expect(names(t)).toEqual([]);
    expect(claimsOf(t)).toEqual([]);
  });

  it("a possessive ends a name", () => {
    expect(names("Saudi Arabia’s Wadi Holdings committed $400 million.")).toEqual(["Wadi Holdings"]);
  });
});
