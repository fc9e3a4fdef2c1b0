/**
 * Tables in the model. A table is a run of paragraphs with table positions (one or more paragraphs per
 * cell, row-major), as the DocumentSnapshot has them; what the paragraphs cannot carry — the table's id,
 * style name and header row count — is kept per table number here, in document order.
 */
import type { ModelParagraph } from "./paragraphs";

/**
 * The fake's guess at the style of a table insertTable makes: "Table Grid", the style Word's own
 * markup for a new table names (python-docx's analysis of it, docs/dev/analysis/features/table.rst);
 * Word's API docs do not say. Tables read from a snapshot, which carries no table style, get it too.
 */
export const DEFAULT_TABLE_STYLE = "Table Grid";

/** What the paragraphs cannot carry. Mutable: the model owns these objects. */
export type TableMeta = { readonly id: string; style: string; headerRowCount: number };

export type TableInit = { style?: string; headerRowCount?: number };

export type TableInfo = {
  /** Stable for the document's life (a GUID, like paragraph ids). */
  readonly id: string;
  /** Its number among the document's tables (TablePosition.table). */
  readonly index: number;
  /**
   * Each cell's text: its paragraphs joined by "\r", tracked deletions included — the fake's guess,
   * following Range.text (Table.values' doc comment says only "the text values in the table").
   */
  readonly rows: string[][];
  readonly style: string;
  readonly headerRowCount: number;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
};

export type CellParagraphs = { readonly first: number; readonly last: number };

/** The tables of the paragraphs, in document order; `metaOf` gives a table number's meta. */
export function collectTables(
  items: readonly ModelParagraph[],
  metaOf: (table: number) => TableMeta
): TableInfo[] {
  const out: TableInfo[] = [];
  let current: { index: number; rows: string[][]; first: number; last: number } | undefined;
  const flush = () => {
    if (!current) return;
    const meta = metaOf(current.index);
    const rows = Array.from(current.rows, (row) => Array.from(row ?? [], (cell) => cell ?? ""));
    out.push({
      id: meta.id,
      index: current.index,
      rows,
      style: meta.style,
      headerRowCount: meta.headerRowCount,
      firstParagraph: current.first,
      lastParagraph: current.last,
    });
    current = undefined;
  };
  items.forEach((p, i) => {
    if (!p.table) return flush();
    if (current && current.index !== p.table.table) flush();
    current ??= { index: p.table.table, rows: [], first: i, last: i };
    current.last = i;
    const row = (current.rows[p.table.row] ??= []);
    const cell = row[p.table.cell];
    row[p.table.cell] = cell === undefined ? p.text : `${cell}\r${p.text}`;
  });
  flush();
  return out;
}

/** The paragraphs of one cell of the table spanning [first, last]; undefined if it has no such cell. */
export function cellParagraphs(
  items: readonly ModelParagraph[],
  table: { readonly firstParagraph: number; readonly lastParagraph: number },
  row: number,
  cell: number
): CellParagraphs | undefined {
  let found: { first: number; last: number } | undefined;
  for (let i = table.firstParagraph; i <= table.lastParagraph; i++) {
    const t = items[i].table;
    if (t?.row !== row || t.cell !== cell) continue;
    found ??= { first: i, last: i };
    found.last = i;
  }
  return found;
}
