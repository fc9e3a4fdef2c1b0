/** Navigation: the active finding, selecting its clause (or any anchor) in Word, next / previous. */
import type { StateCreator } from "zustand/vanilla";
import type { Anchor } from "../engine/types";
import type { Dependencies, PaneState } from "./store";
import { findingsOf, messageOf } from "./reviewSlice";
import { filteredFindings } from "./overviewSlice";

export type NavigationSlice = {
  activeFindingId: string | null;
  goToFinding(id: string): Promise<void>;
  /** Selects an anchored clause (a key term's); a changed clause is reported as stale. */
  goToAnchor(anchor: Anchor): Promise<void>;
  goToNext(step: 1 | -1): Promise<void>;
};

export const createNavigationSlice =
  ({ host }: Dependencies): StateCreator<PaneState, [], [], NavigationSlice> =>
  (set, get) => ({
    activeFindingId: null,

    async goToFinding(id) {
      const finding = findingsOf(get().report).find((f) => f.id === id);
      if (!finding) return;
      set({ activeFindingId: id });
      // A clause this pane rewrote no longer reads as reviewed: its redline was selected when it was
      // applied, and selecting it again would only report the (expected) change as stale.
      const done = get().done[id];
      if (done === "applied" || done === "outdated") return;
      await get().goToAnchor(finding.anchor);
    },

    async goToAnchor(anchor) {
      set({ error: null });
      try {
        const outcome = await host.select(anchor);
        if (!outcome.ok) set({ error: { key: "staleAnchor", detail: anchor.quote.slice(0, 80) } });
      } catch (e) {
        set({ error: { key: "selectFailed", detail: messageOf(e) } });
      }
    },

    async goToNext(step) {
      // Next and previous walk the list as the pane shows it: the overview's filters apply.
      const findings = filteredFindings(get());
      if (findings.length === 0) return;
      const at = findings.findIndex((f) => f.id === get().activeFindingId);
      const next =
        at < 0
          ? step === 1
            ? 0
            : findings.length - 1
          : (at + step + findings.length) % findings.length;
      await get().goToFinding(findings[next].id);
    },
  });
