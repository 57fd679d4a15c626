/**
 * The entity registry: canonical companies and chips with the names articles use for them.
 * The seed loader creates Company and Chip rows from these lists (re-exported by entities.ts).
 */

export type CompanyKind = "lab" | "cloud" | "chipmaker" | "investor" | "other";
export type Company = { name: string; slug: string; kind: CompanyKind; aliases: string[] };
export type ChipKind = "chip" | "system" | "instance";
export type Chip = { name: string; vendor: string; kind: ChipKind; aliases: string[]; predecessor?: string };

const co = (name: string, kind: CompanyKind, aliases: string[] = []): Company => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
  kind,
  aliases,
});

export const COMPANIES: Company[] = [
  co("OpenAI", "lab", ["Open AI", "OpenAI Inc.", "OpenAI Group", "the ChatGPT maker", "the ChatGPT developer", "the ChatGPT creator", "the maker of ChatGPT", "the creator of ChatGPT", "the company behind ChatGPT", "ChatGPT-maker", "ChatGPT maker", "ChatGPT developer"]),
  co("Anthropic", "lab", ["Anthropic PBC", "the Claude maker", "Claude maker", "the Claude developer", "the maker of Claude", "creator of the Claude AI models", "the Claude creator"]),
  co("xAI", "lab", ["X.AI", "xAI Holdings", "xAI Corp", "the Grok maker", "the Grok developer"]),
  co("Mistral AI", "lab", ["Mistral"]),
  co("Scale AI", "other", []),
  co("Amazon", "investor", ["Amazon.com Inc.", "Amazon.com, Inc.", "Amazon.com", "Amazon Inc"]),
  co("AWS", "cloud", ["Amazon Web Services", "Amazon Web Services (AWS)"]),
  co("Microsoft Azure", "cloud", ["Azure", "Microsoft's Azure", "Microsoft’s Azure", "Azure cloud"]),
  co("Microsoft", "investor", ["Microsoft Corp.", "Microsoft Corporation", "MSFT"]),
  co("Google Cloud", "cloud", ["Google Cloud Platform", "GCP"]),
  co("Google", "investor", ["Google LLC"]),
  co("Alphabet", "investor", ["Alphabet Inc."]),
  co("Nvidia", "chipmaker", ["NVIDIA", "Nvidia Corp.", "Nvidia Corporation", "NVIDIA Corporation", "NVDA"]),
  co("AMD", "chipmaker", ["Advanced Micro Devices", "Advanced Micro Devices Inc."]),
  co("Intel", "chipmaker", ["Intel Corp.", "Intel Corporation", "INTC"]),
  co("Broadcom", "chipmaker", ["Broadcom Inc.", "AVGO"]),
  co("ASML", "chipmaker", ["ASML Holding"]),
  co("TSMC", "chipmaker", ["Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor"]),
  co("Oracle", "cloud", ["Oracle Corp.", "Oracle Corporation", "Oracle Cloud Infrastructure", "OCI"]),
  co("CoreWeave", "cloud", ["CoreWeave Inc."]),
  co("SoftBank", "investor", ["SoftBank Group Corp.", "SoftBank Group", "Softbank", "SoftBank Vision Fund"]),
  co("Meta", "lab", ["Meta Platforms", "Meta Platforms Inc.", "Facebook", "the Facebook owner", "the Facebook parent", "Facebook parent", "the Instagram owner", "the social network"]),
  co("Apple", "other", ["Apple Inc."]),
  co("Tesla", "other", ["Tesla Inc."]),
  co("SpaceX", "other", []),
  co("X", "other", ["X Corp", "Twitter"]),
  co("Qatar Investment Authority", "investor", ["QIA"]),
  co("MGX", "investor", []),
  co("GIC", "investor", []),
  co("Coatue", "investor", ["Coatue Management"]),
  co("Sequoia Capital", "investor", ["Sequoia"]),
  co("Altimeter Capital", "investor", ["Altimeter"]),
  co("Dragoneer", "investor", []),
  co("Greenoaks", "investor", []),
  co("Goldman Sachs", "investor", ["Goldman Sachs Group Inc."]),
  co("Kingdom Holding", "investor", ["Kingdom Holdings"]),
  co("US government", "other", ["U.S. government", "US government", "the U.S. government", "the US government"]),
  co("Project Rainier", "other", []),
  co("Stargate", "other", ["Project Stargate"]),
  co("WhatsApp", "other", []),
  co("Azure OpenAI Service", "other", []),
  co("Amazon Bedrock", "other", ["Bedrock", "AWS Bedrock"]),
  co("Amazon S3", "other", ["S3"]),
];

