/**
 * What this Word client can do, from the requirement sets it supports and the document's mode. The
 * pane says what is unavailable and offers the next best thing; host methods refuse rather than throw.
 */
import { versionAtLeast } from "./wordApiVersion";

export type Capabilities = {
  /** Highest WordApi requirement set supported, e.g. "1.3". */
  wordApi: string;
  /** The document is open read-only (Office.context.document.mode) — nothing may be written. */
  readOnly: boolean;
  /** WordApi 1.4: Document.changeTrackingMode, so edits go in as tracked changes. */
  trackChanges: boolean;
  /** WordApi 1.4: Range.insertComment. */
  comments: boolean;
  /** WordApi 1.4: getReviewedText, so text deleted under Track Changes is not reviewed as if it were there. */
  reviewedText: boolean;
  /** WordApi 1.8: Range.highlight(), a highlight that is not document content. */
  temporaryHighlight: boolean;
  /** WordApiDesktop 1.1 (Word on Windows and Mac): Document.compare, Word's own comparison. */
  wordCompare: boolean;
};

export function capabilitiesFor(
  wordApi: string,
  readOnly: boolean,
  wordApiDesktop = false
): Capabilities {
  return {
    wordCompare: wordApiDesktop,
    wordApi,
    readOnly,
    trackChanges: versionAtLeast(wordApi, "1.4"),
    comments: versionAtLeast(wordApi, "1.4"),
    reviewedText: versionAtLeast(wordApi, "1.4"),
    temporaryHighlight: versionAtLeast(wordApi, "1.8"),
  };
}
