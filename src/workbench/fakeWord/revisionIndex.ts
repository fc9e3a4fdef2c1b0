/**
 * The pending tracked changes of a document, found by scanning its paragraphs' style changes, runs and
 * paragraph marks: each revision id with its kind, author, date, text and span (first to last
 * character or mark).
 */
import type { Mutable, ModelParagraph } from "./paragraphs";
import type { Revision, RevisionKind } from "./runs";
import type { Position, Span } from "./spans";

export type RevisionInfo = {
  readonly id: string;
  readonly kind: RevisionKind;
  /** Its text; parts in different paragraphs joined by "\r". */
  readonly text: string;
  readonly author: string;
  readonly date: string;
  /** The first paragraph it touches. */
  readonly paragraph: number;
};

export type IndexedRevision = { readonly info: RevisionInfo; readonly span: Span };

/** Every revision by id, in document order of its first character. */
export function indexRevisions(items: readonly ModelParagraph[]): Map<string, IndexedRevision> {
  type Entry = {
    info: Mutable<RevisionInfo>;
    parts: Map<number, string>;
    start: Position;
    end: Position;
  };
  const byId = new Map<string, Entry>();
  const touch = (r: Revision, paragraph: number, start: Position, end: Position): Entry => {
    let entry = byId.get(r.id);
    if (!entry) {
      const info = {
        id: r.id,
        kind: r.kind,
        text: "",
        author: r.author,
        date: r.date,
        paragraph,
      };
      entry = { info, parts: new Map(), start, end };
      byId.set(r.id, entry);
    }
    entry.end = end;
    return entry;
  };
  items.forEach((p, index) => {
    if (p.styleRevision) {
      // A style change covers the whole paragraph; its text is the paragraph's.
      const end = { paragraph: index, offset: p.text.length };
      touch(p.styleRevision, index, { paragraph: index, offset: 0 }, end).parts.set(index, p.text);
    }
    let offset = 0;
    for (const run of p.runs) {
      const next = offset + run.text.length;
      if (run.revision) {
        const entry = touch(
          run.revision,
          index,
          { paragraph: index, offset },
          { paragraph: index, offset: next }
        );
        entry.parts.set(index, (entry.parts.get(index) ?? "") + run.text);
      }
      offset = next;
    }
    if (p.markRevision && index + 1 < items.length) {
      touch(
        p.markRevision,
        index,
        { paragraph: index, offset },
        { paragraph: index + 1, offset: 0 }
      );
    }
  });
  const out = new Map<string, IndexedRevision>();
  for (const [id, entry] of byId) {
    entry.info.text = [...entry.parts.values()].join("\r");
    out.set(id, { info: entry.info, span: { start: entry.start, end: entry.end } });
  }
  return out;
}
