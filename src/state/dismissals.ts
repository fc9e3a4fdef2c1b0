/**
 * Dismissed findings, kept per document in Office.context.document.settings so they stay dismissed
 * when the document is reopened. A finding is known by what it says about which words — topic,
 * reason and the normalised quote — not by its paragraph number, which changes as the document does.
 */
import { normalizeForMatch, textHash } from "../engine/normalize";
import type { Finding } from "../engine/types";

export const DISMISSED_SETTING = "clauseReview.dismissed";

export function dismissalKey(finding: Finding): string {
  return `${finding.topic}|${finding.reason.code}|${textHash(normalizeForMatch(finding.anchor.quote))}`;
}

/** The stored list, or empty when absent or not a list of strings (a hand-edited or older file). */
export function parseDismissed(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
