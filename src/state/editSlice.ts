/**
 * Changing the document from a finding: apply its suggestion as a minimal tracked redline (with an
 * explanatory comment the user can switch off), comment only, dismiss, or insert a library clause at
 * the cursor. Every refusal reaches the pane as a message; nothing is edited on a doubt.
 */
import type { StateCreator } from "zustand/vanilla";
import { planFindingRedline, planTopicRedline, type Redline } from "../engine/redline";
import type { Finding } from "../engine/types";
import type { Capabilities } from "../word/capabilities";
import { DISMISSED_SETTING, dismissalKey, parseDismissed } from "./dismissals";
import { findingsOf, messageOf } from "./reviewSlice";
import { runWrite, type Refused } from "./runWrite";
import type { Dependencies, PaneState } from "./store";

/** "outdated": another change rewrote this finding's clause — review again before acting on it. */
export type DoneKind = "applied" | "commented" | "outdated";

export type Notice =
  | { key: "applied"; params: { words: number } }
  | { key: "commented" | "inserted" | "dismissed" | "appendixInserted" | "appendixReplaced" };

export type EditSlice = {
  /** What this Word client and document allow (refreshed at each review). */
  capabilities: Capabilities;
  /** What was done to findings and topics since the review: id → kind. */
  done: Record<string, DoneKind>;
  /** Dismissal keys of this document (see dismissals.ts). */
  dismissed: string[];
  /** Add an explanatory Word comment to each applied suggestion. */
  withComment: boolean;
  busy: boolean;
  notice: Notice | null;
  applyFinding(id: string): Promise<void>;
  /** Applies all of a topic's findings at once, or inserts the clause a missing topic needs. */
  applyTopic(topic: string): Promise<void>;
  commentFinding(id: string): Promise<void>;
  dismissFinding(id: string): Promise<void>;
  restoreDismissed(): Promise<void>;
  setWithComment(on: boolean): void;
  insertClause(text: string): Promise<void>;
  loadDismissed(): void;
  dismissNotice(): void;
};

/** The findings the pane lists: all but the dismissed ones, in document order. */
export function visibleFindings(state: Pick<PaneState, "report" | "dismissed">): Finding[] {
  if (state.dismissed.length === 0) return findingsOf(state.report);
  const dismissed = new Set(state.dismissed);
  return findingsOf(state.report).filter((f) => !dismissed.has(dismissalKey(f)));
}

export const createEditSlice =
  ({ host }: Dependencies): StateCreator<PaneState, [], [], EditSlice> =>
  (set, get) => {
    const findingOf = (id: string) => findingsOf(get().report).find((f) => f.id === id);

    const write = <T extends { ok: true }>(
      run: () => Promise<T | Refused>,
      onDone: (result: T) => void
    ) => runWrite(set, get, run, onDone);

    async function applyRedline(id: string, redline: Redline | null): Promise<void> {
      if (!redline) {
        set({ error: { key: "refused_stale", detail: "" } });
        return;
      }
      await write(
        () => host.applyRedline(redline, { comment: get().withComment }),
        () =>
          set((s) => {
            // Other findings on the rewritten paragraphs now quote text that is gone.
            const changed = new Set(redline.changes.map((c) => c.paragraph));
            const done: Record<string, DoneKind> = { ...s.done };
            for (const f of findingsOf(s.report)) {
              if (changed.has(f.anchor.paragraph) && done[f.id] === undefined)
                done[f.id] = "outdated";
            }
            done[id] = "applied";
            return { done, notice: { key: "applied", params: { words: redline.changedWords } } };
          })
      );
    }

    return {
      capabilities: host.capabilities(),
      done: {},
      dismissed: [],
      withComment: true,
      busy: false,
      notice: null,

      async applyFinding(id) {
        const finding = findingOf(id);
        const snapshot = get().snapshot;
        if (!finding || !snapshot) return;
        await applyRedline(id, planFindingRedline(snapshot, finding));
      },

      async applyTopic(topicId) {
        const { report, snapshot } = get();
        const result = report?.topics.find((t) => t.topic === topicId);
        if (!result || !snapshot || !report) return;
        await applyRedline(topicId, planTopicRedline(snapshot, result, report.language));
      },

      async commentFinding(id) {
        const finding = findingOf(id);
        if (!finding) return;
        await write(
          () => host.insertComment(finding.anchor, finding.message),
          () =>
            set((s) => ({ done: { ...s.done, [id]: "commented" }, notice: { key: "commented" } }))
        );
      },

      async dismissFinding(id) {
        const finding = findingOf(id);
        if (!finding) return;
        const dismissed = [...new Set([...get().dismissed, dismissalKey(finding)])];
        set({ dismissed, notice: { key: "dismissed" } });
        if (get().activeFindingId === id) set({ activeFindingId: null });
        try {
          await host.writeSetting(DISMISSED_SETTING, dismissed);
        } catch (e) {
          set({ error: { key: "settingNotSaved", detail: messageOf(e) } });
        }
      },

      async restoreDismissed() {
        set({ dismissed: [] });
        try {
          await host.writeSetting(DISMISSED_SETTING, []);
        } catch (e) {
          set({ error: { key: "settingNotSaved", detail: messageOf(e) } });
        }
      },

      setWithComment: (on) => set({ withComment: on }),

      async insertClause(text) {
        await write(
          () => host.insertAtCursor(text),
          () => set({ notice: { key: "inserted" } })
        );
      },

      loadDismissed: () => set({ dismissed: parseDismissed(host.readSetting(DISMISSED_SETTING)) }),

      dismissNotice: () => set({ notice: null }),
    };
  };
