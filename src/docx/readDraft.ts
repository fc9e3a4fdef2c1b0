/**
 * The sample drafts' light markup → DocumentSnapshot: "# " / "## " / "### " headings and pipe
 * tables, one paragraph per non-blank line and one per table cell (as Word would hold them).
 */
import type { DocumentSnapshot, SnapshotParagraph } from "../engine/snapshot";
import { splitLines } from "./readText";

const HEADING = /^(#{1,6})\s+(.*)$/;
const SEPARATOR_ROW = /^[\s|:-]+$/;

export function readDraft(text: string, source?: string): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  let tables = 0;
  let row = -1; // current row in the open table; -1 when no table is open

  for (const raw of splitLines(text)) {
    const line = raw.trim();
    if (line === "") {
      row = -1; // a blank line ends a table
      continue;
    }
    if (isTableLine(line)) {
      if (SEPARATOR_ROW.test(line)) continue;
      if (row === -1) tables++;
      row++;
      splitCells(line).forEach((cellText, cell) => {
        paragraphs.push({
          index: paragraphs.length,
          text: cellText,
          table: { table: tables - 1, row, cell },
        });
      });
      continue;
    }
    row = -1;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      paragraphs.push({
        index: paragraphs.length,
        text: heading[2].trim(),
        style: `Heading ${level}`,
        headingLevel: level,
      });
    } else {
      paragraphs.push({ index: paragraphs.length, text: raw.trimEnd() });
    }
  }
  return source === undefined ? { paragraphs } : { paragraphs, source };
}

function isTableLine(line: string): boolean {
  return line.length >= 2 && line.startsWith("|") && line.endsWith("|");
}

/** "| a | b \| c |" → ["a", "b | c"]: split on unescaped pipes, drop the outer ones. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current: string[] = [];
  for (let i = 1; i < line.length - 1; i++) {
    const ch = line[i];
    if (ch === "\\" && line[i + 1] === "|" && i + 1 < line.length - 1) {
      current.push("|");
      i++;
    } else if (ch === "|") {
      cells.push(current.join("").trim());
      current = [];
    } else {
      current.push(ch);
    }
  }
  cells.push(current.join("").trim());
  return cells;
}
