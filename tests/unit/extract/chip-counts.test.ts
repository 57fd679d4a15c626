import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim. */
const all = (t: string) => claimsOf(t).map((c) => [c.subject, c.property, c.value]);

describe("chip counts, systems and throughput", () => {
  it("counts streaming multiprocessors of a chip", () => {
    expect(all("The Zorin Z9 GPU has 144 streaming multiprocessors and 80 billion transistors.")).toContainEqual(["Zorin Z9", "sm_count", 144]);
  });

  it("an elided count noun ('and 72 into the R72 rack') takes the clause before's, and the nearest holder", () => {
    const s = all("Vexa Labs unveiled the Vexa V5 accelerator with 300 GB of HBM. Eight of the chips go into the VS8 server, and 72 into the VR72 rack, which Vexa says draws 120 kilowatts.");
    expect(s).toContainEqual(["Vexa VS8 server", "chip_count", 8]);
    expect(s).toContainEqual(["Vexa VR72 rack", "chip_count", 72]);
  });

  it("chips stacked 'into a single rack' are that chip's rack", () => {
    expect(all("Stratus stacks 144 SX4 chips into a single liquid-cooled rack with 2 TB of HBM memory.")).toContainEqual(["SX4 rack", "chip_count", 144]);
  });

  it("a number of racks is not the rack that holds the chips: the order's parties get both counts", () => {
    const s = all("Birchwood Cloud will buy 18,000 Grace Blackwell GPUs in 250 NVL72 racks from Nvidia. The first 6,000 chips are due in the third quarter.");
    expect(s).toContainEqual(["Birchwood Cloud -> Nvidia", "chip_count", 18000]);
    expect(s).toContainEqual(["Birchwood Cloud -> Nvidia", "rack_count", 250]);
    expect(s).toContainEqual(["Birchwood Cloud -> Nvidia", "first_tranche_chip_count", 6000]);
    expect(s.filter((x) => x[0] === "GB200 NVL72")).toEqual([]);
  });

  it("a deployment of a vendor's chips finds the vendor named later in the article", () => {
    const s = all("Marlin Cloud will deploy up to 20,000 Tovin T7 accelerators in the first phase. Tovin Semiconductor, the chip start-up, says each T7 delivers 5 petaflops of FP8 compute.");
    expect(s).toContainEqual(["Marlin Cloud -> Tovin Semiconductor", "chip_count", 20000]);
  });

  it("tokens per second go to the server, named bare or in full, and a multiple over the same server built with older chips", () => {
    const s = all("Vexa Labs unveiled the Vexa V5 accelerator. The Vexa VS8 server combines eight V5 accelerators with 2,048 GB of pooled HBM3E. In testing, a single VS8 generated 14,500 tokens per second, 2.9 times the output of a VS8 built with V4 chips.");
    expect(s).toContainEqual(["Vexa VS8 server", "inference_tokens_per_second", 14500]);
    expect(s).toContainEqual(["Vexa VS8 server", "perf_multiple_vs_vexa_v4", 2.9]);
  });
});

describe("percent gains of a chip", () => {
  it("'78% more capacity' is a memory gain over the predecessor; 'than the H100' names the baseline", () => {
    const s = all("Vexa Labs unveiled the Vexa V5 accelerator. Each V5 carries 256 GB of HBM3E memory, twice the bandwidth of the V4 and 78% more capacity.");
    expect(s).toContainEqual(["Vexa V5", "memory_increase_pct_vs_vexa_v4", 78]);
    const t = all("Zorin unveiled the Zorin Z9 accelerator with 200 GB of HBM. The Z9 offers 30% more memory than the H100 and 20 percent higher performance than the H200.");
    expect(t).toContainEqual(["Zorin Z9", "memory_increase_pct_vs_h100", 30]);
    expect(t).toContainEqual(["Zorin Z9", "perf_increase_pct_vs_h200", 20]);
  });

  it("'beats the B200 by 40%' is the first chip's gain; an unknown baseline is not the predecessor", () => {
    expect(all("Corvid Systems unveiled the Corvid C5 accelerator with 200 GB of HBM. Corvid claims the C5 beats the B200 by 40% on inference throughput.")).toContainEqual(["Corvid C5", "perf_increase_pct_vs_b200", 40]);
    expect(all("The B300 will offer up to 50 percent higher perf over AMD's Zeta series.").filter((x) => /increase/.test(String(x[1])))).toEqual([]);
  });
});

describe("company counts", () => {
  it("a company listed among investors is not the one that employs", () => {
    const s = all("Palvik Systems designs accelerators. The company has raised more than $1.1 billion from investors including SoftBank and Broadcom and employs 1,400 people in five countries.");
    expect(s).toContainEqual(["Palvik Systems", "employee_count", 1400]);
    expect(s.filter((x) => x[0] === "Broadcom")).toEqual([]);
  });

  it("staff and paying businesses a company has; staff it cuts are not a headcount", () => {
    const s = all("Marwen AI sells software to banks. The company says it now has more than 9,000 paying businesses and about 1,100 staff.");
    expect(s).toContainEqual(["Marwen AI", "paying_customer_count", 9000]);
    expect(s).toContainEqual(["Marwen AI", "employee_count", 1100]);
    expect(all("Marwen AI sells software to banks. Marwen said it would cut 300 staff.")).toEqual([]);
  });

  it("in an interview about a chip, 'we' is the chip's company: its people and its shipments", () => {
    const t = "Tovin Semiconductor makes the Tovin T7 accelerator, with 200 GB of HBM. The T7 rack holds 64 chips. How many T7 parts will you make? Overall we expect to ship more than 150,000 T7s this calendar year. How big is the team? We have about 420 people now.";
    const s = all(t);
    expect(s).toContainEqual(["Tovin Semiconductor", "shipment_count", 150000]);
    expect(s).toContainEqual(["Tovin Semiconductor", "employee_count", 420]);
  });
});

describe("company multiples and fleets", () => {
  it("revenue growth as a multiple, with its segment and year-over-year", () => {
    expect(all("The plan assumes Marwen AI's revenue grows roughly tenfold by 2030.")).toContainEqual(["Marwen AI", "revenue_growth_multiple", 10]);
    expect(all("Marwen AI said annualised revenue has grown tenfold in each of the past three years.")).toContainEqual(["Marwen AI", "revenue_growth_multiple_yoy", 10]);
    expect(all("Marwen AI reported enterprise revenue up more than 7× year-over-year.")).toContainEqual(["Marwen AI", "enterprise_revenue_growth_multiple_yoy", 7]);
  });

  it("GPUs a company operates are its own fleet, not a deal", () => {
    expect(all("Tarvo Cloud rents GPUs in Europe. The company now operates roughly 180,000 Nvidia GPUs across Europe.")).toEqual([["Tarvo Cloud", "chip_count", 180000]]);
  });
});
