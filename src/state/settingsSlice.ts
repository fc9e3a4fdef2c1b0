/**
 * The user's playbook settings: change a position, switch a topic off, restore the defaults, import
 * and export a playbook file. Every change is saved per user in the storage the composition root
 * provides (localStorage, keyed with Office.context.partitionKey) and read back when the pane starts.
 *
 * What is saved is only what differs from the bundled playbook (a partial playbook file), so a later
 * version's new defaults reach every position the user did not change. A saved value that no longer
 * reads as a playbook is ignored — the bundled one applies and the pane says so — and a rejected
 * import never replaces the playbook in use.
 */
import type { StateCreator } from "zustand/vanilla";
import type { Playbook, PositionValue } from "../engine/types";
import {
  checkPositionValue,
  fieldFor,
  parsePlaybook,
  playbookFile,
  serializePlaybook,
  type Bilingual,
  type PlaybookProblem,
} from "../library/playbookFile";
import type { ReviewSlice } from "./reviewSlice";
import { personalOverridesAllowed, type FirmPlaybook } from "../library/firmPlaybook";
import type { Dependencies, PaneState } from "./store";

/** The part of the Web Storage API the settings use (window.localStorage in the pane). */
export type SettingsStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/**
 * What the settings pane tells the user: the import worked or was rejected (with settingsProblems),
 * the defaults are back, the saved playbook was unreadable and ignored (with settingsProblems), or a
 * change applies now but could not be saved.
 */
export type SettingsNotice =
  "imported" | "importRejected" | "restored" | "storedIgnored" | "notSaved" | "locked";

export type ImportResult = { ok: true } | { ok: false; problems: PlaybookProblem[] };

export type SettingsSlice = {
  /** The firm's playbook.json, as the composition root found it (docs/admin.md). */
  firm: FirmPlaybook;
  /** The firm's file forbids personal changes: the settings are shown, not editable. */
  settingsLocked: boolean;
  /** Problems of the rejected import, or of the saved playbook that was ignored; else empty. */
  settingsProblems: PlaybookProblem[];
  settingsNotice: SettingsNotice | null;
  /** Sets one position; an invalid value (wrong kind, out of range) or unknown key is refused. */
  setPosition(
    topic: string,
    key: string,
    value: PositionValue
  ): { ok: true } | { ok: false; message: Bilingual };
  setTopicEnabled(topic: string, enabled: boolean): void;
  /** Back to the bundled playbook; the saved settings are deleted. */
  resetPlaybook(): void;
  /** Reads a playbook file over the bundled playbook; on any problem the current playbook stays. */
  importPlaybook(text: string): ImportResult;
  /** The playbook in use as a complete playbook file. */
  exportPlaybook(): string;
  dismissSettingsNotice(): void;
};

export const playbookStorageKey = (partitionKey?: string) =>
  `clauseReview.playbook.${partitionKey || "default"}`;

/**
 * The browser's localStorage, or undefined where there is none or using it is refused (storage
 * disabled, a sandboxed frame): the settings then last for the session only.
 */
