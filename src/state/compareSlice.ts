/**
 * Comparing the open document with another draft (a .docx the user picks, read here in the pane —
 * nothing is uploaded) or with our standard wording; going to a changed clause; the summary as a table
 * at the end of the document, or as an HTML report.
 */
import type { StateCreator } from "zustand/vanilla";
import type { Alignment, Comparison } from "../engine/compare/types";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Anchor } from "../engine/types";
import { messageOf } from "./reviewSlice";
import type { Dependencies, PaneState } from "./store";

export type CompareSlice = {
  comparison: Comparison | null;
  /** The other draft's file name, or null for "our standard wording". */
  compareAgainst: string | null;
  /** The open document as it was compared (what alignments' new sides point into). */
  compareSnapshot: DocumentSnapshot | null;
  comparing: boolean;
  compareError: string | null;
  compareWithFile(name: string, bytes: Uint8Array): Promise<void>;
  compareWithStandard(): Promise<void>;
  selectAlignment(alignment: Alignment): Promise<void>;
  insertComparisonSummary(): Promise<void>;
  /** The comparison as a self-contained HTML report, in the UI language. */
  comparisonReport(language: "zh" | "en"): string | null;
  wordCompare(path: string): Promise<void>;
};

type Runtime = typeof import("./compareRuntime");
/** The comparison engine once loaded (shared by every store: it holds no state). */
let runtime: Runtime | null = null;
async function loadRuntime(): Promise<Runtime> {
  runtime ??= await import(/* webpackChunkName: "compare-engine" */ "./compareRuntime");
  return runtime;
}

export const createCompareSlice =
  ({ host, wording, openDocument }: Dependencies): StateCreator<PaneState, [], [], CompareSlice> =>
  (set, get) => {
    async function run(
      against: string | null,
      make: (current: DocumentSnapshot, engine: Runtime) => Comparison
    ) {
      if (get().comparing) return;
      set({ comparing: true, compareError: null, error: null });
      try {
        const engine = await loadRuntime();
        const current = await host.read();
        set({
          comparison: make(current, engine),
          compareAgainst: against,
          compareSnapshot: current,
        });
      } catch (e) {
        set({ compareError: messageOf(e) });
      } finally {
        set({ comparing: false });
      }
    }

    return {
      comparison: null,
      compareAgainst: null,
      compareSnapshot: null,
      comparing: false,
      compareError: null,

      async compareWithFile(name, bytes) {
        if (!openDocument) {
          set({ compareError: "This host cannot read .docx files." });
          return;
        }
        let other: DocumentSnapshot;
        try {
          other = await openDocument(bytes, name);
        } catch (e) {
          // The reader's message says what is wrong (not a .docx, corrupt, password-protected …).
          set({ compareError: messageOf(e) });
          return;
        }
        await run(name, (current, engine) =>
          engine.compare(other, current, get().playbook, wording)
        );
      },

      compareWithStandard: () =>
        run(null, (current, engine) =>
          engine.compareWithStandard(current, get().playbook, wording)
        ),

      async selectAlignment(alignment) {
        const snapshot = get().compareSnapshot;
        const side = alignment.new[0];
        if (!snapshot || !side) return;
        const first = snapshot.paragraphs[side.paragraphs[0]];
        const last = side.paragraphs[side.paragraphs.length - 1];
        if (!first) return;
        const anchor: Anchor = {
          paragraph: first.index,
          lastParagraph: last,
          start: 0,
          end: first.text.length,
          quote: first.text,
          textHash: side.textHash,
        };
        try {
          const outcome = await host.select(anchor);
          if (!outcome.ok) set({ error: { key: "staleAnchor", detail: first.text.slice(0, 80) } });
        } catch (e) {
          set({ error: { key: "selectFailed", detail: messageOf(e) } });
        }
      },

      async insertComparisonSummary() {
        const { comparison, compareAgainst, report } = get();
        if (!comparison) return;
        const language = report?.language ?? comparison.language.new;
        const engine = await loadRuntime();
        await get().insertAppendix(
          engine.comparisonFragment(comparison, language, compareAgainst),
          "end"
        );
      },

      comparisonReport(language) {
        const { comparison, compareAgainst } = get();
        // A comparison is only ever made with the engine loaded, so it is here when one exists.
        return comparison && runtime
          ? runtime.comparisonHtml(comparison, language, compareAgainst)
          : null;
      },

      async wordCompare(path) {
        try {
          const result = await host.wordCompare(path);
          if (!result.ok)
            set({ error: { key: `refused_${result.reason}`, detail: result.detail ?? "" } });
        } catch (e) {
          set({ error: { key: "writeFailed", detail: messageOf(e) } });
        }
      },
    };
  };
