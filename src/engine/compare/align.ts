/**
 * Which clauses of two drafts correspond. Clauses are compared by their words alone — number
 * stripped, white space collapsed — so renumbering changes nothing:
 * 1. identical words: matched in document order (a hash map, linear);
 * 2. the rest: similar pairs from the token index (candidates.ts), best first, one to one, when at
 *    least half their words are shared (Dice ≥ 0.5);
 * 3. split / merged: one clause ≈ 2–3 adjacent clauses of the other draft read as one, clearly
 *    better than any of them alone (splitMerge.ts);
 * 4. a leftover old and new clause in the same gap between in-order matches, sharing a third of
 *    their words (Dice ≥ 0.3), are one clause rewritten;
 * 5. the one-to-one matches outside the longest run kept in order have moved;
 * 6. what is left was added or removed.
 * Headings, tables of contents and body clauses (clauses, definitions, table rows) only match their
 * own kind: a heading whose words reappear in a clause is not that clause.
 */
import { normalizeForMatch } from "../normalize";
import type { Clause } from "../segment";
import { similarPairs, type Item, type Pair } from "./candidates";
import { inOrder } from "./inOrder";
import { TokenTable } from "./similarity";
import { splitsAndMerges } from "./splitMerge";
import type { AlignmentKind } from "./types";

/** Below this share of words in common two clauses are different clauses, not a changed one. */
export const CHANGED_MIN = 0.5;
/** Pairs this alike are parts of a split or merge, or one clause rewritten in the same place. */
export const PART_MIN = 0.3;

export type ClauseGroup = {
  kind: AlignmentKind;
  /** Clause indices in the old / new draft, in document order. */
  old: number[];
  new: number[];
  similarity: number;
  /** Out of the order the other matches keep (kind "moved", or a changed clause that also moved). */
  moved: boolean;
};

export type Role = "heading" | "toc" | "body";

export const roleOf = (clause: Clause): Role =>
  clause.kind === "heading" ? "heading" : clause.kind === "toc" ? "toc" : "body";

/** A clause's words without its number, white space collapsed: what "same" compares. */
export function contentOf(clause: Clause): string {
  let text = clause.norm.trimStart();
  if (clause.number) {
    const number = normalizeForMatch(clause.number);
    if (text.startsWith(number)) text = text.slice(number.length);
  }
  return text.replace(/\s+/g, " ").trim();
}

/** One draft's clauses as the alignment sees them: matches so far and lazily built token sets. */
export type Side = {
  clauses: readonly Clause[];
  roles: Role[];
  keys: string[];
  /** The one-to-one partner in the other draft, or -1. */
  match: Int32Array;
  /** Taken by a split or merge. */
  grouped: Uint8Array;
  tokens(index: number): Int32Array;
};

function side(clauses: readonly Clause[], table: TokenTable): Side {
  const cache: (Int32Array | undefined)[] = new Array(clauses.length);
  const roles = clauses.map(roleOf);
  return {
    clauses,
    roles,
    keys: clauses.map((c, i) => `${roles[i]}\u0000${contentOf(c)}`),
    match: new Int32Array(clauses.length).fill(-1),
    grouped: new Uint8Array(clauses.length),
    tokens: (index) => (cache[index] ??= table.idsOf(contentOf(clauses[index]))),
  };
}

