/**
 * The comparison as JSON: a small header (the two sides, the report's language), then the
 * Comparison as the engine made it, each topic change with its `text` in that language. No
 * timestamps: the same inputs give the same bytes.
 */
import type { Comparison } from "../../engine/compare/types";
import { describeChanges, type CompareReportOptions } from "../../library/compareHtml";

export function compareJson(comparison: Comparison, options: CompareReportOptions) {
  const { language } = options;
  return {
    old: options.old,
    new: options.new,
    ...(options.standard ? { standard: true } : {}),
    lang: language,
    language: comparison.language,
    stats: comparison.stats,
    topics: comparison.topics.map((t) => {
      const texts = describeChanges(t, language);
      return { ...t, changes: t.changes.map((c, i) => ({ ...c, text: texts[i] })) };
    }),
    alignments: comparison.alignments,
  };
}
