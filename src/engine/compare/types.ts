/**
 * Comparing two drafts: which clauses correspond (even renumbered, moved, split or merged), what
 * changed word by word, and — per playbook topic — whether the customer's position got worse.
 * Plain, serialisable data, shared by the pane, the CLI reports and the tests.
 */
import type { DiffOp } from "../diff/wordDiff";
import type { ClauseKind } from "../segment";
import type { ReadValue, Severity, Verdict } from "../types";

/** A clause of one draft, as the comparison shows and anchors it. */
export type ClauseSide = {
  /** Index of the clause in that draft's segmentation. */
  clause: number;
  /** Its paragraphs in that draft's snapshot, first to last. */
  paragraphs: number[];
  /** The clause number as written ("5.2", "第五条"), if any. */
  number?: string;
  /** The clause text (paragraphs joined by "\n"). */
  text: string;
  /** textHash of its first paragraph's text: a host refuses to select it if the paragraph changed. */
  textHash: string;
  /** What the segmentation made of it: headings and TOC lines only align with their own kind. */
  clauseKind?: ClauseKind;
};

export type AlignmentKind =
  /** Same words (numbering and white space aside), same place. */
  | "same"
  /** Same words, elsewhere in the draft (relative order changed). */
  | "moved"
  /** Corresponding clauses whose words differ. */
  | "changed"
  /** Only in the new draft. */
  | "added"
  /** Only in the old draft. */
  | "removed"
  /** One old clause became several new ones. */
  | "split"
  /** Several old clauses became one new one. */
  | "merged";

export type Alignment = {
  kind: AlignmentKind;
  /** Old draft's clauses (empty when added). */
  old: ClauseSide[];
  /** New draft's clauses (empty when removed). */
  new: ClauseSide[];
  /** 0–1: how alike the two sides' words are (1 for same / moved). */
  similarity: number;
  /** Also renumbered ("5.2" → "6.1"): the kind says what happened to the words. */
  renumbered: boolean;
  /** Out of the order the other clauses keep: true for "moved", and for a "changed" clause that also moved. */
  moved?: boolean;
  /** Word-level differences old → new (English by word, Chinese by character), for changed / split / merged. */
  diff: DiffOp[];
  /** Playbook topics the clause speaks to (either side). */
  topics: string[];
};

/** One topic's standing in both drafts. */
export type TopicDelta = {
  topic: string;
  title: { zh: string; en: string };
  old: { verdict: Verdict; severity: Severity | null; values: Record<string, ReadValue> };
  new: { verdict: Verdict; severity: Severity | null; values: Record<string, ReadValue> };
  /** "worse" for the customer, "better", or "same". */
  direction: "worse" | "better" | "same";
  /**
   * What changed, as reason codes + parameters the UI renders in its language, e.g.
   * { code: "number-worse", params: { key: "cancellationNoticeDays", old: 30, new: 90, unit: "day" } },
   * { code: "clause-removed" }, { code: "value-changed", params: { key: "governingLaw", old: "PRC", new: "Singapore" } },
   * { code: "new-risk", params: { reason: "foreign-forum" } }.
   */
  changes: { code: string; params: Record<string, string | number> }[];
  /** Rank for "worst first": higher is worse (severity, then how far the number moved). */
  rank: number;
  /** Alignments (indices into Comparison.alignments) where this topic's change happened. */
  alignments: number[];
};

export type Comparison = {
  language: { old: "zh" | "en"; new: "zh" | "en" };
  alignments: Alignment[];
  /** Every checked topic, worst change first. */
  topics: TopicDelta[];
  stats: {
    same: number;
    moved: number;
    changed: number;
    added: number;
    removed: number;
    split: number;
    merged: number;
    renumbered: number;
  };
};
