/**
 * A rendered appendix appended to a document snapshot the way Word holds it after insertion: the
 * heading as a level-1 heading, each clause a paragraph, each table cell a paragraph with its table
 * position (tables numbered after the document's last one).
 */
import type { DocumentFragment } from "../../src/engine/fragment";
import type { DocumentSnapshot, SnapshotParagraph } from "../../src/engine/snapshot";

export function appendFragments(
  snapshot: DocumentSnapshot,
  ...fragments: DocumentFragment[]
): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [...snapshot.paragraphs];
  let table = paragraphs.reduce((n, p) => Math.max(n, p.table ? p.table.table + 1 : n), 0);
  const add = (p: Omit<SnapshotParagraph, "index">) =>
    paragraphs.push({ ...p, index: paragraphs.length });
  for (const fragment of fragments) {
    for (const block of fragment.blocks) {
      if (block.kind === "heading") {
        add({ text: block.text, headingLevel: block.level, style: `Heading ${block.level}` });
      } else if (block.kind === "paragraph") {
        add({ text: block.text });
      } else {
        [block.header, ...block.rows].forEach((cells, row) =>
          cells.forEach((text, cell) => add({ text, table: { table, row, cell } }))
        );
        table++;
      }
    }
  }
  return { ...snapshot, paragraphs };
}
