/**
 * The port between the add-in and a document: everything the state layer may ask of Word. The
 * Office.js implementation is in officeHost.ts; the workbench runs the same implementation against
 * its in-memory Word. Plain data crosses this port — anchors and plans, never Word proxy objects.
 */
import type { DocumentFragment } from "../engine/fragment";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Redline } from "../engine/redline";
import type { Anchor, Severity } from "../engine/types";
import type { Capabilities } from "./capabilities";

export type Highlight = { anchor: Anchor; severity: Severity };

export type HighlightOutcome = {
  applied: number;
  /** Highlights left off because the text already carried mixed highlight colours that WordApi 1.3 cannot restore exactly. */
  skippedMixed: number;
};

export type SelectOutcome =
  { ok: true; paragraph: number; relocated: boolean } | { ok: false; reason: "stale" | "gone" };

/** Why a write was refused; the document is unchanged in every case but "rejected". */
export type Refusal =
  /** The client lacks the API (WordApi 1.4 for tracked changes and comments). */
  | "unsupported"
  /** The document is open read-only. */
  | "read-only"
  /** The clause changed since the review, or several identical clauses make it ambiguous. */
  | "stale"
  | "gone"
  /** The clause holds tracked changes not yet accepted or rejected. */
  | "revised"
  /** Word's search does not see the words where the review read them. */
  | "not-found"
  /** The document already holds this appendix (insert again with `replace`). */
  | "exists"
  /** Word refused the write (e.g. a protected region); `detail` has Word's message. */
  | "rejected";

export type WriteOutcome<T = object> =
  ({ ok: true } & T) | { ok: false; reason: Refusal; detail?: string };

export type HostInfo = {
  /** Highest WordApi requirement set the client supports, e.g. "1.3". */
  wordApi: string;
  /** Display language of Office, e.g. "zh-CN". */
  displayLanguage: string;
};

export type DocumentHost = {
  info(): HostInfo;
  capabilities(): Capabilities;
  /**
   * Reads the whole body (one sync; two when tracked changes are pending), lets `decide` run the
   * review on the snapshot, then applies the highlights it returns (one more sync). `decide` may be
   * async (the pane yields to the browser between its phases so the progress it shows is painted).
   */
  reviewAndHighlight<T>(
    decide: (
      snapshot: DocumentSnapshot
    ) => { result: T; highlights: Highlight[] } | Promise<{ result: T; highlights: Highlight[] }>
  ): Promise<{ result: T; outcome: HighlightOutcome }>;
  /** Reads the whole body as the engine sees it (one sync; two when tracked changes are pending). */
  read(): Promise<DocumentSnapshot>;
  /** Word's own comparison with the document at `path`, into a new window (WordApiDesktop 1.1). */
  wordCompare(path: string): Promise<WriteOutcome>;
  /** Restores every colour this host changed, exactly as it was, and removes temporary highlights. */
  clearHighlights(): Promise<{ restored: number }>;
  /** Selects (and scrolls to) the anchored clause, refusing if its text changed. */
  select(anchor: Anchor): Promise<SelectOutcome>;
  /**
   * Applies a planned redline as tracked changes (the user's Track Changes mode is restored after),
   * with the plan's comment when `comment` is true and comments are supported.
   */
  applyRedline(
    redline: Redline,
    options: { comment: boolean }
  ): Promise<WriteOutcome<{ relocated: boolean; comments: number }>>;
  /** A Word comment on the anchored clause, without changing its text. */
  insertComment(anchor: Anchor, text: string): Promise<WriteOutcome>;
  /** Inserts text at the cursor, replacing the selection, as a tracked change. */
  insertAtCursor(text: string): Promise<WriteOutcome<{ replacedSelection: boolean }>>;
  /**
   * Inserts a fragment (an appendix: heading, clauses, tables) at the cursor or at the end, tagged so
   * a second insert is refused as "exists" unless `replace`, which puts the new one where the old was.
   */
  insertFragment(
    fragment: DocumentFragment,
    options: { where: "cursor" | "end"; replace: boolean }
  ): Promise<WriteOutcome<{ replaced: boolean }>>;
  /** Per-document add-in state (Office.context.document.settings): e.g. dismissed findings. */
  readSetting<T>(name: string): T | null;
  writeSetting(name: string, value: unknown): Promise<void>;
};

/** Highlight colours by severity: Word's named highlight colours, which every platform supports. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  high: "Pink",
  medium: "Yellow",
  low: "Turquoise",
};
