/**
 * Length-preserving text normalisation for matching (full-width → half-width, Traditional →
 * Simplified Chinese, quotes and spaces unified, lower case). Every output character stands at the same
 * UTF-16 offset as its input character, so offsets found in the normalised text are offsets in the
 * original paragraph — anchors and quotes never drift.
 */

import { SIMPLIFIED, TRADITIONAL } from "./traditional";

/**
 * One lookup table over all UTF-16 code units: 0 = unchanged, else the replacement. Built once; a
 * single pass over the text then does every mapping — a 300-page contract normalises in about a
 * millisecond, where chained regex replaces took ten.
 */
const TABLE = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const map = (from: number, to: number) => (table[from] = to);
  for (let c = 0x41; c <= 0x5a; c++) map(c, c + 0x20); // A-Z → a-z
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) map(c, c + 0x20); // À-Þ → à-þ (× stays)
  // Full-width ASCII (０-９, Ａ-Ｚ, （）, ％) → half-width, lower-cased: "９０日" reads as "90日".
  for (let c = 0xff01; c <= 0xff5e; c++) map(c, table[c - 0xfee0] || c - 0xfee0);
  // Characters that read as a space in a contract: NBSP, ideographic space, tab, thin spaces.
  for (const c of [0xa0, 0x3000, 0x09, 0x202f]) map(c, 0x20);
  for (let c = 0x2000; c <= 0x200b; c++) map(c, 0x20);
  map(0x201c, 0x22); // “ → "
  map(0x201d, 0x22); // ” → "
  map(0x2018, 0x27); // ‘ → '
  map(0x2019, 0x27); // ’ → '
  for (let i = 0; i < TRADITIONAL.length; i++)
    map(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
  return table;
}

/** Native decoding where the platform has it (browsers, Node); jsdom lacks it. */
const decoder = typeof TextDecoder === "function" ? new TextDecoder("utf-16le") : undefined;
/** For bytes below 0x80 only, where every single-byte label decodes to the same characters. */
const asciiDecoder = typeof TextDecoder === "function" ? new TextDecoder("latin1") : undefined;
/** Code units per String.fromCharCode call: well under every engine's argument limit. */
const CHUNK = 8192;

export function normalizeForMatch(text: string): string {
  return normalizeEach([text])[0];
}

/** FNV-1a hash of a paragraph's text: cheap, stable fingerprint for stale-anchor checks. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * normalizeForMatch of many texts (a document's paragraphs) in one pass over one buffer. Texts that
 * are all Latin-1 after normalising come back as one-byte strings: a slice of one big mixed string
 * would stay two-byte, and V8's regexes read one-byte strings about twice as fast — every topic
 * rule scans every English clause.
 */
export function normalizeEach(texts: readonly string[]): string[] {
  let length = 0;
  for (const text of texts) length += text.length;
  const buffer = new Uint16Array(length);
  const bytes = asciiDecoder ? new Uint8Array(length) : undefined;
  const widest = new Uint16Array(texts.length);
  let wide = false;
  for (let t = 0, at = 0; t < texts.length; t++) {
    const text = texts[t];
    let max = 0;
    for (let i = 0; i < text.length; i++, at++) {
      const c = text.charCodeAt(i);
      const mapped = TABLE[c] || c;
      buffer[at] = mapped;
      if (mapped > max) max = mapped;
    }
    widest[t] = max;
    if (max > 0xff) wide = true;
  }
  if (bytes) bytes.set(buffer); // keeps the low byte: exact for the ASCII paragraphs it is used for
  const decoded = decoder && wide ? decoder.decode(buffer) : undefined;
  const out: string[] = new Array(texts.length);
  for (let t = 0, at = 0; t < texts.length; t++) {
    const end = at + texts[t].length;
    // ASCII paragraphs decode natively from bytes (far cheaper than String.fromCharCode per paragraph).
    if (bytes && widest[t] < 0x80) out[t] = asciiDecoder!.decode(bytes.subarray(at, end));
    else if (decoded && widest[t] > 0xff) out[t] = decoded.slice(at, end);
    else out[t] = fromCodes(buffer.subarray(at, end));
    at = end;
  }
  return out;
}

function fromCodes(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[])
    );
  }
  return parts.join("");
}
