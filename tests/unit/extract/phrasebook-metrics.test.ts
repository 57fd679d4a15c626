import { run } from "./phrasebook";

/**
 * Phrasebook for company metrics, results, sites and capacity: the ordinary ways wires, business
 * papers, trade press, blogs and newsletters state users, customers, staff, revenue, losses and
 * burn, capex, market value, share moves, backlog, margins, and site capacity. Sentences are our own.
 */

run("users", [
  ["ChatGPT now has 700 million weekly users.", "ChatGPT", "weekly_user_count", 700e6, "exact"],
  ["Perplexity says it has about 45 million weekly users.", "Perplexity", "weekly_user_count", 45e6, "about"],
  ["Gemini has more than 650 million monthly active users, Alphabet said.", "Gemini", "monthly_active_user_count", 650e6, "at least"],
  ["Mistral AI said it now counts some 20 million monthly active users.", "Mistral AI", "monthly_active_user_count", 20e6, "about"],
  ["Claude's weekly active users roughly doubled to 30 million this year.", "Claude", "weekly_active_user_count", 30e6],
  ["Mistral AI's Le Chat has 12 million weekly active users.", "Le Chat", "weekly_active_user_count", 12e6],
  ["Grok has about 35 million daily users.", "Grok", "daily_user_count", 35e6, "about"],
  ["Runway now has 2 million paying subscribers.", "Runway", "paying_subscriber_count", 2e6],
  ["Perplexity (30 million MAUs) is in talks to raise money.", "Perplexity", "monthly_active_user_count", 30e6],
], [
  ["Meta AI will be rolled out to 40 countries.", /user/],
  ["The app was downloaded 50 million times in 2025.", /user_count/],
  ["GPT-5 was released to 200 testers on Monday.", /user_count/],
]);

run("customers", [
  ["Anthropic now serves more than 300,000 business customers.", "Anthropic", "business_customer_count", 300000, "at least"],
  ["Cohere serves more than 18,000 organizations worldwide.", "Cohere", "organization_count", 18000, "at least"],
  ["Databricks said it has over 15,000 customers.", "Databricks", "customer_count", 15000, "at least"],
  ["Nebius counts about 3,000 enterprise customers.", "Nebius", "enterprise_customer_count", 3000, "about"],
], [
  ["Cohere signed a deal with 3 customers in Canada in 2024.", /customer_count/],
]);

run("employees", [
  ["Mistral AI employs more than 900 people.", "Mistral AI", "employee_count", 900, "at least"],
  ["Reflection AI was founded in 2024. It employs about 60 researchers and engineers.", "Reflection AI", "employee_count", 60, "about"],
  ["Cohere has roughly 800 employees.", "Cohere", "employee_count", 800, "about"],
  ["Safe Superintelligence, which has about 25 employees, raised money.", "Safe Superintelligence", "employee_count", 25, "about"],
  ["Anthropic's headcount has grown to about 4,000.", "Anthropic", "employee_count", 4000, "about"],
  ["Nscale has a staff of 200.", "Nscale", "employee_count", 200],
  ["Thinking Machines Lab has a team of about 40 researchers.", "Thinking Machines Lab", "employee_count", 40, "about"],
  ["Lambda has grown to 500 employees, the company said.", "Lambda", "employee_count", 500],
  ["Intel plans to cut its workforce to about 75,000 employees.", "Intel", "employee_count", 75000, "about"],
], [
  ["Intel said it would cut 15% of its staff.", /employee_count/],
  ["The lab was founded by 3 former researchers in 2023.", /employee_count/],
]);

