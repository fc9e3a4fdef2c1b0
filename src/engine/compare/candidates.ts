/**
 * The similar pairs among the clauses left over after exact matching, without trying all pairs: an
 * inverted index from token to the old clauses holding it, walked from each new clause. Tokens held
 * by very many old clauses ("customer", 甲方) are skipped as saying nothing about which clause is
 * which; they still count in the bound that decides whether a pair is worth scoring exactly.
 */
import { dice } from "./similarity";

export type Item = { index: number; tokens: Int32Array };
export type Pair = { old: number; new: number; similarity: number };

/** A token in more old clauses than this is too common to look candidates up by. */
const MAX_POSTINGS = 256;

/** Pairs of items (old × new) whose Dice similarity is at least `min`. */
export function similarPairs(old: readonly Item[], next: readonly Item[], min: number): Pair[] {
  const postings = new Map<number, number[]>();
  old.forEach((item, at) => {
    for (const token of item.tokens) {
      const list = postings.get(token);
      if (list) list.push(at);
      else postings.set(token, [at]);
    }
  });
  const shared = new Int32Array(old.length);
  const touched: number[] = [];
  const pairs: Pair[] = [];
  for (const item of next) {
    let skipped = 0;
    for (const token of item.tokens) {
      const list = postings.get(token);
      if (!list) continue;
      if (list.length > MAX_POSTINGS) {
        skipped++;
        continue;
      }
      for (const at of list) if (shared[at]++ === 0) touched.push(at);
    }
    for (const at of touched) {
      const other = old[at].tokens;
      const size = other.length + item.tokens.length;
      // Upper bound: every skipped token might be shared too.
      const bound = (2 * (shared[at] + Math.min(skipped, other.length - shared[at]))) / size;
      shared[at] = 0;
      if (bound < min) continue;
      const similarity = dice(other, item.tokens);
      if (similarity >= min) pairs.push({ old: old[at].index, new: item.index, similarity });
    }
    touched.length = 0;
  }
  return pairs;
}
