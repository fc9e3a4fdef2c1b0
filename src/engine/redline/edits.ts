/**
 * The edits of a redline as a lawyer marks them: minimalEdits (word-level Myers diff, one token per
 * Chinese character) with three readability passes that never add a changed word of substance —
 *
 * 1. a number changes whole: "九十日" → "三十日" strikes 九十, not only 九 ("~~九十~~三十日"), and
 *    "forty-eight" is struck whole when only "eight" differs;
 * 2. changes separated only by spaces and punctuation are one change ("~~ninety (90)~~ thirty (30)"),
 *    and so are large changes separated by a few words in common (no confetti of shared "the"/"的");
 * 3. a change that opens a bracket closes it when only digits and "%" stand between ("(90" + ")").
 *
 * applyEdits(before, redlineEdits(before, after)) === after, always.
 */
import { diffTokens, type Edit } from "../diff/wordDiff";
import { CHINESE_NUMERAL_CHARS } from "../numbers/chineseNumeral";
import { ENGLISH_NUMBER_WORDS } from "../numbers/englishNumber";

type Chunk = { kind: "equal"; text: string } | { kind: "change"; del: string; ins: string };

/** What a reader counts as a word: an English word, a number, one CJK character. */
const WORD =
  /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?|[0-9０-９]+(?:[.,．][0-9０-９]+)*|[\u3400-\u9fff\uf900-\ufaff]/g;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Tokens struck plus tokens inserted. */
export function changedWords(edits: readonly Edit[]): number {
  return edits.reduce((n, e) => n + countWords(e.deleted) + countWords(e.insert), 0);
}

export function redlineEdits(before: string, after: string): Edit[] {
  if (before === after) return [];
  let chunks = chunksOf(before, after);
  chunks = widenNumbers(chunks);
  chunks = mergeAcrossGaps(chunks);
  chunks = mergeAcrossGaps(closeBrackets(chunks));
  return editsOf(chunks);
}

function chunksOf(before: string, after: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const op of diffTokens(before, after)) {
    const last = chunks[chunks.length - 1];
    if (op.kind === "equal") chunks.push({ kind: "equal", text: op.text });
    else if (last?.kind === "change") {
      if (op.kind === "delete") last.del += op.text;
      else last.ins += op.text;
    } else {
      chunks.push(
        op.kind === "delete"
          ? { kind: "change", del: op.text, ins: "" }
          : { kind: "change", del: "", ins: op.text }
      );
    }
  }
  return chunks;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const EN = `(?:${ENGLISH_NUMBER_WORDS.join("|")})`;
const DIGIT = "[0-9０-９]";
/**
 * Per script, a numeral's rest as equal text holds it — before the change (`tail`) and after it
 * (`head`) — and the edge of a change that continues it (`starts` / `ends`).
 */
const NUMERALS: { tail: RegExp; head: RegExp; starts: RegExp; ends: RegExp }[] = [
  {
    tail: new RegExp(`${CN}+$`),
    head: new RegExp(`^${CN}+`),
    starts: new RegExp(`^${CN}`),
    ends: new RegExp(`${CN}$`),
  },
  {
    tail: new RegExp(`${DIGIT}[0-9０-９.,．]*$`),
    head: new RegExp(`^(?:[.,．]?${DIGIT})+`),
    starts: new RegExp(`^[.,．]?${DIGIT}`),
    ends: new RegExp(`${DIGIT}[.,．]?$`),
  },
  {
    tail: new RegExp(String.raw`\b${EN}(?:[\s-]+(?:and[\s-]+)?${EN})*[\s-]+$`, "i"),
    head: new RegExp(String.raw`^(?:[\s-]+(?:and[\s-]+)?${EN}\b)+`, "i"),
    starts: new RegExp(String.raw`^${EN}\b`, "i"),
    ends: new RegExp(String.raw`\b${EN}$`, "i"),
  },
];

