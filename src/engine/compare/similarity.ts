/**
 * How alike two clauses' words are, in either language: the Dice coefficient over their sets of
 * tokens — English words (and numbers) as written, Chinese as overlapping character bigrams.
 *
 * Why these units: English words carry the meaning and their letters would make unrelated clauses
 * look alike ("term" / "termination"); Chinese has no spaces and single characters (的, 方, 甲) are
 * shared by every clause, while a bigram approximates a two-character word (续约, 通知, 导出) and
 * needs no dictionary. Why Dice over sets: it is the overlap's share of both sides (so a clause half
 * rewritten scores about 0.5 whatever its length), it is one merge of two sorted arrays, and a set
 * of token ids is what the candidate index of align.ts is built from. English function words are
 * left out: every clause has "the … shall … of", and they would lift unrelated clauses to ~0.3.
 */

/** English words too common in contracts to say which clause is which. */
const STOP_WORDS = new Set(
  (
    "a an and any are as at be been by for from has have if in into is it its of on or such " +
    "that the their then there these this those to under upon was were which will with shall " +
    "may must"
  ).split(" ")
);

const WORD = /[a-z\u00c0-\u024f]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[\u3400-\u9fff\uf900-\ufaff]+/g;
const CJK = /^[\u3400-\u9fff\uf900-\ufaff]/;

/** The distinct similarity tokens of normalised text (normalizeForMatch: lower case, half-width). */
export function similarityTokens(norm: string): string[] {
  const out = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const word = m[0];
    if (CJK.test(word)) {
      if (word.length === 1) out.add(word);
      for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
    } else if (!STOP_WORDS.has(word)) {
      out.add(word);
    }
  }
  return [...out];
}

/** Tokens as small integers, so that a clause is a sorted Int32Array and overlaps are merges. */
export class TokenTable {
  private readonly ids = new Map<string, number>();

  /** The sorted, distinct ids of the tokens of normalised text. */
  idsOf(norm: string): Int32Array {
    const tokens = similarityTokens(norm);
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = this.ids.get(tokens[i]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(tokens[i], id);
      }
      out[i] = id;
    }
    return out.sort();
  }

  get size(): number {
    return this.ids.size;
  }
}

/** |a ∩ b| of two sorted id arrays. */
export function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** a ∪ b of sorted id arrays (the tokens of several clauses read as one). */
export function union(...sets: Int32Array[]): Int32Array {
  const all = new Int32Array(sets.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of sets) {
    all.set(s, at);
    at += s.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

/** Dice coefficient of two sorted id sets: 1 for the same words, 0 for none shared. */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1;
  return (2 * overlap(a, b)) / (a.length + b.length);
}

/** Dice similarity of two normalised texts (for tests and one-off use; align.ts works on ids). */
export function similarity(a: string, b: string): number {
  const table = new TokenTable();
  return dice(table.idsOf(a), table.idsOf(b));
}
