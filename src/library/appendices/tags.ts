/** How inserted appendices are tagged in the document, and which appendix answers which topic. */
import type { AppendixKind } from "./types";

/** The host marks the inserted appendix with its tag, so a second insert replaces the first. */
export const APPENDIX_TAGS: Record<AppendixKind, string> = {
  scope: "clauseReview.appendix.scope",
  sla: "clauseReview.appendix.sla",
};

/** PLAYBOOK.md: the Functional Scope Appendix answers these topics, the SLA Appendix those. */
const TOPICS: Record<string, AppendixKind> = {
  "functional-scope": "scope",
  "hidden-fees": "scope",
  "support-response": "sla",
  "availability-sla": "sla",
  performance: "sla",
};

/** The appendix that answers a finding of `topic`, or null when none does. */
export function appendixForTopic(topic: string): AppendixKind | null {
  return TOPICS[topic] ?? null;
}
