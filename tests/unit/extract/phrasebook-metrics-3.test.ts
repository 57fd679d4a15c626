import { run } from "./phrasebook";

/**
 * Phrasebook round 3 for sites and company metrics: a site's own financing (the site as subject of "secured $X in
 * project loans", "debt financing of $X for the campus"), its buildings, land, jobs and per-phase capacity; power
 * comparisons and GPU ranges that are no company capacity; a metric whose company is a description; "by the numbers"
 * lists; growth year over year and sequentially. Sentences are our own.
 */

const HALDEN = "Northwind is building Halden, its Ohio data center campus.";
const SEQUOIA = "Corvex is developing Project Larkspur in Arizona.";
run("a site's own financing", [
  [`${HALDEN} The campus secured $7.1 billion in project loans from a group of banks.`, "Halden", "debt_raised_usd", 7.1e9],
  [`${HALDEN} Halden has secured a $2.3 billion construction loan from JPMorgan.`, "Halden", "debt_raised_usd", 2.3e9],
  ["Aligned said Polaris, its Wyoming campus, obtained debt financing of $4.5 billion.", "Polaris", "debt_raised_usd", 4.5e9],
  [`${SEQUOIA} Banks agreed to provide $9 billion of debt financing for the project.`, "Project Larkspur", "debt_raised_usd", 9e9],
  [`${SEQUOIA} The project raised $3 billion of debt in June.`, "Project Larkspur", "debt_raised_usd", 3e9],
  ["Project Cedar, a data center in Kansas, has lined up about $6 billion in loans from a bank group.", "Project Cedar", "debt_raised_usd", 6e9, "about"],
  [`${HALDEN} Northwind picked Apollo to lead a $21 billion financing for the campus.`, "Halden", "financing_usd", 21e9],
  [`${SEQUOIA} The developer closed a $12 billion financing package for Project Larkspur last week.`, "Project Larkspur", "financing_usd", 12e9],
], [
  [`${SEQUOIA} Corvex sold $18 billion of bonds in September.`, /debt|financ/, /Larkspur/],
  [`${HALDEN} Northwind's bond sale raised $30 billion last month.`, /debt|financ/, /Halden/],
  [`${HALDEN} The campus will cost $10 billion to build.`, /debt|financ/, /Halden/],
  [`${SEQUOIA} Corvex repaid a $2 billion loan used for the project.`, /debt|financ/, /Larkspur/],
]);

run("a site's buildings, land, jobs and phases", [
  [`${HALDEN} The campus will have eight buildings.`, "Halden", "building_count", 8],
  [`${SEQUOIA} Seven data center buildings are already up at Project Larkspur.`, "Project Larkspur", "building_count", 7],
  [`${SEQUOIA} Project Larkspur will span 1,100 acres.`, "Project Larkspur", "site_area_acres", 1100],
  [`${HALDEN} The campus will cover 4 million square feet.`, "Halden", "site_area_sq_ft", 4e6],
  [`${HALDEN} The campus is expected to create 1,500 construction jobs and 300 permanent jobs.`, "Halden", "construction_job_count", 1500],
  [`${HALDEN} The campus is expected to create 1,500 construction jobs and 300 permanent jobs.`, "Halden", "permanent_job_count", 300],
  [`${SEQUOIA} The first phase of Project Larkspur will deliver 200 megawatts.`, "Project Larkspur", "first_phase_capacity_gw", 0.2],
], [
  [`${HALDEN} Northwind operates 40 buildings across the US.`, /building_count/, /Halden/],
  [`${HALDEN} The campus is 12 miles from the nearest town.`, /site_area/],
  [`${HALDEN} Northwind employs 3,000 people.`, /job_count/, /Halden/],
]);

run("power comparisons and GPU ranges", [
], [
  ["Zentra agreed to buy chips from Broadcom. Ten gigawatts is equivalent to the output of ten nuclear reactors.", /capacity|power/],
  ["Zentra agreed to buy chips from Broadcom. The 6 gigawatts is enough to power about 5 million homes.", /capacity|power/, /Zentra|Broadcom/],
  ["Zentra signed for 2 gigawatts. That is roughly as much electricity as two nuclear plants produce, or 1.5 million homes use.", /capacity|power/, /./, 1.5],
  ["Harbor AI plans to deploy between 400,000 and 600,000 Nvidia chips over five years.", /chip_count/, /./, 6e5],
]);

run("company named by a description", [
  ["Anysphere raised $900 million last year. The Cursor maker now has annualized revenue of more than $500 million.", "Anysphere", "annualized_revenue_usd", 5e8, "at least"],
], [
  ["Anysphere raised $900 million last year. The Cursor maker's rival Cognition has revenue of $150 million.", /revenue/, /Anysphere/],
]);

run("by the numbers", [
  ["Marvell reported results on Tuesday.\n- Revenue: $2.1 billion (vs. $2.05 billion expected)\n- EPS: 62 cents adjusted (vs. 60 cents expected)", "Marvell", "quarterly_revenue_usd", 2.1e9],
  ["Marvell reported results on Tuesday.\n- Revenue: $2.1 billion (vs. $2.05 billion expected)", "Marvell", "consensus_quarterly_revenue_usd", 2.05e9],
  ["Micron by the numbers:\n• Revenue: $11.3 billion, up 46% year over year\n• Net income: $3.2 billion", "Micron", "revenue_growth_pct_yoy", 46],
], [
  ["Marvell reported results on Tuesday.\n- Stock: $88.50 (up 4%)", /revenue/],
]);

run("growth year over year and sequentially", [
  ["Dell's revenue rose 19% from a year earlier to $27 billion in the third quarter.", "Dell", "revenue_growth_pct_yoy", 19],
  ["Dell's revenue rose 19% from a year earlier to $27 billion in the third quarter.", "Dell", "quarterly_revenue_usd", 27e9],
  ["Arista Networks's revenue grew 10% sequentially and 28% year over year to $2.3 billion in the quarter.", "Arista Networks", "revenue_growth_pct_qoq", 10],
  ["Arista Networks's revenue grew 10% sequentially and 28% year over year to $2.3 billion in the quarter.", "Arista Networks", "revenue_growth_pct_yoy", 28],
  ["Arista Networks's revenue grew 10% sequentially and 28% year over year to $2.3 billion in the quarter.", "Arista Networks", "quarterly_revenue_usd", 2.3e9],
  ["Micron said revenue climbed 37% on a year-over-year basis to $9.3 billion in the fiscal fourth quarter.", "Micron", "revenue_growth_pct_yoy", 37],
], [
  ["Arista Networks's revenue grew 10% sequentially and 28% year over year to $2.3 billion in the quarter.", /revenue_growth_pct_yoy/, /./, 10],
  ["Arista Networks's shares rose 10% on Wednesday after revenue beat forecasts.", /revenue_growth/],
]);

run("a financing deal with an investor stays the investor's", [], [
  [`${HALDEN} Northwind struck a $20 billion financing deal with Apollo for Halden.`, /financing_usd|debt_raised/, /^Halden$/],
]);
