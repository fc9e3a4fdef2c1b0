/** What every topic rule provides, and the shared context it judges in. */
import { detectLanguage } from "../language";
import type { Clause } from "../segment";
import type { DocumentSnapshot } from "../snapshot";
import type {
  Anchor,
  Finding,
  Language,
  PlaybookTopic,
  PositionValue,
  ReadValue,
  Reason,
  Severity,
  Verdict,
} from "../types";

/** Wording the engine needs from the clause library, in the document's language. */
export type Wording = {
  message(topic: string, reason: Reason, language: Language): string;
  suggestion(topic: PlaybookTopic, language: Language): string | null;
};

export type TopicContext = {
  snapshot: DocumentSnapshot;
  /** normalizeForMatch of each paragraph, computed once per review: rules never normalise again. */
  normalized: readonly string[];
  topic: PlaybookTopic;
  language: Language;
  wording: Wording;
};

export type Judgement = { verdict: Verdict; findings: Finding[]; clauses: Clause[] };

export type TopicRule = {
  id: string;
  /** Does this clause speak about the topic? Cheap: runs for every clause. */
  matches(clause: Clause): boolean;
  /** Judge the topic from the clauses that matched (possibly none). */
  judge(context: TopicContext, matched: Clause[]): Judgement;
  /**
   * The facts a clause states that are not numbers (governing law, forum), whether or not they break
   * the playbook: comparing drafts sets "PRC law" beside "Singapore law" where judging reads only the
   * latter. Numbers need no reader of their own (see compare/statedValues.ts).
   */
  read?(clause: Clause): Record<string, ReadValue>;
};

/** A finding with its message and suggestion rendered in the document's language. */
export function finding(
  context: TopicContext,
  anchor: Anchor,
  severity: Severity,
  reason: Reason,
  values: Record<string, ReadValue>,
  position: Record<string, PositionValue>
): Finding {
  const { topic, wording } = context;
  // A bilingual draft gets each finding in its clause's language: the reason and the replacement
  // wording must read naturally beside the clause they concern.
  const language = anchor.quote.length >= 8 ? detectLanguage(anchor.quote) : context.language;
  return {
    id: `${topic.id}:${anchor.paragraph}:${anchor.start}:${reason.code}`,
    topic: topic.id,
    severity,
    anchor,
    values,
    position,
    reason,
    message: wording.message(topic.id, reason, language),
    suggestion: wording.suggestion(topic, language),
  };
}

/** The playbook's number for `key`, or the fallback when a firm's playbook leaves it out. */
export function positionNumber(topic: PlaybookTopic, key: string, fallback: number): number {
  const value = topic.position[key];
  return typeof value === "number" ? value : fallback;
}

export function verdictOf(findings: Finding[], matched: Clause[], topic: PlaybookTopic): Verdict {
  if (findings.length > 0) return "deviates";
  if (matched.length > 0) return "meets";
  return topic.required ? "missing" : "not-found";
}
