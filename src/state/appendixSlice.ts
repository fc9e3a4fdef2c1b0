/**
 * The two appendices: which form is open (prefilled from the playbook's positions), inserting the
 * rendered appendix, and the question "replace the one already in the document?" — asked, never assumed.
 */
import type { StateCreator } from "zustand/vanilla";
import type { DocumentFragment } from "../engine/fragment";
import type { Language } from "../engine/types";
import {
  defaultScopeForm,
  defaultSlaForm,
  type AppendixForm,
  type AppendixKind,
} from "../library/appendices";
import { runWrite } from "./runWrite";
import type { Dependencies, PaneState } from "./store";

export type PendingAppendix = { fragment: DocumentFragment; where: "cursor" | "end" };

export type AppendixSlice = {
  /** The open appendix form and the values it starts from, or null. */
  appendix: { kind: AppendixKind; initial: AppendixForm } | null;
  /** An insert that found the appendix already in the document: waiting for the user's answer. */
  replaceAsk: PendingAppendix | null;
  openAppendix(kind: AppendixKind, language: Language): void;
  closeAppendix(): void;
  insertAppendix(fragment: DocumentFragment, where: "cursor" | "end"): Promise<void>;
  answerReplace(replace: boolean): Promise<void>;
};

export const createAppendixSlice =
  ({ host }: Dependencies): StateCreator<PaneState, [], [], AppendixSlice> =>
  (set, get) => {
    async function insert(pending: PendingAppendix, replace: boolean): Promise<void> {
      if (!get().busy) set({ replaceAsk: null });
      await runWrite(
        set,
        get,
        () => host.insertFragment(pending.fragment, { where: pending.where, replace }),
        (result) =>
          set({ notice: { key: result.replaced ? "appendixReplaced" : "appendixInserted" } }),
        // Already in the document: ask before replacing (ReplaceAppendixDialog).
        (refusal) => refusal.reason === "exists" && (set({ replaceAsk: pending }), true)
      );
    }

    return {
      appendix: null,
      replaceAsk: null,

      openAppendix(kind, language) {
        const initial =
          kind === "scope" ? defaultScopeForm(language) : defaultSlaForm(language, get().playbook);
        set({ appendix: { kind, initial }, replaceAsk: null });
      },

      closeAppendix: () => set({ appendix: null, replaceAsk: null }),

      insertAppendix: (fragment, where) => insert({ fragment, where }, false),

      async answerReplace(replace) {
        const pending = get().replaceAsk;
        if (!pending) return;
        if (!replace) {
          set({ replaceAsk: null });
          return;
        }
        await insert(pending, true);
      },
    };
  };
