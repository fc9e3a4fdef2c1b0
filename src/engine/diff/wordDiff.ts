/**
 * Minimal word-level differences between two versions of a clause (Myers' O(ND) diff over tokens),
 * for the redline the counterparty reads — "~~ninety (90)~~ thirty (30) days", not a deleted and
 * re-typed clause — and for comparing drafts.
 */
import { tokenize, type Token } from "./tokens";

export type DiffOp = { kind: "equal" | "delete" | "insert"; text: string };

/** A replacement in the old text: characters [start, end) become `insert` ("" = pure deletion). */
export type Edit = { start: number; end: number; deleted: string; insert: string };

export function diffTokens(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common prefix and suffix are equal by definition: trim them so the search works on the change only.
  let head = 0;
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail].text === b[b.length - 1 - tail].text
  )
    tail++;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const ops: DiffOp[] = [];
  const push = (kind: DiffOp["kind"], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text) ops.push({ kind, text });
  };
  push("equal", join(a.slice(0, head)));
  for (const op of middle) push(op.kind, op.text);
  push("equal", join(a.slice(a.length - tail)));
  return ops;
}

/** The changes as replacements in the old text, adjacent deletions and insertions merged. */
export function minimalEdits(before: string, after: string): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  let open: Edit | undefined;
  for (const op of diffTokens(before, after)) {
    if (op.kind === "equal") {
      open = undefined;
      at += op.text.length;
      continue;
    }
    if (!open) {
      open = { start: at, end: at, deleted: "", insert: "" };
      edits.push(open);
    }
    if (op.kind === "delete") {
      open.deleted += op.text;
      open.end += op.text.length;
      at += op.text.length;
    } else {
      open.insert += op.text;
    }
  }
  return edits;
}

/** Applies edits made by minimalEdits to the old text (the check that they are complete). */
export function applyEdits(before: string, edits: Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += before.slice(at, e.start) + e.insert;
    at = e.end;
  }
  return out + before.slice(at);
}

const join = (tokens: Token[]) => tokens.map((t) => t.text).join("");

/** Beyond this many changed tokens the trace would grow quadratically: replace the middle whole. */
const MAX_TOKENS = 4000;

/** Myers' greedy shortest edit script (1986), with the trace kept to walk the path back. */
function myers(a: Token[], b: Token[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n + m > MAX_TOKENS) {
    return [
      { kind: "delete", text: join(a) },
      { kind: "insert", text: join(b) },
    ];
  }
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x].text === b[y].text) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back from (n, m) through the saved frontiers.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: "equal", text: a[x - 1].text });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "insert", text: b[y - 1].text });
      else ops.push({ kind: "delete", text: a[x - 1].text });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}
