import { describe, expect, it } from "vitest";
import { findPublicationDate } from "@/lib/extract";
import { claimsOf, only } from "./helpers";

describe("company coreference", () => {
  it("the startup / start-up -> the unknown company introduced earlier", () => {
    expect(only("Brightwell Robotics builds warehouse arms. The startup raised $120 million in a Series B.", "round_size_usd").subject).toBe("Brightwell Robotics");
    expect(only("Lindqvist AI was founded in Oslo. The start-up is now valued at $2 billion.", "valuation_usd").subject).toBe("Lindqvist AI");
  });
  it("never the investor when the description raises money", () => {
    const t = "Calder Labs builds coding agents. Its last round was led by Northgate Capital. The startup is now raising $300 million.";
    expect(only(t, "round_size_usd").subject).toBe("Calder Labs");
    const u = "Halden Ventures said it backed Mirova AI early. The company was valued at $900 million after the round.";
    expect(only(u, "post_money_valuation_usd").subject).toBe("Mirova AI");
  });
  it("the lab / the firm / the company", () => {
    expect(only("Anthropic trains Claude. The lab raised $13 billion last year.", "round_size_usd").subject).toBe("Anthropic");
    expect(only("Talvik Systems sells inference servers. The firm said capital expenditures of $400 million are planned.", "capex_usd").subject).toBe("Talvik Systems");
  });
  it("the chipmaker / the cloud provider", () => {
    const t = "OpenAI is in talks with AMD. The chipmaker's shares rose 4% to $182.50.";
    expect(only(t, "share_price_usd").subject).toBe("AMD");
    expect(only("Meta signed a deal with Oracle. The cloud provider will be paid $20 billion over five years for computing capacity.", "compute_commitment_usd").subject).toBe("Meta -> Oracle");
  });
  it("the <City>-based company", () => {
    expect(only("Sorel Dynamics makes drones. The Lyon-based company raised €40 million.", "round_size_eur").subject).toBe("Sorel Dynamics");
  });
  it("an apposition after the description names a new company, not a reference", () => {
    const cs = claimsOf("Anthropic is growing fast. The startup Veyra AI raised $50 million.");
    expect(cs.find((c) => c.property === "round_size_usd")?.subject).toBe("Veyra AI");
  });
});

describe("subjects next to descriptions and possessives", () => {
  it("'the firm owns a stake' is the investor", () => {
    const t = "Brightline Ventures led the round in Sorelle AI. The firm now owns a 9% stake in Sorelle AI.";
    expect(only(t, "stake_pct").subject).toBe("Brightline Ventures -> Sorelle AI");
  });
  it("<A>'s rival <B> raised: B raises", () => {
    expect(only("Sorelle AI is growing. Sorelle's rival Kappa Labs raised £2bn this year.", "round_size_gbp").subject).toBe("Kappa Labs");
  });
  it("a headline short form folds to the full organisation name", () => {
    const t = "Paris lab Sorelle raises €600 million\nSorelle AI has raised €600 million in a Series B.";
    expect(claimsOf(t).map((c) => c.subject)).toEqual(["Sorelle AI", "Sorelle AI"]);
  });
  it("the buyer of compute is the nearest clause subject", () => {
    const t = "Microsoft will invest $200 million in Sorelle AI and Sorelle AI will spend $1.5 billion on Microsoft Azure.";
    expect(only(t, "compute_commitment_usd").subject).toBe("Sorelle AI -> Microsoft Azure");
  });
  it("money landed as debt is not a funding round", () => {
    expect(claimsOf("Quanta Robotics lands $250 million in debt.").some((c) => c.property === "round_size_usd")).toBe(false);
  });
});

describe("descriptions that are not references", () => {
  it("'the group of investors' is not the company", () => {
    const t = "Calder Labs builds agents. The group of investors led by Northgate Capital put $300 million into Calder Labs.";
    expect(claimsOf(t).find((c) => c.property === "amount_usd")?.subject).toBe("Northgate Capital -> Calder Labs");
  });
});

describe("investors and the one raising", () => {
  const t = [
    "By Ana Ruiz, Reuters | LONDON, May 2, 2026",
    "Aldwych Investment Authority is in talks to lead a funding round of $5 billion to $8 billion in Veridian AI, people familiar with the matter said. The fund is considering investing up to $3 billion itself.",
    "Veridian AI's backers include Microsoft, which could add another $1.5 billion. The company would also commit to spend $8 billion on Azure over five years.",
  ].join("\n");
  it("a round led in a company is that company's round", () => {
    expect(only(t, "round_size_usd")).toMatchObject({ subject: "Veridian AI", value: 5e9, value_max: 8e9, status: "talks" });
    expect(findPublicationDate(t)).toBe("2026-05-02");
  });
  it("'the fund' invests; '<X>'s backers include <Y>, which could add' is Y -> X", () => {
    const amounts = claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => c.subject);
    expect(amounts).toEqual(["Aldwych Investment Authority -> Veridian AI", "Microsoft -> Veridian AI"]);
  });
  it("'the company' skips a company that only invested", () => {
    expect(only(t, "compute_commitment_usd").subject).toBe("Veridian AI -> Microsoft Azure");
  });
});

describe("more descriptions", () => {
  it("'the chipmaker' -> an unknown chip company introduced earlier", () => {
    expect(only("Corvane Systems unveiled its C2 accelerator on Monday. The chipmaker raised $300 million in a Series B.", "round_size_usd").subject).toBe("Corvane Systems");
  });
  it("a description with a relative clause; a one-word unknown company", () => {
    expect(only("Nimbus Labs trains models on Trainium3. The startup, which has 200 employees, raised $50 million.", "round_size_usd").subject).toBe("Nimbus Labs");
    expect(only("Pellucid raised $40 million. The Oslo-based company is now valued at $400 million.", "valuation_usd").subject).toBe("Pellucid");
  });
});
