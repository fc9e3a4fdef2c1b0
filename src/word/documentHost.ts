/**
 * The port between the add-in and a document: everything the state layer may ask of Word. The
 * Office.js implementation is in officeHost.ts; the workbench runs the same implementation against
 * its in-memory Word. Plain data crosses this port — anchors, never Word proxy objects.
 */
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Anchor, Severity } from "../engine/types";

export type Highlight = { anchor: Anchor; severity: Severity };

export type HighlightOutcome = {
  applied: number;
  /** Highlights left off because the text already carried mixed highlight colours that WordApi 1.3 cannot restore exactly. */
  skippedMixed: number;
};

export type SelectOutcome =
  { ok: true; paragraph: number; relocated: boolean } | { ok: false; reason: "stale" | "gone" };

export type HostInfo = {
  /** Highest WordApi requirement set the client supports, e.g. "1.3". */
  wordApi: string;
  /** Display language of Office, e.g. "zh-CN". */
  displayLanguage: string;
};

export type DocumentHost = {
  info(): HostInfo;
  /**
   * Reads the whole body (one sync), lets `decide` run the review on the snapshot, then applies the
   * highlights it returns (one more sync) — two syncs whatever the document's size.
   */
  reviewAndHighlight<T>(
    decide: (snapshot: DocumentSnapshot) => { result: T; highlights: Highlight[] }
  ): Promise<{ result: T; outcome: HighlightOutcome }>;
  /** Restores every colour this host changed, exactly as it was. */
  clearHighlights(): Promise<{ restored: number }>;
  /** Selects (and scrolls to) the anchored clause, refusing if its text changed. */
  select(anchor: Anchor): Promise<SelectOutcome>;
};

/** Highlight colours by severity: Word's named highlight colours, which every platform supports. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  high: "Pink",
  medium: "Yellow",
  low: "Turquoise",
};
