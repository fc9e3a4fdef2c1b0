/**
 * Highlighting findings without damaging the document, in one of two ways (ARCHITECTURE.md):
 *
 * - WordApi 1.8: Range.highlight() — "Highlights the range temporarily without changing document
 *   content" (Word.Range.highlight doc comment). One colour chosen by Word; removed with
 *   removeHighlight() on the same range. Known limits: the colour is light
 *   (https://github.com/OfficeDev/office-js/issues/5177) and Word on the web selects each range it
 *   highlights (https://github.com/OfficeDev/office-js/issues/6141).
 * - Otherwise font.highlightColor by severity, with Track Changes off for the moment (WordApi 1.4) so
 *   the colours never appear as tracked formatting, and the user's mode set back in the same batch.
 *   Word reports a range's colour as null (none), a colour, or "" (mixed) (Word.Font.highlightColor doc
 *   comment); the paragraph's colour is read with its text, and because a finding's sentence lies in a
 *   paragraph of one colour, restoring the whole paragraph to that colour is exact. A paragraph already
 *   "mixed" is left alone: WordApi 1.3 cannot read its runs to restore them.
 *
 * Helpers only queue commands on `context`; they never sync.
 */
import { textHash } from "../engine/normalize";
import type { Anchor } from "../engine/types";
import { SEVERITY_COLOR, type Highlight, type HighlightOutcome } from "./documentHost";
import { locateParagraph } from "./locate";
import { reviewedTextOf, type RevisedParagraphs } from "./readDocument";
import { queueSpanRange } from "./spanRange";

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

export type HighlightMemory = {
  /** font.highlightColor: paragraph → its Word text's hash and its colour before we coloured it. */
  colours: Map<number, { textHash: string; original: string | null }>;
  /** Range.highlight(): the anchors that carry a temporary highlight. */
  temporary: Anchor[];
};

export function emptyMemory(): HighlightMemory {
  return { colours: new Map(), temporary: [] };
}

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly" | Word.ChangeTrackingMode | null;

/**
 * Runs `queue` with Track Changes off when it is on, and puts the user's mode back after it in the
 * same batch. A null mode (WordApi 1.3) cannot be read or changed.
 */
export function queueWithTrackingOff(
  context: Word.RequestContext,
  mode: TrackingMode,
  queue: () => void
): void {
  const switchOff = mode !== null && mode !== "Off";
  if (switchOff) context.document.changeTrackingMode = "Off";
  queue();
  if (switchOff) context.document.changeTrackingMode = mode;
}

/**
 * Queues every remembered paragraph's original colour back and removes temporary highlights. A
 * paragraph is found again by its text (it may have moved, e.g. after a clause was inserted above);
 * one whose text changed is left as it is — restoring over the user's later edits would overwrite
 * their formatting. Returns paragraph → the colour it will have again; the memory is emptied.
 */
export function queueRestore(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  memory: HighlightMemory,
  revised: RevisedParagraphs
): Map<number, string | null> {
  const restored = new Map<number, string | null>();
  if (memory.colours.size > 0) {
    const texts = items.map((p) => p.text);
    for (const [index, memo] of memory.colours) {
      const at = locateParagraph(texts, index, memo.textHash);
      if (!at.ok) continue;
      // null removes the highlight (Word.Font.highlightColor doc); the typings only say string.
      items[at.paragraph].getRange("Content").font.highlightColor = memo.original as string;
      restored.set(at.paragraph, memo.original);
    }
  }
  if (memory.temporary.length > 0) {
    const texts = items.map((p) => reviewedTextOf(p.text, revised));
    for (const anchor of memory.temporary) {
      const at = locateParagraph(texts, anchor.paragraph, anchor.textHash);
      if (!at.ok) continue;
      const moved = {
        ...anchor,
        paragraph: at.paragraph,
        lastParagraph: at.paragraph + anchor.lastParagraph - anchor.paragraph,
      };
      anchorRange(context, items, moved, revised)?.removeHighlight();
    }
  }
  memory.colours.clear();
  memory.temporary = [];
  return restored;
}

