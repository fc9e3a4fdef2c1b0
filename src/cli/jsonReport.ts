/**
 * The JSON report other tools depend on (shape fixed in the foundation issue; extra fields welcome):
 * { language, topics: [{ topic, verdict, clauses: [{paragraph, quote}], findings: [{severity,
 * paragraph, quote, values, message, suggestion}] }] }.
 */
import type { ReviewReport } from "../engine/types";

export function toJsonReport(report: ReviewReport, source: string) {
  return {
    source,
    language: report.language,
    stats: report.stats,
    topics: report.topics.map((t) => ({
      topic: t.topic,
      title: t.title,
      verdict: t.verdict,
      severity: t.severity,
      checked: t.checked,
      clauses: t.clauses.map((c) => ({ paragraph: c.paragraph, quote: c.quote })),
      findings: t.findings.map((f) => ({
        severity: f.severity,
        paragraph: f.anchor.paragraph,
        quote: f.anchor.quote,
        values: Object.fromEntries(Object.entries(f.values).map(([k, v]) => [k, v.value])),
        read: f.values,
        position: f.position,
        reason: f.reason.code,
        message: f.message,
        suggestion: f.suggestion,
      })),
      suggestion: t.suggestion,
    })),
  };
}
