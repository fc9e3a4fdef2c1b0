/**
 * The comparison summary as a document fragment — a heading, one sentence, and a table of the topics
 * whose standing changed (worse first) — for "insert the summary at the end of the document".
 */
import type { Comparison } from "../engine/compare/types";
import type { DocumentFragment } from "../engine/fragment";
import type { Language } from "../engine/types";
import { describeChange } from "./compareWording";

export const COMPARISON_TAG = "clauseReview.comparison";

const TEXT = {
  zh: {
    title: (against: string | null) =>
      against ? `与“${against}”的比对摘要` : "与我方标准条款的比对摘要",
    lead: (worse: number, better: number) =>
      `与对比稿相比，${worse} 个审查主题对我方更为不利，${better} 个更为有利。`,
    header: ["审查主题", "变化", "对比稿", "本稿"],
    worse: "更不利",
    better: "更有利",
    none: "无变化",
  },
  en: {
    title: (against: string | null) =>
      against ? `Comparison with “${against}”` : "Comparison with our standard wording",
    lead: (worse: number, better: number) =>
      `Against the other draft, ${worse} playbook topics are worse for the customer and ${better} better.`,
    header: ["Topic", "Change", "Other draft", "This draft"],
    worse: "Worse",
    better: "Better",
    none: "No change",
  },
} as const;

const VERDICT: Record<Language, Record<string, string>> = {
  zh: { meets: "符合", deviates: "偏离", missing: "缺失", "not-found": "未涉及" },
  en: { meets: "Meets", deviates: "Deviates", missing: "Missing", "not-found": "Not covered" },
};

export function comparisonFragment(
  comparison: Comparison,
  language: Language,
  against: string | null
): DocumentFragment {
  const text = TEXT[language];
  const moved = comparison.topics.filter((t) => t.direction !== "same");
  const worse = moved.filter((t) => t.direction === "worse").length;
  const rows = moved.map((t) => {
    const title = t.title[language];
    const changes = t.changes.map((c) => describeChange(c, language, title)).join("; ");
    return [
      title,
      `${t.direction === "worse" ? text.worse : text.better}: ${changes}`,
      VERDICT[language][t.old.verdict],
      VERDICT[language][t.new.verdict],
    ];
  });
  const title = text.title(against);
  return {
    tag: COMPARISON_TAG,
    title,
    blocks: [
      { kind: "heading", level: 1, text: title },
      { kind: "paragraph", text: text.lead(worse, moved.length - worse) },
      rows.length > 0
        ? { kind: "table", header: [...text.header], rows }
        : { kind: "paragraph", text: text.none },
    ],
  };
}
