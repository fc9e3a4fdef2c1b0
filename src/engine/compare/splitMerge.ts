/**
 * Split and merged clauses: one clause of a draft ≈ 2–3 adjacent clauses of the other read as one.
 * Taken only when the parts together are close to the whole (Dice ≥ 0.7), clearly closer than the
 * best part alone (by ≥ 0.1: a clause that merely lost its last sentence stays "changed"), and each
 * part is mostly made of the whole's words (≥ 60 %: a neighbour on another subject stays apart).
 * Candidates come from the similar pairs already found, so the search stays near-linear.
 */
import type { Pair } from "./candidates";
import type { ClauseGroup, Side } from "./align";
import { dice, overlap, union } from "./similarity";

export const WHOLE_MIN = 0.7;
export const GAIN_MIN = 0.1;
export const PART_CONTAINED_MIN = 0.6;
const MAX_PARTS = 3;

type Candidate = {
  kind: "split" | "merged";
  /** The one clause, in `whole`'s draft; the parts in the other. */
  whole: number;
  parts: number[];
  score: number;
};

/**
 * Finds and applies the splits and merges among clauses not matched word for word, undoing a
 * changed pair that held only one part. Returns their groups; marks their clauses `grouped`.
 */
export function splitsAndMerges(
  old: Side,
  next: Side,
  pairs: readonly Pair[],
  exact: (oldIndex: number) => boolean
): ClauseGroup[] {
  const seeds = (key: "old" | "new") => {
    const map = new Map<number, number[]>();
    for (const p of pairs) {
      const list = map.get(p[key]);
      const other = key === "old" ? p.new : p.old;
      if (list) list.push(other);
      else map.set(p[key], [other]);
    }
    return map;
  };
  const candidates = [
    ...find("split", old, next, seeds("old")),
    ...find("merged", next, old, seeds("new")),
  ].sort((a, b) => b.score - a.score || a.parts.length - b.parts.length);

  const groups: ClauseGroup[] = [];
  for (const c of candidates) {
    const [whole, parts] = c.kind === "split" ? [old, next] : [next, old];
    if (!free(whole, parts, c.whole, c.parts)) continue;
    const partner = whole.match[c.whole];
    if (partner >= 0) parts.match[partner] = -1;
    whole.match[c.whole] = -1;
    whole.grouped[c.whole] = 1;
    for (const p of c.parts) parts.grouped[p] = 1;
    groups.push({
      kind: c.kind,
      old: c.kind === "split" ? [c.whole] : c.parts,
      new: c.kind === "split" ? c.parts : [c.whole],
      similarity: c.score,
      moved: false,
    });
  }
  return groups;

  function find(
    kind: Candidate["kind"],
    whole: Side,
    parts: Side,
    seedsOf: Map<number, number[]>
  ): Candidate[] {
    const out: Candidate[] = [];
    for (const [w, seedList] of seedsOf) {
      if (whole.roles[w] !== "body") continue;
      if (kind === "split" ? exact(w) : whole.match[w] >= 0 && exact(whole.match[w])) continue;
      const tokens = whole.tokens(w);
      const seen = new Set<number>();
      for (const s of seedList) {
        for (let length = 2; length <= MAX_PARTS; length++) {
          for (let start = s - length + 1; start <= s; start++) {
            if (start < 0 || start + length > parts.clauses.length) continue;
            if (seen.has(start * (MAX_PARTS + 1) + length)) continue;
            seen.add(start * (MAX_PARTS + 1) + length);
            const members = Array.from({ length }, (_, k) => start + k);
            const score = scoreOf(tokens, w, members, whole, parts);
            if (score !== undefined) out.push({ kind, whole: w, parts: members, score });
          }
        }
      }
    }
    return out;
  }
}

/** The parts' score as one clause, or undefined when they do not make the whole. */
function scoreOf(
  tokens: Int32Array,
  whole: number,
  members: number[],
  wholeSide: Side,
  parts: Side
): number | undefined {
  const partner = wholeSide.match[whole];
  if (partner >= 0 && !members.includes(partner)) return undefined;
  let bestAlone = 0;
  for (const m of members) {
    if (parts.roles[m] !== "body" || parts.grouped[m]) return undefined;
    if (parts.match[m] >= 0 && parts.match[m] !== whole) return undefined;
    const own = parts.tokens(m);
    if (own.length === 0 || overlap(own, tokens) / own.length < PART_CONTAINED_MIN)
      return undefined;
    bestAlone = Math.max(bestAlone, dice(tokens, own));
  }
  const score = dice(tokens, union(...members.map((m) => parts.tokens(m))));
  return score >= WHOLE_MIN && score - bestAlone >= GAIN_MIN ? score : undefined;
}

/** Are the whole and its parts still free to group (unmatched, or matched only to each other)? */
function free(whole: Side, parts: Side, w: number, members: number[]): boolean {
  if (whole.grouped[w]) return false;
  const partner = whole.match[w];
  if (partner >= 0 && !members.includes(partner)) return false;
  return members.every((m) => !parts.grouped[m] && (parts.match[m] < 0 || parts.match[m] === w));
}
