/**
 * The playbook's 27 topics in five groups, for filtering the overview: what the customer pays, what
 * is delivered, the service it runs on, its data, and the legal frame. Names in Chinese and English.
 */
import type { Language } from "../engine/types";

export type TopicGroup = "commercial" | "delivery" | "service" | "data" | "legal";

export const TOPIC_GROUP_IDS: readonly TopicGroup[] = [
  "commercial",
  "delivery",
  "service",
  "data",
  "legal",
];

export const TOPIC_GROUP_NAMES: Record<TopicGroup, { zh: string; en: string }> = {
  commercial: { zh: "商务与费用", en: "Commercial" },
  delivery: { zh: "交付与实施", en: "Delivery" },
  service: { zh: "服务与支持", en: "Service" },
  data: { zh: "数据与安全", en: "Data" },
  legal: { zh: "法律条款", en: "Legal" },
};

/** Every topic id of PLAYBOOK.md → its group. */
export const TOPIC_GROUPS: Readonly<Record<string, TopicGroup>> = {
  "term-renewal": "commercial",
  "payment-terms": "commercial",
  invoicing: "commercial",
  "pricing-changes": "commercial",
  "licensing-model": "commercial",
  "upgrade-policy": "commercial",
  "hidden-fees": "commercial",
  "functional-scope": "delivery",
  "implementation-acceptance": "delivery",
  training: "delivery",
  "data-migration": "delivery",
  integration: "delivery",
  "change-requests": "delivery",
  "support-response": "service",
  "availability-sla": "service",
  performance: "service",
  maintenance: "service",
  "data-ownership": "data",
  "data-export": "data",
  "data-residency": "data",
  "data-access": "data",
  confidentiality: "data",
  "ip-ownership": "legal",
  "termination-exit": "legal",
  "governing-law": "legal",
  "unilateral-changes": "legal",
  "liability-cap": "legal",
};

/** A topic's group; a firm's own topic outside the bundled 27 counts as legal. */
export function topicGroup(topic: string): TopicGroup {
  return TOPIC_GROUPS[topic] ?? "legal";
}

export function topicGroupName(group: TopicGroup, language: Language): string {
  return TOPIC_GROUP_NAMES[group][language];
}
