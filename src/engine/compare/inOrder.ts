/**
 * Which matched pairs keep their relative order: the longest increasing subsequence of the old
 * positions, taken in new-document order (patience sorting, O(n log n)). The pairs outside it are
 * the ones that moved — the fewest moves that explain the new order.
 */

/** For pairs sorted by new position, `old[i]` their old positions: true where pair i is in order. */
export function inOrder(old: readonly number[]): boolean[] {
  const n = old.length;
  /** tails[k]: index of the smallest old position ending an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old[tails[mid]] < old[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Array<boolean>(n).fill(false);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept[i] = true;
  return kept;
}