/** Only the given paragraphs' colours (before an edit in them); they are forgotten. */
export function queueRestoreParagraphs(
  items: Word.Paragraph[],
  memory: HighlightMemory,
  paragraphs: number[]
): void {
  const texts = items.map((p) => p.text);
  for (const [index, memo] of [...memory.colours]) {
    const at = locateParagraph(texts, index, memo.textHash);
    if (!at.ok || !paragraphs.includes(at.paragraph)) continue;
    items[at.paragraph].getRange("Content").font.highlightColor = memo.original as string;
    memory.colours.delete(index);
  }
}

export function queueHighlights(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  highlights: Highlight[],
  memory: HighlightMemory,
  options: {
    temporary: boolean;
    /** Colours already restored in this batch: the paragraph's true original colour. */
    originals: Map<number, string | null>;
    revised: RevisedParagraphs;
    /** Highlight whole paragraphs only (the fallback when a span could not be found). */
    wholeParagraphs?: boolean;
  }
): HighlightOutcome {
  const outcome: HighlightOutcome = { applied: 0, skippedMixed: 0 };
  const worstFirst = [...highlights].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
  const covered = new Map<number, Array<[number, number]>>();
  for (const { anchor, severity } of worstFirst) {
    const p = items[anchor.paragraph];
    if (!p) continue;
    // Overlapping findings: the first (worst) colour wins.
    const spans = covered.get(anchor.paragraph) ?? [];
    if (spans.some(([s, e]) => s < anchor.end && anchor.start < e)) continue;
    if (options.temporary) {
      const range = options.wholeParagraphs
        ? wholeRange(items, anchor)
        : anchorRange(context, items, anchor, options.revised);
      range?.highlight();
      memory.temporary.push(anchor);
    } else {
      const paragraphsOk = paragraphIndices(anchor).every((index) =>
        rememberColour(items, index, memory, options.originals)
      );
      if (!paragraphsOk) {
        outcome.skippedMixed++;
        continue;
      }
      const range = options.wholeParagraphs
        ? wholeRange(items, anchor)
        : anchorRange(context, items, anchor, options.revised);
      if (range) range.font.highlightColor = SEVERITY_COLOR[severity];
    }
    spans.push(options.wholeParagraphs ? [0, Number.MAX_SAFE_INTEGER] : [anchor.start, anchor.end]);
    covered.set(anchor.paragraph, spans);
    outcome.applied++;
  }
  return outcome;
}

/** Remembers a paragraph's colour before the first highlight in it; false when it is mixed. */
function rememberColour(
  items: Word.Paragraph[],
  index: number,
  memory: HighlightMemory,
  originals: Map<number, string | null>
): boolean {
  const p = items[index];
  if (!p) return false;
  if (memory.colours.has(index)) return true;
  const original = originals.has(index) ? originals.get(index)! : p.font.highlightColor;
  if (original === "") return false;
  memory.colours.set(index, { textHash: textHash(p.text), original });
  return true;
}

function paragraphIndices(anchor: Anchor): number[] {
  const out: number[] = [];
  for (let i = anchor.paragraph; i <= anchor.lastParagraph; i++) out.push(i);
  return out;
}

/**
 * The anchored sentence's range: its span within the paragraph where search can reach it, else the
 * whole paragraph(s). A paragraph holding tracked revisions is always taken whole — its Word text has
 * the deleted words the anchor's offsets do not count.
 */
export function anchorRange(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  anchor: Anchor,
  revised: RevisedParagraphs
): Word.Range | null {
  const p = items[anchor.paragraph];
  if (!p) return null;
  const multi = anchor.lastParagraph > anchor.paragraph;
  const text = p.text;
  const isRevised = reviewedTextOf(text, revised) !== text;
  if (multi || isRevised) return wholeRange(items, anchor);
  return queueSpanRange(context, p, text, anchor.start, anchor.end) ?? wholeRange(items, anchor);
}

function wholeRange(items: Word.Paragraph[], anchor: Anchor): Word.Range | null {
  const first = items[anchor.paragraph];
  const last = items[Math.min(anchor.lastParagraph, items.length - 1)];
  if (!first || !last) return null;
  const range = first.getRange("Content");
  return last === first ? range : range.expandTo(last.getRange("Content"));
}
