/**
 * The DocumentHost over the Word JavaScript API. Each method is one Word.run; the queueX helpers only
 * queue commands on the `context` they are given and never sync (ARCHITECTURE.md, "Word host").
 *
 * Highlights use `font.highlightColor` (WordApi 1.1). Word reports a range's colour as null (none), a
 * colour, or "" (mixed) — see the doc comment on Word.Font.highlightColor in @types/office-js — so the
 * colour of each paragraph is read in the same batch as its text and restored exactly on clear.
 * A paragraph that is already "mixed" is left alone: WordApi 1.3 cannot read the runs to restore them.
 */
import type { DocumentSnapshot, SnapshotParagraph } from "../engine/snapshot";
import type { Anchor } from "../engine/types";
import { textHash } from "../engine/normalize";
import {
  SEVERITY_COLOR,
  type DocumentHost,
  type Highlight,
  type HighlightOutcome,
  type HostInfo,
  type SelectOutcome,
} from "./documentHost";

type WordApi = Pick<typeof Word, "run">;

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

/** What we changed, so "clear" can put it back: paragraph → its text hash and original colour. */
type Remembered = Map<number, { textHash: string; original: string | null }>;

const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/tableNestingLevel",
  "items/isListItem",
  "items/font/highlightColor",
  // WordApi 1.3: the cell of a table paragraph, in the same batch — rows and header rows matter
  // ("8 hours" under "Response" is a response time). A null object outside tables.
  "items/parentTableCellOrNullObject/rowIndex",
  "items/parentTableCellOrNullObject/cellIndex",
].join(",");

export function createOfficeHost(word: WordApi, info: HostInfo): DocumentHost {
  const remembered: Remembered = new Map();

  return {
    info: () => info,

    reviewAndHighlight: (decide) =>
      word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(PARAGRAPH_PROPERTIES);
        await context.sync();

        const items = paragraphs.items;
        const snapshot = snapshotOf(items);
        const { result, highlights } = decide(snapshot);
        // Our own highlights from an earlier review are in the colours just read: restore them first
        // and remember the true originals, so a second review never records our colour as "original".
        const originals = queueRestore(context, items, remembered);
        const outcome = queueHighlights(context, items, highlights, remembered, originals);
        await context.sync();
        return { result, outcome };
      }),

    clearHighlights: () =>
      word.run(async (context) => {
        if (remembered.size === 0) return { restored: 0 };
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const restored = queueRestore(context, paragraphs.items, remembered);
        await context.sync();
        return { restored: restored.size };
      }),

    select: (anchor) =>
      word.run(async (context): Promise<SelectOutcome> => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const located = locate(paragraphs.items, anchor);
        if (!located.ok) return located;
        const first = paragraphs.items[located.paragraph];
        const span = located.paragraph + (anchor.lastParagraph - anchor.paragraph);
        const last = paragraphs.items[Math.min(span, paragraphs.items.length - 1)];
        first.getRange("Start").expandTo(last.getRange("End")).select();
        await context.sync();
        return located;
      }),
  };
}

/** The engine's snapshot from paragraphs loaded with PARAGRAPH_PROPERTIES. */
function snapshotOf(items: Word.Paragraph[]): DocumentSnapshot {
  let table = -1;
  let lastRow = -1;
  let inTable = false;
  const paragraphs = items.map((p, index): SnapshotParagraph => {
    const paragraph: SnapshotParagraph = { index, text: p.text, style: p.style };
    const level = headingLevelOf(p.styleBuiltIn);
    if (level !== undefined) paragraph.headingLevel = level;
    if (p.tableNestingLevel > 0) {
      const cell = p.parentTableCellOrNullObject;
      const row = cell.isNullObject ? lastRow + 1 : cell.rowIndex;
      // A new table starts after body text, or where row numbers start again (two tables in a row).
      if (!inTable || row < lastRow) table++;
      paragraph.table = { table, row, cell: cell.isNullObject ? 0 : cell.cellIndex };
      lastRow = row;
    }
    inTable = p.tableNestingLevel > 0;
    if (!inTable) lastRow = -1;
    return paragraph;
  });
  return { paragraphs, source: "word" };
}

function headingLevelOf(styleBuiltIn: string): number | undefined {
  if (styleBuiltIn === "Title") return 1;
  const m = /^Heading(\d)$/.exec(styleBuiltIn);
  return m ? Number(m[1]) : undefined;
}

/**
 * Finds the anchored paragraph: the same index with the same text, or else the one paragraph whose
 * text is exactly the anchored text (it moved). Anything else is refused — never a guess.
 */
export function locate(
  items: { text: string }[],
  anchor: Anchor
): { ok: true; paragraph: number; relocated: boolean } | { ok: false; reason: "stale" | "gone" } {
  const atIndex = items[anchor.paragraph];
  if (atIndex && textHash(atIndex.text) === anchor.textHash) {
    return { ok: true, paragraph: anchor.paragraph, relocated: false };
  }
  const candidates: number[] = [];
  items.forEach((p, i) => {
    if (textHash(p.text) === anchor.textHash) candidates.push(i);
  });
  if (candidates.length === 1) return { ok: true, paragraph: candidates[0], relocated: true };
  return { ok: false, reason: candidates.length === 0 ? "gone" : "stale" };
}

/**
 * Queues the original colours back on every remembered paragraph whose text is unchanged; returns
 * paragraph → the colour it will have again.
 */
function queueRestore(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  remembered: Remembered
): Map<number, string | null> {
  void context; // commands are queued on the paragraphs, which belong to this context
  const restored = new Map<number, string | null>();
  for (const [index, memo] of remembered) {
    const p = items[index];
    // A paragraph the user edited since is left as it is: restoring would overwrite their formatting.
    if (p && textHash(p.text) === memo.textHash) {
      // null removes the highlight (Word.Font.highlightColor doc); the typings only say string.
      p.getRange("Content").font.highlightColor = memo.original as string;
      restored.set(index, memo.original);
    }
  }
  remembered.clear();
  return restored;
}

function queueHighlights(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  highlights: Highlight[],
  remembered: Remembered,
  originals: Map<number, string | null>
): HighlightOutcome {
  void context;
  const outcome: HighlightOutcome = { applied: 0, skippedMixed: 0 };
  const worstFirst = [...highlights].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
  for (const { anchor, severity } of worstFirst) {
    for (let index = anchor.paragraph; index <= anchor.lastParagraph; index++) {
      const p = items[index];
      if (!p || remembered.has(index)) continue; // one colour per paragraph: the first (worst) wins
      const original = originals.has(index) ? originals.get(index)! : p.font.highlightColor;
      if (original === "") {
        outcome.skippedMixed++;
        continue;
      }
      remembered.set(index, { textHash: textHash(p.text), original });
      p.getRange("Content").font.highlightColor = SEVERITY_COLOR[severity];
      outcome.applied++;
    }
  }
  return outcome;
}
