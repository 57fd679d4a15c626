import { describe, expect, it } from "vitest";
import { only } from "./helpers";

describe("company figures", () => {
  it("tender offers: the total and the price per share", () => {
    expect(only("Kappa Labs launched a tender offer at $42 per share for employee stock.", "tender_price_per_share_usd")).toMatchObject({ subject: "Kappa Labs", value: 42 });
    expect(only("Kappa Labs said the tender offer of $1.5 billion lets staff sell shares.", "tender_offer_usd").value).toBe(1.5e9);
    expect(only("Brava AI is running a $600 million tender offer for early employees.", "tender_offer_usd").subject).toBe("Brava AI");
  });
  it("remaining performance obligations", () => {
    expect(only("Oracle reported remaining performance obligations of $455 billion.", "remaining_performance_obligations_usd").subject).toBe("Oracle");
    expect(only("Meanwhile CoreWeave's RPO rose to $30 billion.", "remaining_performance_obligations_usd").subject).toBe("CoreWeave");
  });
  it("users and employees", () => {
    expect(only("Kappa Labs now has 50 million daily users.", "daily_user_count").value).toBe(50e6);
    expect(only("Kappa Labs employs 1,200 people.", "employee_count").value).toBe(1200);
    expect(only("Brava AI, which employs about 300 staff, is hiring.", "employee_count")).toMatchObject({ subject: "Brava AI", qualifier: "about" });
  });
  it("a month of last year", () => {
    expect(only("Kappa Labs was valued at $12 billion in June last year.", "valuation_usd", "2026-03-01").as_of).toBe("2025-06");
    expect(only("Brava AI was valued at $2 billion in March of this year.", "valuation_usd", "2026-05-01").as_of).toBe("2026-03");
  });
});
