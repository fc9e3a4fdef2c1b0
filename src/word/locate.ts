/**
 * Finding an anchored paragraph again before writing: the same index with the same text, or else the
 * one paragraph whose text is exactly the anchored text (it moved). Anything else is refused — never a
 * guess (ARCHITECTURE.md: "a stale anchor is refused, not guessed").
 */
import { textHash } from "../engine/normalize";

export type Located = { ok: true; paragraph: number; relocated: boolean };
export type NotLocated = { ok: false; reason: "stale" | "gone" };

/** `texts` are the paragraphs' texts as the engine would read them now (see reviewedTextOf). */
export function locateParagraph(
  texts: readonly string[],
  paragraph: number,
  expectedHash: string
): Located | NotLocated {
  const atIndex = texts[paragraph];
  if (atIndex !== undefined && textHash(atIndex) === expectedHash) {
    return { ok: true, paragraph, relocated: false };
  }
  const candidates: number[] = [];
  texts.forEach((text, i) => {
    if (textHash(text) === expectedHash) candidates.push(i);
  });
  if (candidates.length === 1) return { ok: true, paragraph: candidates[0], relocated: true };
  // Several identical paragraphs: which one was meant cannot be known.
  return { ok: false, reason: candidates.length === 0 ? "gone" : "stale" };
}
