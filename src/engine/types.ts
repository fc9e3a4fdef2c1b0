/** The engine's vocabulary: playbook positions in, a review report out. Plain, serialisable data. */

export type Language = "zh" | "en";
export type Severity = "high" | "medium" | "low";
export type Verdict = "meets" | "deviates" | "missing" | "not-found";

/** A position the playbook takes on one topic; numbers and lists a firm can change. */
export type PositionValue = number | string | boolean | string[];

export type PlaybookTopic = {
  /** Stable id from PLAYBOOK.md, e.g. "term-renewal". */
  id: string;
  title: { zh: string; en: string };
  /** Severity when the topic's protective clause is absent (the PLAYBOOK's "missing?" column). */
  severity: Severity;
  /** Whether the contract must cover the topic (absent → "missing"), or it is merely noted. */
  required: boolean;
  enabled: boolean;
  position: Record<string, PositionValue>;
};

export type Playbook = {
  version: 1;
  name: string;
  topics: PlaybookTopic[];
};

/**
 * Where a finding sits: the paragraph, the character span of the quoted text inside it, and a hash
 * of the paragraph's whole text as it was reviewed — a host refuses to write when it no longer
 * matches (stale anchor) unless it can re-locate the exact same paragraph text.
 */
export type Anchor = {
  paragraph: number;
  /** Last paragraph of the clause (same as `paragraph` for a one-paragraph clause). */
  lastParagraph: number;
  start: number;
  end: number;
  quote: string;
  textHash: string;
};

/** A number read from the document, with its unit, for display and comparison. */
export type ReadValue = { value: number | string | boolean; unit?: string; text?: string };

/** Why a finding was raised: a code the UI can render in its language, and its parameters. */
export type Reason = { code: string; params: Record<string, string | number> };

export type Finding = {
  id: string;
  topic: string;
  severity: Severity;
  anchor: Anchor;
  /** The numbers and facts read from the clause, e.g. { cancellationNoticeDays: { value: 90, unit: "day" } }. */
  values: Record<string, ReadValue>;
  /** The playbook's side of the comparison, e.g. { maxCancellationNoticeDays: 30 }. */
  position: Record<string, PositionValue>;
  reason: Reason;
  /** The reason in the document's language. */
  message: string;
  /** Replacement wording from the clause library with the playbook's numbers, or null. */
  suggestion: string | null;
};

export type ClauseRef = { paragraph: number; lastParagraph: number; quote: string };

export type TopicResult = {
  topic: string;
  title: { zh: string; en: string };
  verdict: Verdict;
  /** Highest severity among the findings (or the topic's missing severity). */
  severity: Severity | null;
  /** False for topics this version of the engine does not judge yet (always "not-found"). */
  checked: boolean;
  clauses: ClauseRef[];
  findings: Finding[];
  /** For a missing topic: the standard clause to add (document language), else null. */
  suggestion: string | null;
};

export type ReviewReport = {
  language: Language;
  topics: TopicResult[];
  stats: { paragraphs: number; clauses: number; characters: number };
};
