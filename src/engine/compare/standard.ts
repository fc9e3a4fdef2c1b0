/**
 * Comparing a draft with our own wording: the clause library's standard clause for every enabled
 * topic, in the draft's language, stands in as the "old" draft — one heading per topic and its
 * clause — so the report reads, per topic, how the document departs from what we would have written.
 */
import { detectLanguage } from "../language";
import type { DocumentSnapshot, SnapshotParagraph } from "../snapshot";
import type { Wording } from "../topics";
import type { Language, Playbook } from "../types";
import { compareDrafts } from "./compare";
import type { Comparison } from "./types";

export function compareWithStandard(
  doc: DocumentSnapshot,
  playbook: Playbook,
  wording: Wording
): Comparison {
  const language = detectLanguage(doc.paragraphs.map((p) => p.text).join("\n"));
  return compareDrafts(standardDraft(playbook, wording, language), doc, playbook, wording, {
    standard: true,
  });
}

/** The standard clauses as a document: a heading per topic (its title), then its clause. */
export function standardDraft(
  playbook: Playbook,
  wording: Wording,
  language: Language
): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  const add = (p: Omit<SnapshotParagraph, "index">) =>
    paragraphs.push({ ...p, index: paragraphs.length });
  for (const topic of playbook.topics) {
    if (!topic.enabled) continue;
    const clause = wording.suggestion(topic, language);
    if (!clause) continue;
    add({ text: topic.title[language], style: "Heading 2", headingLevel: 2 });
    for (const line of clause.split("\n")) if (line.trim()) add({ text: line });
  }
  return { paragraphs, source: "standard" };
}