run("revenue and run rate", [
  ["OpenAI expects to exit 2025 above $20 billion in annualized revenue run rate.", "OpenAI", "annualized_revenue_usd", 20e9, "at least"],
  ["Anthropic's run-rate revenue reached $5 billion in August.", "Anthropic", "annualized_revenue_usd", 5e9],
  ["Cohere's annualized revenue topped $1 billion, people familiar said.", "Cohere", "annualized_revenue_usd", 1e9, "at least"],
  ["Cohere is on track for $200 million in annualized revenue.", "Cohere", "annualized_revenue_usd", 200e6],
  ["Perplexity's annual recurring revenue passed $500 million in June.", "Perplexity", "annual_recurring_revenue_usd", 500e6, "at least"],
  ["Lovable hit $100 million in ARR eight months after launch.", "Lovable", "annual_recurring_revenue_usd", 100e6],
  ["Nvidia reported revenue of $57 billion in the quarter.", "Nvidia", "quarterly_revenue_usd", 57e9],
  ["Oracle's sales rose 12% to $16 billion.", "Oracle", "revenue_growth_pct_yoy", 12],
  ["Broadcom's quarterly revenue rose 22% to $15.95 billion.", "Broadcom", "quarterly_revenue_usd", 15.95e9],
  ["AMD posted third-quarter revenue of $9.2 billion, up 36% from a year earlier.", "AMD", "quarterly_revenue_usd", 9.2e9],
  ["OpenAI generated $4.3 billion in revenue in the first half of 2025.", "OpenAI", "half_year_revenue_usd", 4.3e9],
  ["Anthropic expects revenue of $9 billion this year.", "Anthropic", "annual_revenue_usd", 9e9],
  ["CoreWeave forecast 2025 revenue of $5.05 billion to $5.15 billion.", "CoreWeave", "annual_revenue_guidance_usd", 5.05e9, "range", 5.15e9],
  ["Nvidia expects fourth-quarter revenue of about $65 billion.", "Nvidia", "quarterly_revenue_guidance_usd", 65e9, "about"],
], [
  ["OpenAI's GPT-5 costs $1.25 per million input tokens.", /revenue/],
  ["Anthropic hopes revenue could one day reach the scale of Microsoft's.", /revenue/],
]);

run("losses, profit and burn", [
  ["OpenAI burned $2.5 billion in cash in the first half.", "OpenAI", "half_year_cash_burn_usd", 2.5e9],
  ["OpenAI is projected to burn $115 billion through 2029.", "OpenAI", "cumulative_cash_burn_usd", 115e9],
  ["Anthropic expects cash burn of about $3 billion this year.", "Anthropic", "cash_burn_usd", 3e9, "about"],
  ["xAI is burning about $1 billion a month.", "xAI", "monthly_cash_burn_usd", 1e9, "about"],
  ["CoreWeave's net loss widened to $290 million.", "CoreWeave", "net_loss_usd", 290e6],
  ["Intel, which lost $18.8 billion last year, is cutting costs.", "Intel", "net_loss_usd", 18.8e9],
  ["Broadcom posted net income of $4.1 billion in the quarter.", "Broadcom", "quarterly_net_income_usd", 4.1e9],
  ["Micron reported results on Wednesday. Net income rose 40% to $9.2 billion in the quarter.", "Micron", "quarterly_net_income_usd", 9.2e9],
], [
  ["OpenAI could lose its lead if rivals catch up in 2026.", /loss|burn/],
]);

run("capex", [
  ["Meta plans to spend $70 billion on capital expenditures this year.", "Meta", "capex_usd", 70e9],
  ["Microsoft expects capital expenditures of about $80 billion in fiscal 2025.", "Microsoft", "capex_usd", 80e9, "about"],
  ["Alphabet raised its capex guidance to $91 billion to $93 billion.", "Alphabet", "capex_usd", 91e9, "range", 93e9],
  ["Amazon's capital spending will reach about $125 billion this year.", "Amazon", "capex_usd", 125e9, "about"],
  ["Oracle spent $8.5 billion on capital expenditures in the quarter.", "Oracle", "quarterly_capex_usd", 8.5e9],
], [
  ["Meta's capex guidance was unchanged, the company said on Wednesday 29 October 2025.", /capex/],
]);

run("market value and share moves", [
  ["Nvidia became the first company with a market value above $4 trillion.", "Nvidia", "market_cap_usd", 4e12, "at least"],
  ["Microsoft, a $3.9 trillion company, reported results.", "Microsoft", "market_cap_usd", 3.9e12],
  ["Broadcom's market capitalization rose to about $1.6 trillion.", "Broadcom", "market_cap_usd", 1.6e12, "about"],
  ["Shares of Oracle rose 5% on Tuesday.", "Oracle", "stock_change_pct", 5],
  ["AMD stock fell 3.4% in after-hours trading.", "AMD", "stock_change_pct", -3.4],
  ["Oracle shares jumped 36% on Wednesday.", "Oracle", "stock_change_pct", 36],
  ["CoreWeave's shares slid 8% after the report.", "CoreWeave", "stock_change_pct", -8],
], [
  ["Nvidia holds a 7% stake in CoreWeave.", /stock_change_pct|market_cap/],
]);

