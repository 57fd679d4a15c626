/** Shared pieces of the extraction pipeline: the running article state and entity predicates. */
import type { DealStatus } from "@/lib/validations/claim";
import type { EntityMention } from "./entities";
import type { Context } from "./subjects";
import type { ChipLexicon } from "./chips-unknown";
import type { CorefState } from "./coreference";

export const PRONOUN = /\b(?:it|its|they|their|the company|the firm|the group|the startup|the start-up|the lab|the chipmaker|the cloud company|the cloud provider|the tech giant|the e-commerce giant|the retailer|the company's|the two companies|the pair)\b/i;

export const isCompany = (e: EntityMention) => e.type === "company";
export const isChip = (e: EntityMention) => e.type === "chip" && e.name !== "Trainium";

export type State = Context & CorefState & {
  statusBySubject: Map<string, DealStatus>;
  lastTrainium?: string;
  /** subject of each chip figure already seen, by unit and value */
  valueSubjects: Map<string, string>;
  /** the company whose shares the article last spoke of */
  lastStock?: string;
  /** the last group of companies named together ("Microsoft and Nvidia") */
  lastGroup?: string;
  /** the company valued in a clause ("OpenAI valued at ~$500 billion after a $40 billion raise") */
  clauseRaiser?: { clause: number; name: string };
  /** the last rack or system the article named */
  lastSystem?: string;
  /** the buyer -> vendor pair of the article's last chip order or deployment */
  lastChipDeal?: string;
  /** the article's chips the registry does not know */
  chipLex?: ChipLexicon;
};
