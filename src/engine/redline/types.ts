/** The redline plan: what "Apply suggestion" changes, as plain data a host turns into tracked changes. */
import type { Edit } from "../diff/wordDiff";

export type ParagraphChange = {
  /** Snapshot paragraph index. */
  paragraph: number;
  /** textHash(paragraph text as reviewed) — the host refuses when the paragraph has changed since. */
  textHash: string;
  /** The paragraph's text now. */
  before: string;
  /** Its text after the change. */
  after: string;
  /**
   * The word-level edits that turn `before` into `after` (offsets in `before`, document order, never
   * overlapping): minimalEdits, with numbers changed whole and punctuation-only gaps merged
   * (redline/edits.ts) — "~~ninety (90)~~ thirty (30) days", "~~九十~~三十日".
   */
  edits: Edit[];
};

export type ClauseInsertion = {
  /** Insert the new paragraphs after this snapshot paragraph (-1 = at the start). Never a table cell. */
  afterParagraph: number;
  /** textHash of that paragraph's text (of "" for -1): the host refuses if it changed. */
  textHash: string;
  /** The new clause text(s), one per paragraph. */
  paragraphs: string[];
};

/**
 * How the plan changes the contract, the most invasive strategy it uses: "number" (only numbers and
 * their units rewritten), "sentence" (an anchored sentence replaced by the standard clause, or struck
 * because the standard clause already stands in for it elsewhere), "insertion" (a new clause added).
 */
export type RedlineStrategy = "number" | "sentence" | "insertion";

export type Redline = {
  topic: string;
  findingIds: string[];
  /** In-place edits, document order, at most one per paragraph, never overlapping. */
  changes: ParagraphChange[];
  /** A new clause (missing topic, or no in-place fix possible). */
  insertion: ClauseInsertion | null;
  /** Set by the planner (optional so a host or test can build a plan by hand). */
  strategy?: RedlineStrategy;
  /** Tokens struck + tokens inserted (an English word or number counts one, each CJK character one). */
  changedWords: number;
  /** The reason, in the clause's language (the findings' messages, or the topic's missing message). */
  comment: string;
};
