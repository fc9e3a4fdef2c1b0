/**
 * The document as the engine sees it: paragraphs in document order, read in one batch by a host
 * (Word, the workbench's in-memory host, or the .docx/.txt readers). Plain data, no host objects.
 */

/** Where a paragraph sits when it is inside a table cell (0-based). */
export type TablePosition = {
  /** Index of the table among the document's top-level tables. */
  table: number;
  row: number;
  cell: number;
};

export type SnapshotParagraph = {
  /** 0-based position in the document's paragraph sequence (table cells included, in reading order). */
  index: number;
  /** The paragraph's text, without its paragraph mark; automatic numbering is in `listLabel`, not here. */
  text: string;
  /** Style name as the host reports it (e.g. "Heading 1", "标题 1", "Normal"), if known. */
  style?: string;
  /** 1–9 when the paragraph is a heading (built-in heading styles, outline level or markup). */
  headingLevel?: number;
  /** Automatic list label ("1.2", "(a)", "第一条") when the host can tell it; undefined otherwise. */
  listLabel?: string;
  /** Set when the paragraph is inside a table. */
  table?: TablePosition;
};

export type DocumentSnapshot = {
  paragraphs: SnapshotParagraph[];
  /** Where the snapshot came from (file name, "word", sample id) — for reports only. */
  source?: string;
};
