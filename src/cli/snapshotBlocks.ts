/**
 * A contract read from text (.txt, sample draft) → blocks a new .docx can hold: its headings, its
 * paragraphs and its pipe tables as real tables, the first row as the header.
 */
import type { FragmentBlock } from "../engine/fragment";
import type { DocumentSnapshot } from "../engine/snapshot";

export function snapshotBlocks(snapshot: DocumentSnapshot): FragmentBlock[] {
  const blocks: FragmentBlock[] = [];
  let grid: string[][] | undefined; // rows of cells of the table being collected
  let tableIndex = -1;
  const flush = () => {
    if (grid) {
      const [header = [], ...rows] = grid.map((row) => Array.from(row, (cell) => cell ?? ""));
      blocks.push({ kind: "table", header, rows });
    }
    grid = undefined;
  };

  for (const p of snapshot.paragraphs) {
    if (p.table) {
      if (p.table.table !== tableIndex) flush();
      tableIndex = p.table.table;
      grid ??= [];
      const row = (grid[p.table.row] ??= []);
      // A cell of several paragraphs keeps them apart.
      row[p.table.cell] =
        row[p.table.cell] === undefined ? p.text : `${row[p.table.cell]}\n${p.text}`;
      continue;
    }
    flush();
    tableIndex = -1;
    if (p.headingLevel !== undefined) {
      // Fragments know three heading levels; deeper draft headings ("####") become level 3.
      const level = Math.min(Math.max(p.headingLevel, 1), 3) as 1 | 2 | 3;
      blocks.push({ kind: "heading", level, text: p.text });
    } else {
      blocks.push({ kind: "paragraph", text: p.text });
    }
  }
  flush();
  return blocks;
}
