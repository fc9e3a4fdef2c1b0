/**
 * engine.review: a document snapshot and a playbook in, a verdict for every playbook topic out.
 * Pure and synchronous; the host reads the document before and writes highlights after.
 */
import { detectLanguage } from "./language";
import { normalizedParagraphs, segment } from "./segment";
import type { DocumentSnapshot } from "./snapshot";
import { topicRules, type TopicRule, type Wording } from "./topics";
import type { Playbook, ReviewReport, Severity, TopicResult } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function review(
  snapshot: DocumentSnapshot,
  playbook: Playbook,
  wording: Wording,
  rules: ReadonlyMap<string, TopicRule> = topicRules
): ReviewReport {
  const normalized = normalizedParagraphs(snapshot);
  const clauses = segment(snapshot, normalized);
  const text = snapshot.paragraphs.map((p) => p.text).join("\n");
  const language = detectLanguage(text);
  const topics: TopicResult[] = [];

  for (const topic of playbook.topics) {
    if (!topic.enabled) continue;
    const rule = rules.get(topic.id);
    if (!rule) {
      topics.push({
        topic: topic.id,
        title: topic.title,
        verdict: "not-found",
        severity: null,
        checked: false,
        clauses: [],
        findings: [],
        suggestion: null,
      });
      continue;
    }
    const matched = clauses.filter((clause) => rule.matches(clause));
    const judged = rule.judge({ snapshot, normalized, topic, language, wording }, matched);
    const severity =
      judged.verdict === "missing"
        ? topic.severity
        : judged.findings.reduce<Severity | null>(
            (worst, f) =>
              worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]
                ? f.severity
                : worst,
            null
          );
    topics.push({
      topic: topic.id,
      title: topic.title,
      verdict: judged.verdict,
      severity,
      checked: true,
      clauses: judged.clauses.map((c) => ({
        paragraph: c.paragraphs[0],
        lastParagraph: c.paragraphs[c.paragraphs.length - 1],
        quote: c.text,
      })),
      findings: judged.findings,
      suggestion: judged.verdict === "missing" ? wording.suggestion(topic, language) : null,
    });
  }
  return {
    language,
    topics,
    stats: {
      paragraphs: snapshot.paragraphs.length,
      clauses: clauses.length,
      characters: text.length,
    },
  };
}
