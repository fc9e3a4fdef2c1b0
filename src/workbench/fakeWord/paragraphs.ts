/**
 * The model's paragraphs: their shape, how one is built from an init, and how one is rebuilt with other
 * runs (objects are replaced, never mutated).
 */
import type { SnapshotParagraph, TablePosition } from "../../engine/snapshot";
import { normalizeHighlightColor } from "./colors";
import { merge, textOfRuns, type Revision, type Run } from "./runs";
import { headingLevelOfStyle } from "./styles";

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One paragraph. Objects are replaced, never mutated, so a renderer can memoise by identity. */
export type ModelParagraph = {
  /** Word's Paragraph.uniqueLocalId shape: a GUID without braces, stable for this document's life. */
  readonly id: string;
  /** All its runs' text, tracked deletions included. */
  readonly text: string;
  readonly runs: readonly Run[];
  /** Style name, e.g. "Normal", "Heading 2", "标题 1". */
  readonly style: string;
  readonly headingLevel?: number;
  /** Automatic list label ("1.2", "(a)"); the paragraph is a list item when it has one. */
  readonly listLabel?: string;
  /** Set when the paragraph is in a table cell. */
  readonly table?: TablePosition;
  /**
   * The paragraph mark is a tracked insertion (the paragraph was split off by an edit) or deletion
   * (accepting it joins this paragraph with the next). The last paragraph's mark is never tracked.
   */
  readonly markRevision?: Revision;
  /**
   * The paragraph's style was changed under Track Changes: a "format" revision whose previousStyle is
   * the style to restore on reject (Word records it as a paragraph property change, w:pPrChange).
   */
  readonly styleRevision?: Revision;
};

export type ParagraphInit = {
  text?: string;
  /** Alternative to `text`: the runs with their highlights ("#RRGGBB" or null) and revisions. */
  runs?: Run[];
  style?: string;
  headingLevel?: number;
  listLabel?: string;
  table?: TablePosition;
  markRevision?: Revision;
};

/** Builds a paragraph (runs merged, colours normalised, style and heading level filled in). */
export function createParagraph(init: ParagraphInit, id: string): ModelParagraph {
  const runs = init.runs
    ? merge(
        init.runs.map((r) => {
          const run = { text: r.text, highlight: normalizeHighlightColor(r.highlight) };
          return r.revision ? { ...run, revision: r.revision } : run;
        })
      )
    : merge([{ text: init.text ?? "", highlight: null }]);
  const text = textOfRuns(runs);
  if (init.runs && init.text !== undefined && init.text !== text) {
    throw new Error(
      `Paragraph text ${JSON.stringify(init.text)} differs from its runs ${JSON.stringify(text)}`
    );
  }
  assertParagraphText(text);
  const style =
    init.style ?? (init.headingLevel !== undefined ? `Heading ${init.headingLevel}` : "Normal");
  const headingLevel =
    init.headingLevel ?? (init.style === undefined ? undefined : headingLevelOfStyle(init.style));
  const p: Mutable<ModelParagraph> = { id, text, runs, style };
  if (headingLevel !== undefined) p.headingLevel = headingLevel;
  if (init.listLabel !== undefined) p.listLabel = init.listLabel;
  if (init.table !== undefined) p.table = { ...init.table };
  if (init.markRevision !== undefined) p.markRevision = init.markRevision;
  return p;
}

export /** Paragraph text never holds a paragraph break: "\r" and "\n" would be one. */
function assertParagraphText(text: string): void {
  if (typeof text !== "string") throw new TypeError("Text must be a string");
  if (/[\r\n]/.test(text)) throw new RangeError("Paragraph text must not contain \\r or \\n");
}

export function initOf(p: SnapshotParagraph): ParagraphInit {
  const init: ParagraphInit = { text: p.text };
  if (p.style !== undefined) init.style = p.style;
  if (p.headingLevel !== undefined) init.headingLevel = p.headingLevel;
  if (p.listLabel !== undefined) init.listLabel = p.listLabel;
  if (p.table !== undefined) init.table = p.table;
  return init;
}

/** A paragraph with other runs (text recomputed) and, unless `mark` is undefined, another mark revision. */
export function rebuild(
  p: ModelParagraph,
  runs: readonly Run[],
  mark?: Revision | null
): ModelParagraph {
  const out: Mutable<ModelParagraph> = { ...p, runs, text: textOfRuns(runs) };
  if (mark === null) delete out.markRevision;
  else if (mark !== undefined) out.markRevision = mark;
  return out;
}
