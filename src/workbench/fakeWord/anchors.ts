/**
 * Live spans: Word's ranges follow the content. A range obtained earlier in a Word.run (a search
 * result, a getRange) still covers the same text after an insertion or deletion elsewhere — the
 * runtime's own description of tracked objects is "automatic adjustment based on surrounding changes
 * in the document" (ClientObject.track doc comment in @types/office-js). The model maps every live
 * span through each text mutation; request contexts release theirs when their run ends.
 *
 * The fake's rule at an insertion point (Word's own is undocumented): a span's start there moves after
 * the inserted text and its end stays before it, so neither neighbour grows; a collapsed span moves
 * after the text, like a cursor. A method that inserts at its own range's Start, End or Replace
 * extends that range itself (rangeProxy.ts).
 */
import type { Position, Span } from "./spans";

export class LiveSpan {
  constructor(public span: Span) {}
}

/** A text mutation, in the positions of the document before it. */
export type Edit =
  /** `length` characters inserted at `at`. */
  | { readonly kind: "insert"; readonly at: Position; readonly length: number }
  /** Characters [from, to) of one paragraph removed. */
  | {
      readonly kind: "remove";
      readonly paragraph: number;
      readonly from: number;
      readonly to: number;
    }
  /**
   * A paragraph split at `at` into two. `keep` is the half that remains the old paragraph: positions
   * exactly at the split follow it.
   */
  | { readonly kind: "split"; readonly at: Position; readonly keep: "first" | "second" }
  /** Paragraph `paragraph` (of `length` characters) joined with the next: its mark removed. */
  | { readonly kind: "join"; readonly paragraph: number; readonly length: number }
  /** `count` whole paragraphs inserted before paragraph `at` (a table's cells, say). */
  | { readonly kind: "insertParagraphs"; readonly at: number; readonly count: number }
  /**
   * Paragraphs [from, from + count) removed whole. Positions inside them go to `fallback`, given in the
   * positions after the edit (the start of the paragraph that follows, or the end of the one before).
   */
  | {
      readonly kind: "removeParagraphs";
      readonly from: number;
      readonly count: number;
      readonly fallback: Position;
    };

type Role = "start" | "end" | "point";

export function mapPosition(pos: Position, edit: Edit, role: Role): Position {
  switch (edit.kind) {
    case "insert": {
      const { at, length } = edit;
      if (pos.paragraph !== at.paragraph) return pos;
      const moves = pos.offset > at.offset || (pos.offset === at.offset && role !== "end");
      return moves ? { paragraph: pos.paragraph, offset: pos.offset + length } : pos;
    }
    case "remove": {
      const { paragraph, from, to } = edit;
      if (pos.paragraph !== paragraph || pos.offset <= from) return pos;
      return { paragraph, offset: pos.offset > to ? pos.offset - (to - from) : from };
    }
    case "split": {
      const { at, keep } = edit;
      if (pos.paragraph > at.paragraph) return { paragraph: pos.paragraph + 1, offset: pos.offset };
      if (pos.paragraph < at.paragraph || pos.offset < at.offset) return pos;
      if (pos.offset === at.offset && keep === "first") return pos;
      return { paragraph: at.paragraph + 1, offset: pos.offset - at.offset };
    }
    case "join": {
      const { paragraph, length } = edit;
      if (pos.paragraph <= paragraph) return pos;
      if (pos.paragraph === paragraph + 1) return { paragraph, offset: length + pos.offset };
      return { paragraph: pos.paragraph - 1, offset: pos.offset };
    }
    case "insertParagraphs":
      return pos.paragraph < edit.at
        ? pos
        : { paragraph: pos.paragraph + edit.count, offset: pos.offset };
    case "removeParagraphs": {
      const { from, count, fallback } = edit;
      if (pos.paragraph < from) return pos;
      if (pos.paragraph >= from + count)
        return { paragraph: pos.paragraph - count, offset: pos.offset };
      return fallback;
    }
  }
}

export function mapSpan(s: Span, edit: Edit): Span {
  const collapsed = s.start.paragraph === s.end.paragraph && s.start.offset === s.end.offset;
  if (collapsed) {
    const at = mapPosition(s.start, edit, "point");
    return { start: at, end: at };
  }
  return { start: mapPosition(s.start, edit, "start"), end: mapPosition(s.end, edit, "end") };
}

/** The live spans of a document. */
export class AnchorRegistry {
  private readonly live = new Set<LiveSpan>();

  track(span: Span): LiveSpan {
    const anchor = new LiveSpan(span);
    this.live.add(anchor);
    return anchor;
  }

  release(anchor: LiveSpan): void {
    this.live.delete(anchor);
  }

  get size(): number {
    return this.live.size;
  }

  map(edit: Edit): void {
    for (const anchor of this.live) anchor.span = mapSpan(anchor.span, edit);
  }
}
