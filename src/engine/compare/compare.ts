/**
 * engine.compare: two drafts of a contract in, which clauses correspond and — per playbook topic —
 * whether the customer's position got worse out. Pure and synchronous, like review.
 */
import { diffTokens } from "../diff/wordDiff";
import { normalizeForMatch, textHash } from "../normalize";
import type { DocumentSnapshot } from "../snapshot";
import type { Wording } from "../topics";
import type { Playbook } from "../types";
import { alignClauses, type ClauseGroup } from "./align";
import { draftOf, topicParagraphs, type Draft } from "./draft";
import { topicDelta, type DeltaOptions } from "./riskDelta";
import type { Alignment, ClauseSide, Comparison } from "./types";

export function compare(
  oldDoc: DocumentSnapshot,
  newDoc: DocumentSnapshot,
  playbook: Playbook,
  wording: Wording
): Comparison {
  return compareDrafts(oldDoc, newDoc, playbook, wording);
}

export function compareDrafts(
  oldDoc: DocumentSnapshot,
  newDoc: DocumentSnapshot,
  playbook: Playbook,
  wording: Wording,
  options: DeltaOptions = {}
): Comparison {
  const before = draftOf(oldDoc, playbook, wording);
  const after = draftOf(newDoc, playbook, wording);
  const groups = alignClauses(before.clauses, after.clauses);
  const order = new Map(playbook.topics.map((t, i) => [t.id, i]));
  const oldTopics = topicsByParagraph(before);
  const newTopics = topicsByParagraph(after);

  const alignments = groups.map((group, at): Alignment => {
    const old = group.old.map((i) => sideOf(before, i, at));
    const next = group.new.map((j) => sideOf(after, j, at));
    const topics = new Set<string>();
    const collect = (sides: ClauseSide[], byParagraph: Map<number, string[]>) =>
      sides.forEach((s) =>
        s.paragraphs.forEach((p) => byParagraph.get(p)?.forEach((t) => topics.add(t)))
      );
    collect(old, oldTopics);
    collect(next, newTopics);
    return {
      kind: group.kind,
      old,
      new: next,
      similarity: group.similarity,
      renumbered: renumbered(old, next),
      moved: group.moved,
      diff: hasDiff(group) ? diffTokens(joined(old), joined(next)) : [],
      topics: [...topics].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    };
  });

  const deltas = [];
  for (const topic of playbook.topics) {
    const was = before.report.topics.find((t) => t.topic === topic.id);
    const is = after.report.topics.find((t) => t.topic === topic.id);
    if (!topic.enabled || !was?.checked || !is?.checked) continue;
    const delta = topicDelta(
      topic,
      { draft: before, result: was },
      { draft: after, result: is },
      alignments,
      options
    );
    deltas.push({ delta, order: order.get(topic.id) ?? 0 });
  }
  deltas.sort((a, b) => b.delta.rank - a.delta.rank || a.order - b.order);

  const stats: Comparison["stats"] = {
    same: 0,
    moved: 0,
    changed: 0,
    added: 0,
    removed: 0,
    split: 0,
    merged: 0,
    renumbered: 0,
  };
  for (const a of alignments) {
    stats[a.kind]++;
    if (a.renumbered) stats.renumbered++;
  }
  return {
    language: { old: before.report.language, new: after.report.language },
    alignments,
    topics: deltas.map((d) => d.delta),
    stats,
  };
}

function sideOf(draft: Draft, index: number, alignment: number): ClauseSide {
  const clause = draft.clauses[index];
  for (const p of clause.paragraphs) draft.alignmentOf[p] = alignment;
  return {
    clause: index,
    paragraphs: clause.paragraphs,
    ...(clause.number !== undefined ? { number: clause.number } : {}),
    text: clause.text,
    textHash: textHash(draft.snapshot.paragraphs[clause.paragraphs[0]].text),
    clauseKind: clause.kind,
  };
}

const hasDiff = (group: ClauseGroup) =>
  group.kind === "changed" || group.kind === "split" || group.kind === "merged";

const joined = (sides: ClauseSide[]) => sides.map((s) => s.text).join("\n");

/** "5.2" → "6.2" (and "第五条" → "第六条"); "5." and "5" are the same number written twice. */
function renumbered(old: ClauseSide[], next: ClauseSide[]): boolean {
  const a = old[0]?.number;
  const b = next[0]?.number;
  if (a === undefined || b === undefined) return false;
  const plain = (n: string) => normalizeForMatch(n).replace(/[\s.、)）]+$/, "");
  return plain(a) !== plain(b);
}

/** The topics each paragraph speaks to, from the draft's review. */
function topicsByParagraph(draft: Draft): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const result of draft.report.topics) {
    if (!result.checked) continue;
    for (const p of topicParagraphs(result)) {
      const list = out.get(p);
      if (!list) out.set(p, [result.topic]);
      else if (!list.includes(result.topic)) list.push(result.topic);
    }
  }
  return out;
}