export const CHIPS: Chip[] = [
  { name: "Trainium1", vendor: "AWS", kind: "chip", aliases: ["Trainium 1", "Trn1 chip", "first-generation Trainium"] },
  { name: "Trainium2", vendor: "AWS", kind: "chip", aliases: ["Trainium 2", "Trn2 chip", "Trainium v2", "T2"], predecessor: "Trainium1" },
  { name: "Trainium3", vendor: "AWS", kind: "chip", aliases: ["Trainium 3", "Trn3 chip", "Trainium v3"], predecessor: "Trainium2" },
  { name: "Trainium4", vendor: "AWS", kind: "chip", aliases: ["Trainium 4", "Trn4 chip", "Trainium v4"], predecessor: "Trainium3" },
  { name: "Trainium5", vendor: "AWS", kind: "chip", aliases: ["Trainium 5", "Trainium v5"], predecessor: "Trainium4" },
  { name: "Inferentia2", vendor: "AWS", kind: "chip", aliases: ["Inferentia 2", "Inf2 chip"] },
  { name: "Trn2 instance", vendor: "AWS", kind: "instance", aliases: ["Trn2 instances", "Trainium2-powered EC2 instance", "EC2 Trn2 instance"] },
  { name: "Trn2 UltraServer", vendor: "AWS", kind: "system", aliases: ["Trn2 UltraServers", "EC2 Trn2 UltraServers", "Trainium2 UltraServer"] },
  { name: "Trn3 UltraServer", vendor: "AWS", kind: "system", aliases: ["Trn3 UltraServers", "Trainium3 UltraServer"] },
  { name: "A100", vendor: "Nvidia", kind: "chip", aliases: ["Nvidia A100"] },
  { name: "H100", vendor: "Nvidia", kind: "chip", aliases: ["Hopper H100", "Nvidia H100", "H100s"], predecessor: "A100" },
  { name: "H200", vendor: "Nvidia", kind: "chip", aliases: ["Nvidia H200"], predecessor: "H100" },
  { name: "B100", vendor: "Nvidia", kind: "chip", aliases: [], predecessor: "H100" },
  { name: "B200", vendor: "Nvidia", kind: "chip", aliases: ["Blackwell B200", "HGX B200"], predecessor: "H100" },
  { name: "B300", vendor: "Nvidia", kind: "chip", aliases: ["Blackwell Ultra", "Blackwell Ultra GPU", "Blackwell Ultra GPUs"], predecessor: "B200" },
  { name: "GB200", vendor: "Nvidia", kind: "chip", aliases: ["GB200 Superchip", "GB200 Grace Blackwell Superchip", "Grace Blackwell Superchip"] },
  { name: "GB200 NVL72", vendor: "Nvidia", kind: "system", aliases: ["NVL72", "Blackwell GB200 NVL72"] },
  { name: "DGX B200", vendor: "Nvidia", kind: "system", aliases: [] },
  { name: "MI300X", vendor: "AMD", kind: "chip", aliases: ["MI300", "Instinct MI300X"] },
  { name: "MI325X", vendor: "AMD", kind: "chip", aliases: [], predecessor: "MI300X" },
  { name: "MI350X", vendor: "AMD", kind: "chip", aliases: ["Instinct MI350X"], predecessor: "MI325X" },
  { name: "MI355X", vendor: "AMD", kind: "chip", aliases: ["Instinct MI355X", "MI355Xs"], predecessor: "MI325X" },
  { name: "TPU v7", vendor: "Google", kind: "chip", aliases: ["Ironwood", "Ironwood TPU", "TPUv7", "TPU7", "seventh-generation TPU"], predecessor: "TPU v6e" },
  { name: "TPU v6e", vendor: "Google", kind: "chip", aliases: ["Trillium"] },
  { name: "Grace", vendor: "Nvidia", kind: "chip", aliases: ["Grace CPU", "Grace CPUs"] },
  { name: "Maia 100", vendor: "Microsoft", kind: "chip", aliases: ["Maia"] },
];

