/**
 * Word's search semantics over the fake document.
 *
 * - The search text may be at most 255 characters: "Can be a maximum of 255 characters" (Word.Body.search
 *   doc comment in @types/office-js); Word's error is SearchStringInvalidOrTooLong, "The search string
 *   maximum is 255 characters" (Word-specific error codes on
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - An empty search text fails with InvalidArgument at sync (https://github.com/OfficeDev/office-js/issues/2413).
 * - `^` introduces a special character ("Use search options in your Word add-in to find text",
 *   https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance): ^^ caret, ^p paragraph
 *   mark, ^t tab, ^? any character, ^# any digit, ^$ any letter, ^w white space, and the others in that
 *   table. A `^` that starts no code in that table is rejected with InvalidArgument (the fake's choice; Word's
 *   Find dialog refuses such text too).
 * - SearchOptions defaults are all false (SearchOptions doc comments): matchCase false means
 *   case-insensitive. ignorePunct and ignoreSpace are accepted and treated as false. matchWildcards is
 *   not implemented by the fake and fails with NotImplemented.
 * - Matches never span paragraphs, do not overlap, and come back in document order. The scope's edges
 *   count as text edges for matchPrefix / matchSuffix / matchWholeWord.
 */
import { invalidArgument, notImplemented, searchStringInvalidOrTooLong } from "./errors";
import type { FakeDocument } from "./model";
import type { Span } from "./spans";

export type SearchOptionsInput = {
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchCase?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
};

export const MAX_SEARCH_LENGTH = 255;

export type CompiledSearch = {
  regex: RegExp;
  /** The text ends with ^p: a match must end at the end of a paragraph. */
  endsWithParagraphMark: boolean;
  /** The text can never match in one paragraph (e.g. ^p in the middle, or a graphic). */
  impossible: boolean;
};

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const NEVER = "(?!)";

/** Special characters of the search-option guidance page, as regex source. */
const CODES: Readonly<Record<string, string>> = {
  "^": String.raw`\^`,
  t: String.raw`\t`,
  "?": ".",
  "#": "[0-9]",
  $: String.raw`\p{L}`,
  w: String.raw`[ \t\u00A0\u3000]+`,
  s: String.raw`\u00A0`, // nonbreaking space
  "+": String.raw`\u2014`, // em dash
  "=": String.raw`\u2013`, // en dash
  "%": "§", // section character
  v: "¶", // paragraph character
  l: String.raw`\v`, // manual line break (char 11 in Word's text)
  m: String.raw`\f`, // manual page break (char 12)
  n: String.raw`\x0E`, // column break (char 14)
  "~": String.raw`\x1E`, // nonbreaking hyphen (char 30)
  "-": String.raw`\u00AD`, // optional hyphen
  // Marks the fake's model never contains: valid, but they match nothing.
  e: NEVER, // endnote mark
  d: NEVER, // field
  f: NEVER, // footnote mark
  g: NEVER, // graphic
  b: NEVER, // section break
};

export function compileSearch(
  text: unknown,
  options: SearchOptionsInput | undefined,
  location: string
): CompiledSearch {
  if (typeof text !== "string" || text === "") {
    throw invalidArgument(location, "The search text must be a non-empty string.");
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    throw searchStringInvalidOrTooLong(
      location,
      `The search text has ${text.length} characters; Word accepts at most ${MAX_SEARCH_LENGTH}.`
    );
  }
  const opts = options ?? {};
  if (opts.matchWildcards)
    throw notImplemented(location, "matchWildcards is not supported by this fake.");

  let source = "";
  let endsWithParagraphMark = false;
  let impossible = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "^") {
      source += escape(ch);
      continue;
    }
    const code = text[i + 1];
    if (code === undefined)
      throw invalidArgument(
        location,
        "A lone ^ at the end of the search text (write ^^ for a caret)."
      );
    const lower = code.toLowerCase();
    if (lower === "p") {
      // The paragraph mark ends the paragraph; since matches never span paragraphs it must come last.
      if (i + 2 === text.length) endsWithParagraphMark = true;
      else impossible = true;
      i += 1;
    } else if (/[0-9]/.test(code) || (lower === "u" && /[0-9]/.test(text[i + 2] ?? ""))) {
      // ^0nnn and ^nnn (character code) and ^unnnnn (Unicode, decimal).
      const unicode = lower === "u";
      const pattern = unicode ? /^[0-9]{1,5}/ : code === "0" ? /^0[0-9]{1,3}/ : /^[0-9]{1,3}/;
      const digits = pattern.exec(text.slice(unicode ? i + 2 : i + 1))![0];
      const value = Number(digits);
      if (value === 0 || value > 0x10ffff)
        throw invalidArgument(location, `^${unicode ? "u" : ""}${digits} is not a character code.`);
      source += escape(String.fromCodePoint(value));
      i += (unicode ? 1 : 0) + digits.length;
    } else if (CODES[lower] !== undefined || CODES[code] !== undefined) {
      const part = CODES[code] ?? CODES[lower];
      if (part === NEVER) impossible = true;
      source += part;
      i += 1;
    } else {
      throw invalidArgument(
        location,
        `^${code} is not a special character Word's search understands (write ^^ for a caret).`
      );
    }
  }

  const wholeWord = opts.matchWholeWord === true;
  const before = wholeWord || opts.matchPrefix ? `(?<!${WORD_CHAR})` : "";
  const after = wholeWord || opts.matchSuffix ? `(?!${WORD_CHAR})` : "";
  const flags = opts.matchCase ? "gsu" : "gisu";
  const anchor = endsWithParagraphMark ? "$" : "";
  return {
    regex: new RegExp(`${before}(?:${source})${after}${anchor}`, flags),
    endsWithParagraphMark,
    impossible,
  };
}

/** Every match inside `scope`, as spans in document order. */
export function searchSpans(doc: FakeDocument, scope: Span, search: CompiledSearch): Span[] {
  const found: Span[] = [];
  if (search.impossible) return found;
  const { regex } = search;
  doc.eachSlice(scope, (paragraph, from, to) => {
    const full = doc.paragraphText(paragraph);
    // ^p needs the paragraph mark inside the scope; the regex then anchors the match at the end.
    if (search.endsWithParagraphMark && to !== full.length) return;
    const text = full.slice(from, to);
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      found.push({
        start: { paragraph, offset: from + start },
        end: { paragraph, offset: from + end },
      });
      if (m[0].length === 0) regex.lastIndex++;
    }
  });
  return found;
}

function escape(ch: string): string {
  // With the u flag only syntax characters may be escaped.
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
