/**
 * Inserting a DocumentFragment (an appendix) as real Word content: a heading in the document's own
 * Heading style, Normal paragraphs, and tables (Paragraph.insertTable, WordApi 1.3) with a header row
 * (Table.headerRowCount) in the style of the document's first table, or Table Grid. The whole is wrapped
 * in a content control tagged with the fragment's tag, so a second insert finds it
 * (ContentControlCollection.getByTag) and replaces it instead of duplicating it.
 *
 * Helpers only queue commands on `context`; they never sync.
 */
import type { DocumentFragment } from "../engine/fragment";

/** Something new content can be put after: a paragraph or a table. */
type Anchor = Word.Paragraph | Word.Table;

const HEADING_STYLE = { 1: "Heading1", 2: "Heading2", 3: "Heading3" } as const;

/**
 * Queues the fragment's blocks, the first after `after` (or before `before`), and wraps them in a
 * tagged content control. Returns the control.
 */
export function queueFragment(
  context: Word.RequestContext,
  fragment: DocumentFragment,
  at: { after: Anchor } | { before: Word.ContentControl } | { bodyEnd: true },
  tableStyle: string | null
): Word.ContentControl {
  let first: Anchor | null = null;
  let last: Anchor | null = null;
  let previousWasTable = false;

  const place = (make: (anchor: Anchor) => Anchor, text: string): Anchor => {
    let made: Anchor;
    if (last) made = make(last);
    else if ("after" in at) made = make(at.after);
    else if ("before" in at) made = at.before.insertParagraph(text, "Before");
    else made = context.document.body.insertParagraph(text, "End");
    first ??= made;
    last = made;
    return made;
  };

  for (const block of fragment.blocks) {
    if (block.kind === "table") {
      // Two tables in a row would run together in Word: keep an empty paragraph between them.
      if (previousWasTable || !last) {
        const spacer = place((a) => a.insertParagraph("", "After"), "") as Word.Paragraph;
        spacer.styleBuiltIn = "Normal";
      }
      const values = [block.header, ...block.rows];
      const table: Word.Table = (last as Anchor).insertTable(
        values.length,
        block.header.length,
        "After",
        values
      );
      table.headerRowCount = 1;
      if (tableStyle) table.style = tableStyle;
      else table.styleBuiltIn = "TableGrid";
      last = table;
      previousWasTable = true;
      continue;
    }
    const paragraph = place(
      (a) => a.insertParagraph(block.text, "After"),
      block.text
    ) as Word.Paragraph;
    // New paragraphs take the style of the one they follow: set each explicitly.
    paragraph.styleBuiltIn = block.kind === "heading" ? HEADING_STYLE[block.level] : "Normal";
    previousWasTable = false;
  }
  const start = first as Anchor | null;
  const end = last as Anchor | null;
  if (!start || !end) throw new Error("An empty fragment cannot be inserted.");
  const control = start.getRange("Whole").expandTo(end.getRange("Whole")).insertContentControl();
  control.tag = fragment.tag;
  control.title = fragment.title;
  return control;
}
