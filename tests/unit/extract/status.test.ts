import { describe, expect, it } from "vitest";
import { statusCue } from "@/lib/extract/status";
import { only, claimsOf } from "./helpers";

describe("status cues", () => {
  it.each([
    ["Amazon is in talks to invest", "talks"],
    ["Google is considering an investment", "talks"],
    ["a deal could be worth", "talks"],
    ["Microsoft will invest", "announced"],
    ["the company announced an investment", "announced"],
    ["the two agreed to", "announced"],
    ["SoftBank completed the investment", "closed"],
    ["the round closed last week", "closed"],
    ["Amazon has invested", "closed"],
    ["the fund has put money in", "closed"],
    ["according to Bloomberg, the figure was", "reported"],
    ["analysts say the figure was", "reported"],
  ])("%s -> %s", (t, s) => expect(statusCue(t)).toBe(s));

  it("on claims", () => {
    expect(only("Amazon is in talks to invest $10 billion in OpenAI.", "amount_usd").status).toBe("talks");
    expect(only("Microsoft will invest $5 billion in Anthropic.", "amount_usd").status).toBe("announced");
    expect(only("SoftBank completed its $22 billion investment in OpenAI.", "amount_usd").status).toBe("closed");
    expect(only("Amazon is reportedly committing $4 billion to Anthropic.", "amount_usd").status).toBe("reported");
  });

  it("a sentence without a cue takes the deal's first stated stage", () => {
    const cs = claimsOf("Amazon is in talks to invest $10 billion in OpenAI. The $10 billion investment would be its largest.");
    expect(cs.map((c) => c.status)).toEqual(["talks", "talks"]);
  });

  it("specs carry no deal status unless second-hand", () => {
    expect(only("The B200 has 192 GB of HBM3e.", "memory_gb").status).toBeNull();
    expect(only("According to analysts, the B200 has 192 GB of HBM3e.", "memory_gb").status).toBe("reported");
  });
});
