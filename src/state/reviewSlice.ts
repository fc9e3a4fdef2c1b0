/** Review: read the document, run the engine, highlight; clear highlights. */
import type { StateCreator } from "zustand/vanilla";
import { review } from "../engine/review";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Finding, Playbook, ReviewReport } from "../engine/types";
import type { HighlightOutcome, Refusal } from "../word/documentHost";
import { DISMISSED_SETTING, dismissalKey, parseDismissed } from "./dismissals";
import type { Dependencies, PaneState } from "./store";

export type ReviewStatus = "idle" | "reviewing" | "reviewed" | "clearing" | "error";

/** Where a running review is, for the pane's progress; null when no review runs. */
export type ReviewPhase = "reading" | "reviewing" | "highlighting";

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
  reviewPhase: ReviewPhase | null;
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
    reviewPhase: null,
    report: null,
    snapshot: null,
    highlightOutcome: null,
    error: null,

    async runReview() {
      if (get().status === "reviewing") return;
      set({ status: "reviewing", reviewPhase: "reading", error: null, notice: null });
      try {
        // Dismissed findings live in the document's settings: read them before deciding what to highlight.
        const dismissed = new Set(parseDismissed(host.readSetting(DISMISSED_SETTING)));
        const { result, outcome } = await host.reviewAndHighlight(async (snapshot) => {
          // The engine blocks the pane's thread for 60-70 ms on a 300-page contract (npm run bench):
          // too short for a Web Worker to pay off (copying the snapshot there, a second bundle, a CSP
          // worker-src). Yielding before and after it lets the browser paint the phase in between.
          set({ reviewPhase: "reviewing" });
          await paint();
          const report = review(snapshot, get().playbook, wording);
          set({ reviewPhase: "highlighting" });
          await paint();
          const highlights = findingsOf(report)
            .filter((f) => !dismissed.has(dismissalKey(f)))
            .map((f) => ({ anchor: f.anchor, severity: f.severity }));
          return { result: { report, snapshot }, highlights };
        });
        set({
          status: "reviewed",
          reviewPhase: null,
          report: result.report,
          snapshot: result.snapshot,
          dismissed: [...dismissed],
          done: {},
          capabilities: host.capabilities(),
          highlightOutcome: outcome,
          activeFindingId: null,
        });
      } catch (e) {
        set({
          status: "error",
          reviewPhase: null,
          error: { key: "reviewFailed", detail: messageOf(e) },
        });
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

/**
 * Gives the browser a chance to paint (a frame, then a task), so a phase set just before a blocking
 * step is on screen during it. Outside a browser (tests, bench) it is one macrotask; the 100 ms
 * timer covers a hidden pane, where animation frames do not run.
 */
function paint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === "function")
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        })
      );
    else {
      clearTimeout(timer);
      setTimeout(resolve);
    }
  });
}

export function messageOf(e: unknown): string {
  if (e && typeof e === "object" && "message" in e)
    return String((e as { message: unknown }).message);
  return String(e);
}
