/** One draft as the comparison reads it: its clauses, its review, and where each paragraph went. */
import { review } from "../review";
import { normalizedParagraphs, segment, type Clause } from "../segment";
import type { DocumentSnapshot } from "../snapshot";
import type { Wording } from "../topics";
import type { Playbook, ReviewReport, TopicResult } from "../types";

export type Draft = {
  snapshot: DocumentSnapshot;
  normalized: string[];
  clauses: Clause[];
  report: ReviewReport;
  /** The clause holding each paragraph (-1 for empty paragraphs). */
  clauseOf: Int32Array;
  /** The alignment holding each paragraph (-1 until aligned, and for empty paragraphs). */
  alignmentOf: Int32Array;
};

export function draftOf(snapshot: DocumentSnapshot, playbook: Playbook, wording: Wording): Draft {
  const normalized = normalizedParagraphs(snapshot);
  const clauses = segment(snapshot, normalized);
  const clauseOf = new Int32Array(snapshot.paragraphs.length).fill(-1);
  for (const c of clauses) for (const p of c.paragraphs) clauseOf[p] = c.index;
  return {
    snapshot,
    normalized,
    clauses,
    report: review(snapshot, playbook, wording),
    clauseOf,
    alignmentOf: new Int32Array(snapshot.paragraphs.length).fill(-1),
  };
}

/** Every paragraph a topic's verdict rests on: its clauses and its findings' anchors. */
export function topicParagraphs(result: TopicResult): number[] {
  const out = new Set<number>();
  const span = (from: number, to: number) => {
    for (let p = from; p <= to; p++) out.add(p);
  };
  for (const c of result.clauses) span(c.paragraph, c.lastParagraph);
  for (const f of result.findings) span(f.anchor.paragraph, f.anchor.lastParagraph);
  return [...out];
}

/** The alignments (indices) holding a topic's paragraphs in this draft. */
export function topicAlignments(draft: Draft, result: TopicResult): Set<number> {
  const out = new Set<number>();
  for (const p of topicParagraphs(result)) {
    const at = draft.alignmentOf[p];
    if (at >= 0) out.add(at);
  }
  return out;
}
