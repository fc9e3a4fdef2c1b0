/** The topic rules this engine judges, by playbook topic id. Topics without a rule are "not-found". */
import { governingLaw } from "./governingLaw";
import type { TopicRule } from "./rule";
import { supportResponse } from "./supportResponse";
import { termRenewal } from "./termRenewal";

export const topicRules: ReadonlyMap<string, TopicRule> = new Map(
  [termRenewal, governingLaw, supportResponse].map((rule) => [rule.id, rule])
);

export type { TopicRule, Wording } from "./rule";
