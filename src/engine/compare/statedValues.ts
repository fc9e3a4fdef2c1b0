/**
 * What a draft states for a topic even where it meets the playbook. The rules put a value in a
 * finding only when it breaks the playbook, so "30 days' notice → 90 days" would compare nothing
 * with 90. Numbers: the topic's clauses are judged again against a playbook every number breaks
 * (each "max" position below zero, each "min" position out of reach), and the rule reports what it
 * read. Other facts (governing law, forum): the rule's own reader, where it has one.
 */
import { NUMERIC_POSITIONS } from "../redline/positions";
import { topicRules, type Wording } from "../topics";
import type { Clause } from "../segment";
import type { Finding, PlaybookTopic, ReadValue, TopicResult } from "../types";
import type { Draft } from "./draft";

const UNREACHABLE: Record<string, number> = Object.fromEntries(
  Object.values(NUMERIC_POSITIONS).map((spec) => [
    spec.position,
    spec.bound === "max" ? -1 : Number.MAX_SAFE_INTEGER,
  ])
);

/** Messages of the probe's findings are never shown. */
const SILENT: Wording = { message: () => "", suggestion: () => null };

/** The fields of a Draft the probe reads (a review's report and its clauses, nothing aligned). */
export type ProbeDraft = Pick<Draft, "snapshot" | "normalized" | "clauses" | "report" | "clauseOf">;

export function statedValues(
  draft: ProbeDraft,
  topic: PlaybookTopic,
  result: TopicResult
): Record<string, ReadValue> {
  const rule = topicRules.get(topic.id);
  const probe = statedFindings(draft, topic, result);
  const values = mergedValues(probe.findings);
  for (const key of Object.keys(values)) if (!NUMERIC_POSITIONS[key]) delete values[key];
  if (rule?.read) {
    for (const clause of probe.clauses) {
      for (const [key, read] of Object.entries(rule.read(clause))) values[key] ??= read;
    }
  }
  return values;
}

/**
 * The probe itself: the topic's clauses, and the findings its rule raises against a playbook every
 * number breaks — each with the anchor of the number it read (the key terms link to these).
 */
export function statedFindings(
  draft: ProbeDraft,
  topic: PlaybookTopic,
  result: TopicResult
): { clauses: Clause[]; findings: Finding[] } {
  const rule = topicRules.get(topic.id);
  if (!rule || result.clauses.length === 0) return { clauses: [], findings: [] };
  const indices = new Set(result.clauses.map((c) => draft.clauseOf[c.paragraph]));
  indices.delete(-1);
  const clauses = [...indices].sort((a, b) => a - b).map((i) => draft.clauses[i]);
  const judged = rule.judge(
    {
      snapshot: draft.snapshot,
      normalized: draft.normalized,
      topic: { ...topic, position: { ...topic.position, ...UNREACHABLE } },
      language: draft.report.language,
      wording: SILENT,
    },
    clauses
  );
  return { clauses, findings: judged.findings };
}

/** The findings' values as one record; a number read twice keeps the worse of the two. */
export function mergedValues(findings: readonly Finding[]): Record<string, ReadValue> {
  const out: Record<string, ReadValue> = {};
  for (const f of findings) {
    for (const [key, read] of Object.entries(f.values)) {
      const had = out[key];
      const spec = NUMERIC_POSITIONS[key];
      if (!had) out[key] = read;
      else if (spec && typeof had.value === "number" && typeof read.value === "number") {
        const worse = spec.bound === "max" ? read.value > had.value : read.value < had.value;
        if (worse) out[key] = read;
      }
    }
  }
  return out;
}
