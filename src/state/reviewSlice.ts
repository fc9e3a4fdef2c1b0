/** Review: read the document, run the engine, highlight; clear highlights. */
import type { StateCreator } from "zustand/vanilla";
import { review } from "../engine/review";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Finding, Playbook, ReviewReport } from "../engine/types";
import type { HighlightOutcome, Refusal } from "../word/documentHost";
import { DISMISSED_SETTING, dismissalKey, parseDismissed } from "./dismissals";
import type { Dependencies, PaneState } from "./store";

export type ReviewStatus = "idle" | "reviewing" | "reviewed" | "clearing" | "error";

export type ErrorKey =
  | "reviewFailed"
  | "clearFailed"
  | "selectFailed"
  | "staleAnchor"
  | "writeFailed"
  | "settingNotSaved"
  | `refused_${Refusal}`;

export type ReviewSlice = {
  /** The playbook the review judges against (the user's settings may change it; see settings). */
  playbook: Playbook;
  status: ReviewStatus;
  report: ReviewReport | null;
  /** The document as the review read it: what suggestions are planned against. */
  snapshot: DocumentSnapshot | null;
  highlightOutcome: HighlightOutcome | null;
  /** A message key and detail for the pane's error bar. */
  error: { key: ErrorKey; detail?: string } | null;
  runReview(): Promise<void>;
  clearHighlights(): Promise<void>;
  dismissError(): void;
};

/** All findings of a report in document order: the order the pane lists and navigates them. */
export function findingsOf(report: ReviewReport | null): Finding[] {
  if (!report) return [];
  return report.topics
    .flatMap((t) => t.findings)
    .sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
}

export const createReviewSlice =
  ({ host, playbook, wording }: Dependencies): StateCreator<PaneState, [], [], ReviewSlice> =>
  (set, get) => ({
    playbook,
    status: "idle",
    report: null,
    snapshot: null,
    highlightOutcome: null,
    error: null,

    async runReview() {
      if (get().status === "reviewing") return;
      set({ status: "reviewing", error: null, notice: null });
      try {
        // Dismissed findings live in the document's settings: read them before deciding what to highlight.
        const dismissed = new Set(parseDismissed(host.readSetting(DISMISSED_SETTING)));
        const { result, outcome } = await host.reviewAndHighlight((snapshot) => {
          const report = review(snapshot, get().playbook, wording);
          const highlights = findingsOf(report)
            .filter((f) => !dismissed.has(dismissalKey(f)))
            .map((f) => ({ anchor: f.anchor, severity: f.severity }));
          return { result: { report, snapshot }, highlights };
        });
        set({
          status: "reviewed",
          report: result.report,
          snapshot: result.snapshot,
          dismissed: [...dismissed],
          done: {},
          capabilities: host.capabilities(),
          highlightOutcome: outcome,
          activeFindingId: null,
        });
      } catch (e) {
        set({ status: "error", error: { key: "reviewFailed", detail: messageOf(e) } });
      }
    },

    async clearHighlights() {
      const previous = get().status;
      set({ status: "clearing", error: null });
      try {
        await host.clearHighlights();
        set({ status: previous === "clearing" ? "reviewed" : previous, highlightOutcome: null });
      } catch (e) {
        set({ status: "error", error: { key: "clearFailed", detail: messageOf(e) } });
      }
    },

    dismissError: () => set({ error: null }),
  });

export function messageOf(e: unknown): string {
  if (e && typeof e === "object" && "message" in e)
    return String((e as { message: unknown }).message);
  return String(e);
}