run("backlog and margins", [
  ["Oracle's remaining performance obligations jumped to $455 billion.", "Oracle", "remaining_performance_obligations_usd", 455e9],
  ["CoreWeave's revenue backlog stood at $55.6 billion at the end of September.", "CoreWeave", "contracted_backlog_usd", 55.6e9],
  ["Nvidia reported on Wednesday. Gross margin came in at 73.4%, the company said.", "Nvidia", "gross_margin_pct", 73.4],
  ["TSMC's gross margin widened to 59.5%.", "TSMC", "gross_margin_pct", 59.5],
], []);

run("sites and capacity", [
  ["Meta's Hyperion campus will draw 5 gigawatts.", "Hyperion", "capacity_gw", 5],
  ["Project Rainier sits on roughly 1,200 acres in Indiana.", "Project Rainier", "site_area_acres", 1200, "about"],
  ["Stargate UAE, a 1-gigawatt cluster, will house 400,000 GPUs.", "Stargate UAE", "chip_count", 400000],
], [
  ["The 2026 plan covers 12 countries.", /capacity_gw|chip_count/],
]);

run("earlier figures, products and conversions", [
  ["Gemini now has 450 million monthly active users, up from 350 million in July.", "Gemini", "monthly_active_user_count", 350e6],
  ["Cohere has 1,200 employees, up from 400 a year ago.", "Cohere", "employee_count", 400],
  ["Google said more than 2 billion monthly users now see AI Overviews.", "Google", "monthly_user_count", 2e9, "at least"],
  ["Microsoft says it has more than 100 million monthly active users on Copilot.", "Copilot", "monthly_active_user_count", 100e6, "at least"],
  ["Mistral AI said its chatbot Le Chat passed 10 million weekly users.", "Le Chat", "weekly_user_count", 10e6, "at least"],
  ["Perplexity (30 million MAUs) is in talks to raise money.", "Perplexity", "monthly_active_user_count", 30e6],
  ["SoftBank posted net income of ¥1.2 trillion ($8.1 billion) for the June quarter.", "SoftBank", "quarterly_net_income_usd", 8.1e9],
  ["TSMC reported net income of NT$452.3 billion ($14.8 billion) in the third quarter.", "TSMC", "quarterly_net_income_twd", 452.3e9],
  ["Groq booked revenue of $90 million for the first half of 2025.", "Groq", "half_year_revenue_usd", 90e6],
  ["AMD reported $4.3 billion in data center revenue for its latest quarter.", "AMD", "quarterly_data_center_revenue_usd", 4.3e9],
  ["CoreWeave posted revenue of $1.36 billion, above the $1.29 billion average of analyst estimates.", "CoreWeave", "consensus_quarterly_revenue_usd", 1.29e9],
  ["Filings suggest xAI lost roughly $1.5 billion in the latest quarter.", "xAI", "quarterly_net_loss_usd", 1.5e9, "about"],
  ["Claude Code alone is generating more than $500 million in run-rate revenue, Anthropic said.", "Claude Code", "annualized_revenue_usd", 500e6, "at least"],
  ["Anthropic's revenue run rate has climbed to about $5 billion.", "Anthropic", "annualized_revenue_usd", 5e9, "about"],
  ["Nebius posted net income of $100 million for the quarter.", "Nebius", "quarterly_net_income_usd", 100e6],
], [
  ["Anthropic has 300 large customers, each representing over $100,000 in run-rate revenue.", /annualized_revenue/],
  ["Cohere has 800 staff and raised $500 million in 2025, up from 270 million dollars a year earlier.", /user_count|customer_count/],
  ["Microsoft said it expects fiscal 2026 capex to rise from $88 billion.", /market_cap/],
]);