export function browserStorage(): SettingsStorage | undefined {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Spread after the review slice: its `playbook` (the saved one, when there is a readable one) replaces
 * the bundled playbook the review slice starts with.
 */
export const createSettingsSlice =
  ({
    playbook: bundled,
    storage,
    partitionKey,
    firm = { status: "none" },
  }: Dependencies): StateCreator<
    PaneState,
    [],
    [],
    SettingsSlice & Pick<ReviewSlice, "playbook">
  > =>
  (set, get) => {
    const key = playbookStorageKey(partitionKey);

    /** Saves the playbook's changes from the bundled one (nothing when there are none). */
    function save(playbook: Playbook): boolean {
      if (!storage) return true;
      try {
        const changes = playbookFile(playbook, bundled);
        if (changes.topics.length === 0 && changes.name === bundled.name) storage.removeItem(key);
        else storage.setItem(key, serializePlaybook(playbook, bundled));
        return true;
      } catch {
        return false; // quota exceeded, storage disabled since start …
      }
    }

    /** Uses the changed playbook now, and says so when it could not be saved. */
    function apply(playbook: Playbook) {
      const saved = save(playbook);
      const notice = get().settingsNotice;
      if (!saved) set({ playbook, settingsNotice: "notSaved", settingsProblems: [] });
      else set({ playbook, settingsNotice: notice === "notSaved" ? null : notice });
    }

    let initial: Playbook = bundled;
    let settingsProblems: PlaybookProblem[] = [];
    let settingsNotice: SettingsNotice | null = null;
    const settingsLocked = !personalOverridesAllowed(firm);
    let stored: string | null = null;
    try {
      stored = settingsLocked ? null : (storage?.getItem(key) ?? null);
    } catch {
      stored = null; // unreadable storage is no storage
    }
    if (stored !== null) {
      const parsed = parsePlaybook(stored, bundled);
      if (parsed.ok) initial = parsed.playbook;
      else {
        settingsProblems = parsed.problems;
        settingsNotice = "storedIgnored";
      }
    }

    const lockedMessage = {
      en: "The firm's playbook does not allow personal changes.",
      zh: "所在机构的审查标准不允许个人修改。",
    };

    return {
      firm,
      settingsLocked,
      playbook: initial,
      settingsProblems,
      settingsNotice,

      setPosition(topicId, positionKey, value) {
        if (settingsLocked) return { ok: false, message: lockedMessage };
        const playbook = get().playbook;
        const topic = playbook.topics.find((t) => t.id === topicId);
        if (!topic || !Object.hasOwn(topic.position, positionKey))
          return {
            ok: false,
            message: {
              en: `Topic "${topicId}" has no position "${positionKey}".`,
              zh: `主题“${topicId}”没有立场“${positionKey}”。`,
            },
          };
        const message = checkPositionValue(
          fieldFor(topicId, positionKey, topic.position[positionKey]),
          value
        );
        if (message) return { ok: false, message };
        apply({
          ...playbook,
          topics: playbook.topics.map((t) =>
            t === topic
              ? {
                  ...t,
                  position: {
                    ...t.position,
                    [positionKey]: Array.isArray(value) ? [...value] : value,
                  },
                }
              : t
          ),
        });
        return { ok: true };
      },

      setTopicEnabled(topicId, enabled) {
        if (settingsLocked) return set({ settingsNotice: "locked" });
        const playbook = get().playbook;
        if (!playbook.topics.some((t) => t.id === topicId && t.enabled !== enabled)) return;
        apply({
          ...playbook,
          topics: playbook.topics.map((t) => (t.id === topicId ? { ...t, enabled } : t)),
        });
      },

      resetPlaybook() {
        if (settingsLocked) return set({ settingsNotice: "locked" });
        let removed = true;
        try {
          storage?.removeItem(key);
        } catch {
          removed = false;
        }
        set({
          playbook: bundled,
          settingsNotice: removed ? "restored" : "notSaved",
          settingsProblems: [],
        });
      },

      importPlaybook(text) {
        if (settingsLocked) {
          set({ settingsNotice: "locked" });
          return { ok: false, problems: [{ path: "", message: lockedMessage }] };
        }
        const parsed = parsePlaybook(text, bundled);
        if (!parsed.ok) {
          set({ settingsNotice: "importRejected", settingsProblems: parsed.problems });
          return { ok: false, problems: parsed.problems };
        }
        const saved = save(parsed.playbook);
        set({
          playbook: parsed.playbook,
          settingsNotice: saved ? "imported" : "notSaved",
          settingsProblems: [],
        });
        return { ok: true };
      },

      exportPlaybook: () => serializePlaybook(get().playbook),

      dismissSettingsNotice: () => set({ settingsNotice: null, settingsProblems: [] }),
    };
  };
