/**
 * The compact form of a word diff for the comparison list: changes in full, long unchanged runs cut
 * down to some context on each side of a change ("… the Customer may cancel on 30 days' notice …").
 */
import type { DiffOp } from "../../../engine/diff/wordDiff";

/** A diff op as is, or a gap where unchanged text was left out (shown as "…"). */
export type RedlinePiece = DiffOp | { kind: "gap" };

/** BCP 47 tag of a language, for the `lang` attribute (screen readers switch voice). */
export const LANG_TAG = { zh: "zh-CN", en: "en" } as const;

/** Characters of unchanged text kept on each side of a change. */
export const CONTEXT = 40;
/** An unchanged run is cut only when that saves at least this many characters. */
const MIN_SAVING = 12;

/**
 * Where to cut `text` so that about `length` characters stay at its start (`fromEnd` false) or end:
 * at a space when one is near (English words stay whole), exactly at `length` otherwise (Chinese).
 */
function cutPoint(text: string, length: number, fromEnd: boolean): number {
  const slack = Math.floor(length / 3);
  if (!fromEnd) {
    const space = text.lastIndexOf(" ", length);
    return space >= length - slack ? space + 1 : length;
  }
  const start = text.length - length;
  const space = text.indexOf(" ", start);
  return space !== -1 && space <= start + slack ? space + 1 : start;
}

const head = (text: string, length: number) => text.slice(0, cutPoint(text, length, false));
const tail = (text: string, length: number) => text.slice(cutPoint(text, length, true));

/** The ops with long unchanged runs shortened to `context` characters beside each change. */
export function compactDiff(ops: DiffOp[], context = CONTEXT): RedlinePiece[] {
  const pieces: RedlinePiece[] = [];
  ops.forEach((op, i) => {
    const first = i === 0;
    const last = i === ops.length - 1;
    const keep = first !== last ? context : 2 * context;
    if (op.kind !== "equal" || op.text.length <= keep + MIN_SAVING) {
      pieces.push(op);
    } else if (first && last) {
      // No change at all: keep the start.
      pieces.push({ kind: "equal", text: head(op.text, 2 * context) }, { kind: "gap" });
    } else if (first) {
      pieces.push({ kind: "gap" }, { kind: "equal", text: tail(op.text, context) });
    } else if (last) {
      pieces.push({ kind: "equal", text: head(op.text, context) }, { kind: "gap" });
    } else {
      pieces.push(
        { kind: "equal", text: head(op.text, context) },
        { kind: "gap" },
        { kind: "equal", text: tail(op.text, context) }
      );
    }
  });
  return pieces;
}

/** A whole clause's text (added, removed, moved) as one piece of `kind`, its start kept when long. */
export function clipped(text: string, kind: DiffOp["kind"], length = 2 * CONTEXT): RedlinePiece[] {
  if (text.length <= length + MIN_SAVING) return [{ kind, text }];
  return [{ kind, text: head(text, length) }, { kind: "gap" }];
}
