/**
 * Length-preserving text normalisation for matching (full-width → half-width, Traditional →
 * Simplified Chinese, quotes and spaces unified, lower case). Every output character stands at the same
 * UTF-16 offset as its input character, so offsets found in the normalised text are offsets in the
 * original paragraph — anchors and quotes never drift.
 */

import { toSimplified } from "./traditional";

/** Full-width ASCII (０-９, Ａ-Ｚ, （）, ％): one UTF-16 unit each, like their half-width forms. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const FULL_TO_HALF = 0xfee0;

/** Characters that read as a space in a contract (NBSP, ideographic space, tabs, thin spaces). */
const SPACE_LIKE = /[\u00a0\u3000\t\u2000-\u200b\u202f]/g;

export function normalizeForMatch(text: string): string {
  // Regex replaces, not a character loop: a 300-page contract passes through here once per clause.
  return toSimplified(text)
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_TO_HALF)) // "９０日" → "90日"
    .replace(SPACE_LIKE, " ")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .toLowerCase();
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
