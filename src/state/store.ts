/**
 * The pane's one store (zustand vanilla `createStore`, built from slices), created with its
 * dependencies so every test and both composition roots (Word, workbench) build a fresh one.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Playbook } from "../engine/types";
import type { Wording } from "../engine/topics";
import type { DocumentHost } from "../word/documentHost";
import type { FirmPlaybook } from "../library/firmPlaybook";
import { createReviewSlice, type ReviewSlice } from "./reviewSlice";
import { createNavigationSlice, type NavigationSlice } from "./navigationSlice";
import { createEditSlice, type EditSlice } from "./editSlice";
import { createAppendixSlice, type AppendixSlice } from "./appendixSlice";
import { createCompareSlice, type CompareSlice } from "./compareSlice";
import { createOverviewSlice, type OverviewSlice } from "./overviewSlice";
import { createSettingsSlice, type SettingsSlice, type SettingsStorage } from "./settingsSlice";

export type Dependencies = {
  host: DocumentHost;
  playbook: Playbook;
  wording: Wording;
  /**
   * Reads another draft the user picked (.docx bytes) — the docx reader, injected by the composition
   * root (in Word loaded on first use, hence a promise there).
   */
  openDocument?: (bytes: Uint8Array, name: string) => DocumentSnapshot | Promise<DocumentSnapshot>;
  /** Where the user's playbook settings are kept (localStorage); without it they last the session. */
  storage?: SettingsStorage;
  /** Office.context.partitionKey: keeps each user's settings apart where Office partitions storage. */
  partitionKey?: string;
  /** The firm's playbook.json as found at start; `playbook` is then its playbook (or the bundled one). */
  firm?: FirmPlaybook;
};

export type PaneState = ReviewSlice &
  NavigationSlice &
  EditSlice &
  AppendixSlice &
  CompareSlice &
  OverviewSlice &
  SettingsSlice;
export type PaneStore = StoreApi<PaneState>;

export function createPaneStore(deps: Dependencies): PaneStore {
  return createStore<PaneState>()((...a) => ({
    ...createReviewSlice(deps)(...a),
    ...createNavigationSlice(deps)(...a),
    ...createEditSlice(deps)(...a),
    ...createAppendixSlice(deps)(...a),
    ...createCompareSlice(deps)(...a),
    ...createOverviewSlice(deps)(...a),
    // Last: its `playbook` (the user's saved one) replaces the bundled one the review slice starts with.
    ...createSettingsSlice(deps)(...a),
  }));
}
