/**
 * A piece of document the add-in writes (an appendix, a comparison table): headings, paragraphs and
 * real tables, as plain data. The library renders it, the Word host inserts it, the .docx writer
 * writes it — none of them needs to know how the others do it.
 */

export type FragmentBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  /** A table with one header row (repeated on each page) and its body rows; every row as long as the header. */
  | { kind: "table"; header: string[]; rows: string[][] };

export type DocumentFragment = {
  /**
   * Stable tag of what this is ("clauseReview.appendix.sla"): the host marks the inserted content with
   * it so a second insert replaces the first instead of duplicating it.
   */
  tag: string;
  /** Human name of the tagged content ("附件二：服务等级协议（SLA）"), e.g. a content control's title. */
  title: string;
  blocks: FragmentBlock[];
};

/** The fragment's text as the engine reads a document: one paragraph per line, table cells one by one. */
export function fragmentParagraphs(fragment: DocumentFragment): string[] {
  return fragment.blocks.flatMap((b) =>
    b.kind === "table" ? [b.header, ...b.rows].flat() : [b.text]
  );
}
