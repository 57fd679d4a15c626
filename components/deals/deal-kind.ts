export const DEAL_KIND_LABEL: Record<string, string> = {
  equity: "Equity",
  compute_commitment: "Compute commitment",
  chip_supply: "Chip supply",
  warrant: "Warrant",
  other: "Other",
};
