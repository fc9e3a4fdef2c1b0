/**
 * Reading the body into the engine's DocumentSnapshot: one sync for every paragraph's text, style,
 * list state, table cell and highlight colour, whatever the document's size.
 *
 * Text deleted under Track Changes is still part of Paragraph.text
 * (https://github.com/OfficeDev/office-js/issues/1267), so a clause "90 30 days" with 90 struck would
 * read as 9030. Where WordApi 1.4 exists the body's reviewed text tells whether any revision is
 * pending; only then one more sync reads each paragraph's current text (getReviewedText("Current")).
 * Such paragraphs are reviewed as they read now, and remembered as "revised": their Word text no
 * longer matches the reviewed offsets, so they are highlighted whole and never redlined.
 */
import type { DocumentSnapshot, SnapshotParagraph } from "../engine/snapshot";
import { textHash } from "../engine/normalize";
import type { Capabilities } from "./capabilities";

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

/**
 * Paragraphs whose Word text holds pending revisions: the hash of that Word text → the text as it
 * reads now. Keyed by text, not index, so a paragraph that moved is still recognised.
 */
export type RevisedParagraphs = Map<string, string>;

export type DocumentRead = {
  items: Word.Paragraph[];
  snapshot: DocumentSnapshot;
  revised: RevisedParagraphs;
  /** The user's Track Changes mode (WordApi 1.4), or null where it cannot be read. */
  trackingMode: Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly" | null;
};

/** Reads the body: one sync, or two when the document holds pending tracked changes. */
export async function readDocument(
  context: Word.RequestContext,
  capabilities: Capabilities
): Promise<DocumentRead> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES);
  let versions: {
    current: OfficeExtension.ClientResult<string>;
    original: OfficeExtension.ClientResult<string>;
  } | null = null;
  if (capabilities.reviewedText) {
    context.document.load("changeTrackingMode");
    versions = {
      current: context.document.body.getReviewedText("Current"),
      original: context.document.body.getReviewedText("Original"),
    };
  }
  await context.sync();

  const items = paragraphs.items;
  const revised: RevisedParagraphs = new Map();
  if (versions && versions.current.value !== versions.original.value) {
    const current = items.map((p) => p.getReviewedText("Current"));
    await context.sync();
    items.forEach((p, i) => {
      if (current[i].value !== p.text) {
        revised.set(textHash(p.text), current[i].value);
      }
    });
  }
  return {
    items,
    snapshot: snapshotOf(items, revised),
    revised,
    trackingMode: capabilities.reviewedText ? context.document.changeTrackingMode : null,
  };
}

/** The engine's snapshot from paragraphs loaded with PARAGRAPH_PROPERTIES. */
function snapshotOf(items: Word.Paragraph[], revised: RevisedParagraphs): DocumentSnapshot {
  let table = -1;
  let lastRow = -1;
  let inTable = false;
  const paragraphs = items.map((p, index): SnapshotParagraph => {
    const text = revised.size > 0 ? reviewedTextOf(p.text, revised) : p.text;
    const paragraph: SnapshotParagraph = { index, text, style: p.style };
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
 * The text a paragraph had when it was reviewed, as far as the host can tell: its current reviewed
 * text when it held revisions and its Word text is unchanged since, else its Word text.
 */
export function reviewedTextOf(wordText: string, revised: RevisedParagraphs): string {
  return revised.get(textHash(wordText)) ?? wordText;
}