/** Pass 1: pull the rest of a partly changed number into the change. */
function widenNumbers(chunks: Chunk[]): Chunk[] {
  for (let i = 0; i < chunks.length; i++) {
    const change = chunks[i];
    if (change.kind !== "change") continue;
    const prev = chunks[i - 1];
    const next = chunks[i + 1];
    for (const { tail, head, starts, ends } of NUMERALS) {
      const t = prev?.kind === "equal" ? tail.exec(prev.text) : null;
      if (prev?.kind === "equal" && t && (starts.test(change.del) || starts.test(change.ins))) {
        prev.text = prev.text.slice(0, t.index);
        change.del = t[0] + change.del;
        change.ins = t[0] + change.ins;
      }
      const h = next?.kind === "equal" ? head.exec(next.text) : null;
      if (next?.kind === "equal" && h && (ends.test(change.del) || ends.test(change.ins))) {
        next.text = next.text.slice(h[0].length);
        change.del += h[0];
        change.ins += h[0];
      }
    }
  }
  return chunks.filter((c) => c.kind === "change" || c.text !== "");
}

const OPENERS = /[(（]/g;
const CLOSERS = /[)）]/g;
const BRACKET_REST = /^[\s0-9０-９.,．%％]*[)）]/;
const DIGITS_ONLY = /^[\s0-9０-９.,．%％]*$/;

/** Pass 3: a change that opens a bracket closes it when only digits and "%" stand between. */
function closeBrackets(chunks: Chunk[]): Chunk[] {
  const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
  for (let i = 0; i < chunks.length; i++) {
    const change = chunks[i];
    const next = chunks[i + 1];
    if (change.kind !== "change" || next?.kind !== "equal") continue;
    if (count(change.del, OPENERS) <= count(change.del, CLOSERS)) continue;
    const m = BRACKET_REST.exec(next.text);
    const after = chunks[i + 2];
    if (m) {
      next.text = next.text.slice(m[0].length);
      change.del += m[0];
      change.ins += m[0];
    } else if (
      DIGITS_ONLY.test(next.text) &&
      after?.kind === "change" &&
      /^[)）]/.test(after.del)
    ) {
      // "thirty (" struck, "30" kept, ")" struck: one change over the bracket.
      chunks.splice(i, 3, {
        kind: "change",
        del: change.del + next.text + after.del,
        ins: change.ins + next.text + after.ins,
      });
    }
  }
  return chunks.filter((c) => c.kind === "change" || c.text !== "");
}

const weight = (c: Chunk) =>
  c.kind === "equal" ? countWords(c.text) : Math.max(countWords(c.del), countWords(c.ins));

/**
 * Does a run of `gap` words in common between two changes read better as part of one change? Always
 * when it has no word (spaces, brackets, punctuation); a word or two between changes three times
 * longer; and between rewritten passages (four words or more each side) any run no longer than the
 * smaller of them — diff-match-patch's semantic cleanup, in words: "the", "of", "乙方" shared by a
 * rewritten sentence and the standard clause are noise, a shared half-sentence is kept; and up to
 * three Chinese characters between any two changes.
 */
function absorbs(gap: string, smaller: number): boolean {
  const words = countWords(gap);
  if (words === 0 || (words <= 2 && words * 3 <= smaller) || (smaller >= 4 && words <= smaller))
    return true;
  // Chinese shares single characters everywhere (方, 在, 的): up to three between two changes are noise.
  return smaller >= 1 && words <= 3 && CJK_ONLY.test(gap);
}

const CJK_ONLY = /^[\u3000-\u303f\u3400-\u9fff\uf900-\uffef\s]+$/;

/** Pass 2: one change across gaps of punctuation, or of a few words between larger changes. */
function mergeAcrossGaps(chunks: Chunk[]): Chunk[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i + 1 < chunks.length; i++) {
      const [left, gap, right] = [chunks[i - 1], chunks[i], chunks[i + 1]];
      if (left.kind !== "change" || gap.kind !== "equal" || right.kind !== "change") continue;
      if (!absorbs(gap.text, Math.min(weight(left), weight(right)))) continue;
      chunks.splice(i - 1, 3, {
        kind: "change",
        del: left.del + gap.text + right.del,
        ins: left.ins + gap.text + right.ins,
      });
      changed = true;
      break;
    }
  }
  // Adjacent changes (a widened number next to another change) are one change.
  const out: Chunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (c.kind === "change" && last?.kind === "change") {
      last.del += c.del;
      last.ins += c.ins;
    } else out.push(c.kind === "change" ? { ...c } : c);
  }
  return out;
}

function editsOf(chunks: Chunk[]): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  for (const c of chunks) {
    if (c.kind === "equal") {
      at += c.text.length;
      continue;
    }
    edits.push({ start: at, end: at + c.del.length, deleted: c.del, insert: c.ins });
    at += c.del.length;
  }
  return edits;
}
