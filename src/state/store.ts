/**
 * The pane's one store (zustand vanilla `createStore`, built from slices), created with its
 * dependencies so every test and both composition roots (Word, workbench) build a fresh one.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Playbook } from "../engine/types";
import type { Wording } from "../engine/topics";
import type { DocumentHost } from "../word/documentHost";
import { createReviewSlice, type ReviewSlice } from "./reviewSlice";
import { createNavigationSlice, type NavigationSlice } from "./navigationSlice";
import { createEditSlice, type EditSlice } from "./editSlice";
import { createAppendixSlice, type AppendixSlice } from "./appendixSlice";
import { createCompareSlice, type CompareSlice } from "./compareSlice";

export type Dependencies = {
  host: DocumentHost;
  playbook: Playbook;
  wording: Wording;
  /** Reads another draft the user picked (.docx bytes) — the docx reader, injected by the composition root. */
  openDocument?: (bytes: Uint8Array, name: string) => DocumentSnapshot;
};

export type PaneState = ReviewSlice & NavigationSlice & EditSlice & AppendixSlice & CompareSlice;
export type PaneStore = StoreApi<PaneState>;

export function createPaneStore(deps: Dependencies): PaneStore {
  return createStore<PaneState>()((...a) => ({
    ...createReviewSlice(deps)(...a),
    ...createNavigationSlice(deps)(...a),
    ...createEditSlice(deps)(...a),
    ...createAppendixSlice(deps)(...a),
    ...createCompareSlice(deps)(...a),
  }));
}
