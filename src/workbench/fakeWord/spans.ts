/**
 * Places in the fake document. A position is (paragraph index, UTF-16 offset in the paragraph's text);
 * the paragraph mark is not part of the text, so offset === text.length is the point before the mark.
 */
export type Position = { readonly paragraph: number; readonly offset: number };
export type Span = { readonly start: Position; readonly end: Position };

export function comparePositions(a: Position, b: Position): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

export function point(paragraph: number, offset: number): Span {
  const at = { paragraph, offset };
  return { start: at, end: at };
}

export function span(start: Position, end: Position): Span {
  return comparePositions(start, end) <= 0 ? { start, end } : { start: end, end: start };
}

export function isCollapsed(s: Span): boolean {
  return comparePositions(s.start, s.end) === 0;
}

/** Range.expandTo: "extends from this range in either direction to cover another range". */
export function union(a: Span, b: Span): Span {
  return {
    start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start,
    end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end,
  };
}

export function sameSpan(a: Span, b: Span): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/**
 * Whether two spans share text: an overlap of at least one character, or — when either is collapsed —
 * a point inside or at the edge of the other (a cursor "touches" the text it sits in).
 */
export function spansMeet(a: Span, b: Span): boolean {
  if (isCollapsed(a) || isCollapsed(b)) {
    return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
  }
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}