export function alignClauses(before: readonly Clause[], after: readonly Clause[]): ClauseGroup[] {
  const table = new TokenTable();
  const old = side(before, table);
  const next = side(after, table);

  // 1. Identical words, paired in document order (repeated boilerplate pairs first with first).
  const byKey = new Map<string, number[]>();
  old.keys.forEach((key, i) => {
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const taken = new Map<string, number>();
  next.keys.forEach((key, j) => {
    const list = byKey.get(key);
    const at = taken.get(key) ?? 0;
    if (!list || at >= list.length) return;
    taken.set(key, at + 1);
    link(list[at], j);
  });
  const exact = (i: number) => old.match[i] >= 0 && old.keys[i] === next.keys[old.match[i]];

  // 2. Similar pairs among the leftovers, kind by kind; the best first, one to one.
  const pairs: Pair[] = [];
  for (const role of ["heading", "toc", "body"] as Role[]) {
    const items = (s: Side): Item[] =>
      s.clauses
        .filter((_, i) => s.match[i] < 0 && s.roles[i] === role)
        .map((c) => ({ index: c.index, tokens: s.tokens(c.index) }));
    pairs.push(...similarPairs(items(old), items(next), PART_MIN));
  }
  const distance = (p: Pair) =>
    Math.abs(p.old / Math.max(1, before.length) - p.new / Math.max(1, after.length));
  const similarityOf = new Map<number, number>(); // old index → similarity of its changed pair
  pairs
    .filter((p) => p.similarity >= CHANGED_MIN)
    .sort((a, b) => b.similarity - a.similarity || distance(a) - distance(b) || a.new - b.new)
    .forEach((p) => {
      if (old.match[p.old] >= 0 || next.match[p.new] >= 0) return;
      link(p.old, p.new);
      similarityOf.set(p.old, p.similarity);
    });

  // 3. Splits and merges (they may undo a changed pair that matched one part only).
  const groups: ClauseGroup[] = splitsAndMerges(old, next, pairs, exact);

  // 4. A removed and an added clause between the same two in-order matches, with a third of their
  //    words in common, are one clause rewritten (Singapore law and arbitration replacing PRC law
  //    and the customer's court): where they stand makes up for the words they no longer share.
  let [matched, kept] = ordered();
  const anchors = matched.filter((_, k) => kept[k]);
  const gapOld = gaps(
    before.length,
    anchors.map((j) => next.match[j])
  );
  const gapNew = gaps(after.length, anchors);
  pairs
    .filter((p) => gapOld[p.old] === gapNew[p.new])
    .sort((a, b) => b.similarity - a.similarity || a.new - b.new)
    .forEach((p) => {
      const free = (s: Side, i: number) => s.match[i] < 0 && !s.grouped[i];
      if (!free(old, p.old) || !free(next, p.new)) return;
      link(p.old, p.new);
      similarityOf.set(p.old, p.similarity);
    });

  // 5. One-to-one matches in new order: those outside the longest in-order run moved.
  [matched, kept] = ordered();
  matched.forEach((j, k) => {
    const i = next.match[j];
    const same = exact(i);
    groups.push({
      kind: same ? (kept[k] ? "same" : "moved") : "changed",
      old: [i],
      new: [j],
      similarity: same ? 1 : (similarityOf.get(i) ?? 0),
      moved: !kept[k],
    });
  });

  // 6. The rest.
  for (let i = 0; i < before.length; i++) {
    if (old.match[i] < 0 && !old.grouped[i])
      groups.push({ kind: "removed", old: [i], new: [], similarity: 0, moved: false });
  }
  for (let j = 0; j < after.length; j++) {
    if (next.match[j] < 0 && !next.grouped[j])
      groups.push({ kind: "added", old: [], new: [j], similarity: 0, moved: false });
  }
  return inReadingOrder(groups, before.length);

  function link(i: number, j: number) {
    old.match[i] = j;
    next.match[j] = i;
  }

  /** The new indices of the one-to-one matches, and which of them keep the old order. */
  function ordered(): [number[], boolean[]] {
    const matched: number[] = [];
    for (let j = 0; j < after.length; j++) if (next.match[j] >= 0) matched.push(j);
    return [matched, inOrder(matched.map((j) => next.match[j]))];
  }
}

/** For each position, how many of the (ascending) anchor positions come before it. */
function gaps(length: number, anchors: number[]): Int32Array {
  const out = new Int32Array(length);
  let k = 0;
  for (let i = 0; i < length; i++) {
    while (k < anchors.length && anchors[k] < i) k++;
    out[i] = k;
  }
  return out;
}

/**
 * The new draft's order, each removed clause right after the group holding the old clause before
 * it — where a reader of the new draft would have found it.
 */
function inReadingOrder(groups: ClauseGroup[], oldCount: number): ClauseGroup[] {
  const groupOfOld = new Int32Array(oldCount).fill(-1);
  groups.forEach((g, at) => g.old.forEach((i) => (groupOfOld[i] = at)));
  const keyed = groups.map((g) => {
    if (g.new.length > 0) return { g, major: g.new[0], minor: 0, tie: 0 };
    let major = -1;
    for (let i = g.old[0] - 1; i >= 0; i--) {
      const before = groups[groupOfOld[i]];
      if (before.new.length > 0) {
        major = before.new[before.new.length - 1];
        break;
      }
    }
    return { g, major, minor: 1, tie: g.old[0] };
  });
  keyed.sort((a, b) => a.major - b.major || a.minor - b.minor || a.tie - b.tie);
  return keyed.map((k) => k.g);
}
