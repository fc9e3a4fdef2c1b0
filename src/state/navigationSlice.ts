/** Navigation: the active finding, selecting its clause in the document, next / previous. */
import type { StateCreator } from "zustand/vanilla";
import type { Dependencies, PaneState } from "./store";
import { findingsOf, messageOf } from "./reviewSlice";
import { visibleFindings } from "./editSlice";

export type NavigationSlice = {
  activeFindingId: string | null;
  goToFinding(id: string): Promise<void>;
  goToNext(step: 1 | -1): Promise<void>;
};

export const createNavigationSlice =
  ({ host }: Dependencies): StateCreator<PaneState, [], [], NavigationSlice> =>
  (set, get) => ({
    activeFindingId: null,

    async goToFinding(id) {
      const finding = findingsOf(get().report).find((f) => f.id === id);
      if (!finding) return;
      set({ activeFindingId: id, error: null });
      try {
        const outcome = await host.select(finding.anchor);
        if (!outcome.ok)
          set({ error: { key: "staleAnchor", detail: finding.anchor.quote.slice(0, 80) } });
      } catch (e) {
        set({ error: { key: "selectFailed", detail: messageOf(e) } });
      }
    },

    async goToNext(step) {
      const findings = visibleFindings(get());
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
