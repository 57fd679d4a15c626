import { run } from "./phrasebook";

/**
 * Phrasebook round 2 for company metrics and counts: the harder constructions. A results figure whose company is
 * named only after it ("…, Micron said", "according to Dell") or a sentence earlier; guidance with the figure before
 * the word revenue and "plus or minus"; chips a provider deploys for a customer; a share of an order sent to one
 * site; a company's own fleet target; a platform named as the subject. Sentences are our own.
 */

run("results attributed after the figure", [
  ["Fourth-quarter revenue rose 38% to $9.4 billion, Micron said.", "Micron", "quarterly_revenue_usd", 9.4e9],
  ["Fourth-quarter revenue rose 38% to $9.4 billion, Micron said.", "Micron", "revenue_growth_pct_yoy", 38],
  ["Revenue for the quarter was $3.7 billion, according to Marvell.", "Marvell", "quarterly_revenue_usd", 3.7e9],
  ["Net income in the third quarter rose 21% to $1.6 billion, beating estimates, said Qualcomm.", "Qualcomm", "quarterly_net_income_usd", 1.6e9],
  ["Revenue for fiscal 2025 came in at $4.4 billion, Arm said in a statement on Tuesday.", "Arm", "annual_revenue_usd", 4.4e9],
  ["Second-quarter sales jumped 52% to $2.9 billion, Dell reported on Thursday.", "Dell", "quarterly_revenue_usd", 2.9e9],
  ["Dell reported results on Friday. Third-quarter revenue climbed 17% to $18.3 billion.", "Dell", "quarterly_revenue_usd", 18.3e9],
], [
  ["Third-quarter revenue jumped 30% to $5 billion, while Qualcomm said its own sales rose.", /revenue/, /Qualcomm/],
  ["Third-quarter revenue rose 12% to $2 billion, and Intel said it would cut jobs.", /revenue/, /Intel/],
]);

run("guidance, figure first and plus or minus", [
  ["Marvell said it expects about $2.2 billion in revenue in the fiscal third quarter, plus or minus 5%.", "Marvell", "quarterly_revenue_guidance_usd", 2.2e9, "about"],
  ["Micron expects fiscal second-quarter revenue of $19.5 billion, plus or minus $500 million.", "Micron", "quarterly_revenue_guidance_usd", 19.5e9, "about"],
  ["Dell expects $105 billion in sales for fiscal 2026.", "Dell", "annual_revenue_guidance_usd", 105e9],
  ["Qualcomm reported earnings on Wednesday. The chipmaker guided to about $10.7 billion in sales for the current quarter.", "Qualcomm", "quarterly_revenue_guidance_usd", 10.7e9, "about"],
  ["Marvell reported its results on Tuesday.\n- Q3 revenue outlook: $2.06 billion, plus or minus 5%\n", "Marvell", "quarterly_revenue_guidance_usd", 2.06e9, "about"],
], [
  ["Analysts expect $12 billion in revenue in the fourth quarter from Dell.", /guidance/],
  ["Dell expects $3 billion in revenue growth to come from servers.", /guidance/],
]);

run("chips deployed for a customer", [
  ["Lambda agreed to deploy roughly 80,000 Nvidia GB300 GPUs for Meta across its US sites.", "Meta -> Lambda", "chip_count", 80000, "about"],
  ["Crusoe will install about 50,000 GPUs for OpenAI at its Abilene campus.", "OpenAI -> Crusoe", "chip_count", 50000, "about"],
  ["Under the contract, CoreWeave is to provide up to 30,000 GPUs for Mistral AI.", "Mistral AI -> CoreWeave", "chip_count", 30000, "up to"],
], [
  ["Lambda agreed to deploy roughly 80,000 Nvidia GB300 GPUs for Meta across its US sites.", /chip_count/, /Nvidia/],
  ["Oracle bought 40,000 GPUs for its own cloud from Nvidia.", /chip_count/, /-> Oracle$/],
]);

run("shares of an order sent to one site", [], [
  ["Lambda signed a deal to deploy 80,000 GPUs for Meta. The largest chunk, about 50,000 GPUs, will sit at a campus in Ohio.", /chip_count/, /./, 50000],
  ["Lambda signed a deal to deploy 80,000 GPUs for Meta. Another 9,000 GPUs go into a leased site in Finland.", /chip_count/, /./, 9000],
  ["Lambda signed a deal to deploy 80,000 GPUs for Meta. The rest, some 21,000 GPUs, will be installed in Norway.", /chip_count/, /./, 21000],
]);

run("a company's own fleet and a platform", [
  ["Nebius said it expects to operate about 95,000 GPUs by the end of 2026.", "Nebius", "chip_count", 95000, "about"],
  ["Crusoe plans to operate more than 100,000 GPUs next year.", "Crusoe", "chip_count", 100000, "at least"],
  ["Lambda has said it aims to deploy 250,000 Nvidia GPUs globally.", "Lambda", "chip_count", 250000],
  ["Crusoe plans to have 1 million GPUs worldwide by 2027.", "Crusoe", "chip_count", 1e6],
  ["The first phase, Lambda Compute, built with Nvidia, is set to use 12,000 Grace Blackwell chips.", "Lambda Compute", "chip_count", 12000],
], [
  ["Nebius said it expects to operate about 95,000 GPUs by the end of 2026.", /chip_count/, /->/],
  ["Lambda has said it aims to deploy 250,000 Nvidia GPUs globally.", /chip_count/, /->/],
  ["Oracle plans to deploy 50,000 AMD MI450 chips in its cloud.", /chip_count/, /^Oracle$/],
]);
