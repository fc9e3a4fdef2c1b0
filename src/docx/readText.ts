/** Plain text → DocumentSnapshot: one paragraph per non-blank line. */
import type { DocumentSnapshot, SnapshotParagraph } from "../engine/snapshot";

export function readText(text: string, source?: string): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  for (const raw of splitLines(text)) {
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    paragraphs.push({ index: paragraphs.length, text: line });
  }
  return source === undefined ? { paragraphs } : { paragraphs, source };
}

/** Lines of `text` without a leading UTF-8 BOM; accepts \r\n, \n and lone \r. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\n|\r/);
}
