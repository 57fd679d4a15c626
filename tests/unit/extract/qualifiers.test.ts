import { describe, expect, it } from "vitest";
import { qualifierAt } from "@/lib/extract/qualifiers";
import { only } from "./helpers";

const at = (t: string, fig: string) => {
  const s = t.indexOf(fig);
  return qualifierAt(t, s, s + fig.length);
};

describe("qualifiers", () => {
  it.each([
    ["more than $5 billion", "5 billion", "at least"],
    ["over $5 billion", "5 billion", "at least"],
    ["at least $5 billion", "5 billion", "at least"],
    ["$10B+ deal", "10B", "at least"],
    ["a $10 billion-plus deal", "10 billion", "at least"],
    ["up to $5 billion", "5 billion", "up to"],
    ["as much as $5 billion", "5 billion", "up to"],
    ["nearly $5 billion", "5 billion", "about"],
    ["roughly $5 billion", "5 billion", "about"],
    ["about $5 billion", "5 billion", "about"],
    ["around $5 billion", "5 billion", "about"],
    ["approximately $5 billion", "5 billion", "about"],
    ["~$5 billion", "5 billion", "about"],
    ["exactly $5 billion", "5 billion", "exact"],
  ])("%s -> %s", (t, fig, q) => {
    const f = t.indexOf(fig) - (t[t.indexOf(fig) - 1] === "$" ? 1 : 0);
    expect(qualifierAt(t, f, t.indexOf(fig) + fig.length)).toBe(q);
  });

  it("on claims (fixture and own sentences)", () => {
    expect(only("Amazon is in talks to invest $10B+ in OpenAI.", "amount_usd").qualifier).toBe("at least");
    expect(only("Nvidia will invest as much as $2 billion in xAI.", "amount_usd").qualifier).toBe("up to");
    expect(only("Google will invest roughly $3 billion in Anthropic.", "amount_usd").qualifier).toBe("about");
    expect(at("capacity of ~300 W", "300 W")).toBe("about");
  });
});
