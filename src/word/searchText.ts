/**
 * Text → Word search strings, and where Word's search will find them.
 *
 * Office.js has no "range at offset" API: a span inside a paragraph is reached by searching for its
 * text in that paragraph. Word's rules (Word.Paragraph.search doc comment and "Use search options in
 * your Word add-in", https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance):
 * at most 255 characters, never empty, `^` starts a special character so a literal caret is `^^`,
 * tabs are `^t` and manual line breaks `^l`. Matches do not overlap and come in document order, so the
 * k-th match is the k-th non-overlapping occurrence counted from the paragraph's start.
 */

export const MAX_SEARCH = 255;

/** Characters a literal search cannot express safely (other control characters, fields' marks). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must catch
const UNSEARCHABLE = /[\u0000-\u0008\u000c-\u001f]/;

/** The search string for literal `text`, or null when Word's search cannot express it (empty, too long, control characters). */
export function searchStringFor(text: string): string | null {
  if (text === "" || UNSEARCHABLE.test(text)) return null;
  const escaped = text.replace(/\^/g, "^^").replace(/\t/g, "^t").replace(/\v/g, "^l");
  return escaped.length <= MAX_SEARCH ? escaped : null;
}

/** Start offsets of the non-overlapping occurrences of `needle` in `text`, left to right (Word's order). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    found.push(at);
  }
  return found;
}

/**
 * A needle Word can find for text[start, end), with its ordinal among the needle's matches: the
 * longest searchable prefix of the span (so long spans are reached by prefix, then extended).
 * Null when the span cannot be searched or no match starts exactly at `start`.
 */
export function needleAt(
  text: string,
  start: number,
  end: number
): { search: string; needle: string; ordinal: number; count: number } | null {
  let length = Math.min(end - start, MAX_SEARCH);
  // Escapes lengthen the search string: shorten the needle until it fits.
  while (length > 0) {
    const needle = text.slice(start, start + length);
    const search = searchStringFor(needle);
    if (search !== null) {
      const at = occurrences(text, needle);
      const ordinal = at.indexOf(start);
      return ordinal < 0 ? null : { search, needle, ordinal, count: at.length };
    }
    if (UNSEARCHABLE.test(needle)) return null;
    length -= Math.max(1, Math.ceil((searchLength(needle) - MAX_SEARCH) / 2));
  }
  return null;
}

function searchLength(text: string): number {
  return text.length + (text.match(/[\^\t\v]/g)?.length ?? 0);
}

/** The search string for the end of text[from, end) whose first match after `from` ends at `end`. */
export function tailSearch(text: string, from: number, end: number): string | null {
  for (let length = Math.min(end - from, MAX_SEARCH); length > 0; length--) {
    const needle = text.slice(end - length, end);
    const search = searchStringFor(needle);
    if (search === null) continue;
    const first = occurrences(text.slice(from), needle)[0];
    return first === end - length - from ? search : null;
  }
  return null;
}
