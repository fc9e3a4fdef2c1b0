/** Turning a span inside a clause into an anchor on one paragraph, quoting its sentence. */
import { textHash } from "./normalize";
import type { Clause } from "./segment";
import type { DocumentSnapshot } from "./snapshot";
import type { Anchor } from "./types";

/** Sentence ends: Chinese full stops and semicolons, and an English period not inside "99.9". */
const SENTENCE_END = /[。！？；;!?]|\.(?=\s|$)/g;

/** The [start, end) of the sentence around [from, to) in `text`. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const after = m.index + 1;
    if (after <= from) start = after;
    else if (m.index >= to - 1) {
      end = after;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return [start, end];
}

/**
 * Anchor for the span [from, to) of the clause's text: the paragraph holding it and the sentence. A
 * span that runs over a paragraph or cell boundary ("培训 | 订阅费仅包含在线帮助中心", a row label and
 * the cell that carries the risk) is anchored in the paragraph holding most of it.
 */
export function anchorIn(
  snapshot: DocumentSnapshot,
  clause: Clause,
  from: number,
  to: number
): Anchor {
  let part = 0;
  while (part + 1 < clause.offsets.length && clause.offsets[part + 1] <= from) part++;
  const partEnd = (i: number) =>
    i + 1 < clause.offsets.length
      ? clause.offsets[i] + snapshot.paragraphs[clause.paragraphs[i]].text.length
      : clause.text.length;
  const inPart = (i: number) =>
    Math.max(0, Math.min(to, partEnd(i)) - Math.max(from, clause.offsets[i]));
  for (let next = part + 1; next < clause.offsets.length && clause.offsets[next] < to; next++) {
    if (inPart(next) > inPart(part)) part = next;
  }
  const paragraph = clause.paragraphs[part];
  const text = snapshot.paragraphs[paragraph].text;
  const base = clause.offsets[part];
  const [start, end] = sentenceAround(
    text,
    Math.max(0, from - base),
    Math.min(text.length, to - base)
  );
  return {
    paragraph,
    lastParagraph: paragraph,
    start,
    end,
    quote: text.slice(start, end),
    textHash: textHash(text),
  };
}

/** Text within `radius` characters around [from, to): what a number is "about". */
export function around(norm: string, from: number, to: number, before = 40, after = 20): string {
  return norm.slice(Math.max(0, from - before), Math.min(norm.length, to + after));
}
