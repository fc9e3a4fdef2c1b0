/**
 * The redline planner: from a snapshot and review results to the minimal redline a lawyer would mark
 * by hand when the user applies a suggestion. Pure; the host turns the plan into tracked changes.
 *
 * Strategies, in order of preference, per finding:
 * 1. number substitution (numberSubstitution.ts) — the finding is about a number only;
 * 2. sentence replacement — the anchored sentence (anchor.start..anchor.end of anchor.paragraph)
 *    becomes the standard clause (finding.suggestion); its leading clause number ("4.2 ", "（一）",
 *    "3.2 [Revised] ") stays, and a "；"/";" that ends a list item stays. An anchor spanning several
 *    paragraphs (anchor.lastParagraph > anchor.paragraph) is replaced in its first paragraph only —
 *    the anchored span — and the later paragraphs are left as they are;
 * 3. insertion (insertionPoint.ts) — a missing topic, or a finding anchored on a heading or on a
 *    table cell that holds a value ("2场"), where a clause cannot stand in place.
 *
 * For a whole topic the findings' edits are merged: findings on the same sentence replace it once; the
 * standard clause goes where the first sentence needing it stands (per language) and the topic's other
 * flagged sentences are struck — the clause already says what they should; in a paragraph that
 * receives the clause, the topic's number findings are struck with their sentence rather than
 * corrected beside it. Then the plan checks itself with the topic's rule (see `refine`).
 *
 * Guardrails: only anchored paragraphs are edited (anchor.paragraph of the findings), edits never
 * overlap, a stale anchor (its quote no longer at anchor.start..end) makes the plan null, and so does
 * a plan that changes nothing.
 */
import { applyEdits, type Edit } from "../diff/wordDiff";
import { textHash } from "../normalize";
import { review } from "../review";
import type { DocumentSnapshot } from "../snapshot";
import { topicRules, type Wording } from "../topics";
import type { Anchor, Finding, Language, PlaybookTopic, TopicResult } from "../types";
import { changedWords, countWords, redlineEdits } from "./edits";
import { insertionPoint } from "./insertionPoint";
import { numberReplacements } from "./numberSubstitution";
import type { ClauseInsertion, ParagraphChange, Redline, RedlineStrategy } from "./types";

type OpKind = "number" | "sentence" | "strike";
/** One replacement in a paragraph's text: [start, end) becomes `text`. */
type Op = {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: OpKind;
  /** The standard clause a sentence op writes. */
  clause?: string;
  /** The finding the op answers (none for a sentence the rule flags once the plan is applied). */
  finding?: Finding;
};
type Planned = { ops: Op[]; insert: string[] };

/**
 * A clause number (and a revision mark) a replaced sentence keeps: "4.2 ", "5. ", "(a) ", "第五条 ",
 * "一、", "Section 2.4 ", "3.2 [Revised] " — not the "100" of "100% of the fees".
 */
const LABEL = new RegExp(
  String.raw`^\s*(?:(?:\d+(?:\.\d+)+\.?(?=\s)|\d+[.．、](?!\d)|[（(][a-zA-Z\d一二三四五六七八九十]{1,4}[)）]|` +
    String.raw`第[一二三四五六七八九十百零\d]+[条條款项項]|[一二三四五六七八九十]+[、.．]|` +
    String.raw`(?:section|article|clause)\s+[\dIVXLC]+(?:\.\d+)*\.?)\s*)?(?:[[［【][^\]］】]{1,20}[\]］】]\s*)?`,
  "i"
);
/** A run-in title after the clause number: "No Refunds.", "Automatic Renewal." — not a sentence to replace. */
const RUN_IN_TITLE = /^[A-Z][^.;:,]{0,58}\.\s*$/;
const isRunInTitle = (text: string) => RUN_IN_TITLE.test(text.trim()) && countWords(text) <= 6;

/** A table cell holding a value, not a sentence: a few words, no sentence punctuation. */
const isDataCell = (text: string) => countWords(text) <= 4 && !/[。；;，,.:：]/.test(text.trim());

/** Below this share of the old sentence's words kept, a replaced sentence is struck whole. */
const MIN_KEPT = 0.25;

/** Is the anchor's quote still where the review found it? */
export function isFresh(snapshot: DocumentSnapshot, anchor: Anchor): boolean {
  const p = snapshot.paragraphs[anchor.paragraph];
  return (
    p !== undefined &&
    anchor.start <= anchor.end &&
    p.text.slice(anchor.start, anchor.end) === anchor.quote
  );
}

/** The anchored sentence, without the clause number it opens with or the spaces it ends with. */
function sentenceSpan(text: string, anchor: Anchor): [number, number] {
  const label = LABEL.exec(anchor.quote)?.[0].length ?? 0;
  let end = anchor.end;
  while (end > anchor.start + label && /\s/.test(text[end - 1])) end--;
  return [anchor.start + label, end];
}

/** The standard clause in place of a sentence: a list item keeps its "；" / ";" when more follows. */
function asReplacement(text: string, end: number, clause: string): string {
  const terminator = text[end - 1];
  const more = text.slice(end).trim() !== "";
  if (more && /[；;，,]/.test(terminator) && /[。.]$/.test(clause)) {
    return clause.slice(0, -1) + terminator;
  }
  return clause;
}

function planFinding(snapshot: DocumentSnapshot, finding: Finding): Planned | null {
  const { anchor } = finding;
  const numbers = numberReplacements(snapshot.paragraphs[anchor.paragraph].text, finding);
  if (numbers) {
    const ops = numbers.map((r) => ({
      paragraph: anchor.paragraph,
      ...r,
      kind: "number" as const,
    }));
    return { ops: ops.map((o) => ({ ...o, finding })), insert: [] };
  }
  return sentencePlan(snapshot, finding);
}

/** Strategy 2 for a finding (or 3 when it is anchored on a heading or on nothing). */
function sentencePlan(snapshot: DocumentSnapshot, finding: Finding): Planned | null {
  const { anchor } = finding;
  const paragraph = snapshot.paragraphs[anchor.paragraph];
  const text = paragraph.text;
  if (!finding.suggestion) return null;
  const [start, end] = sentenceSpan(text, anchor);
  // A heading, an empty anchor or a table's data cell ("2场", "8 hours") has no sentence to
  // replace: the clause is added instead.
  const dataCell = paragraph.table !== undefined && isDataCell(text.slice(start, end));
  if (paragraph.headingLevel !== undefined || start >= end || dataCell) {
    return { ops: [], insert: [finding.suggestion] };
  }
  const clause = finding.suggestion;
  const op: Op = {
    paragraph: anchor.paragraph,
    start,
    end,
    text: asReplacement(text, end, clause),
    kind: "sentence",
    clause,
    finding,
  };
  return { ops: [op], insert: [] };
}

const overlaps = (a: Op, b: Op) =>
  a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
const byPosition = (a: Op, b: Op) => a.paragraph - b.paragraph || a.start - b.start;

/** Turns a sentence op into the strike of its sentence (with the space after it, or before it). */
function strike(text: string, op: Op): void {
  op.kind = "strike";
  op.text = "";
  op.clause = undefined;
  const space = /^\s+/.exec(text.slice(op.end));
  if (space && op.end + space[0].length < text.length) {
    op.end += space[0].length;
    return;
  }
  while (op.start > 0 && /\s/.test(text[op.start - 1])) op.start--;
  // Nothing left but the clause number and a run-in title ("4.2 No Refunds."): the title goes too.
  const head = text.slice(0, op.start);
  const label = LABEL.exec(head)?.[0].length ?? 0;
  if (label < head.length && isRunInTitle(head.slice(label)) && text.slice(op.end).trim() === "") {
    op.start = label;
    while (op.start > 0 && /\s/.test(text[op.start - 1])) op.start--;
  }
}

/**
 * One topic's ops, merged and never overlapping: a paragraph that receives the standard clause has
 * the topic's number findings struck with their sentences; sentences flagged twice are replaced once;
 * the standard clause is written once per language, at the first sentence needing it, the others
 * struck; number substitutions inside a replaced or struck sentence are dropped.
 */
function mergeOps(snapshot: DocumentSnapshot, ops: Op[]): Op[] {
  const withClause = new Set(ops.filter((o) => o.kind === "sentence").map((o) => o.paragraph));
  const expanded: Op[] = [];
  for (const op of ops) {
    if (op.kind === "number" && withClause.has(op.paragraph) && op.finding?.suggestion) {
      const sentence = sentencePlan(snapshot, op.finding)?.ops ?? [];
      if (sentence.length > 0) {
        expanded.push(...sentence);
        continue;
      }
    }
    expanded.push(op);
  }
  const sentences: Op[] = [];
  for (const op of expanded.filter((o) => o.kind !== "number").sort(byPosition)) {
    const same = sentences.find((s) => overlaps(s, op));
    if (same) {
      same.start = Math.min(same.start, op.start);
      same.end = Math.max(same.end, op.end);
    } else sentences.push({ ...op });
  }
  const placed = new Set<string>();
  for (const s of sentences) {
    const text = snapshot.paragraphs[s.paragraph].text;
    if (s.kind === "sentence" && !placed.has(s.clause!)) {
      placed.add(s.clause!);
      s.text = asReplacement(text, s.end, s.clause!);
    } else strike(text, s);
  }
  // Strikes that meet (one took the space after its sentence, the next the space before) are one.
  sentences.sort(byPosition);
  for (let i = sentences.length - 1; i > 0; i--) {
    const [prev, op] = [sentences[i - 1], sentences[i]];
    if (op.paragraph !== prev.paragraph || op.start >= prev.end) continue;
    if (op.kind === "strike" && prev.kind === "strike") {
      prev.end = Math.max(prev.end, op.end);
      sentences.splice(i, 1);
    } else if (op.kind === "strike") op.start = prev.end;
    else prev.end = op.start;
  }
  // A clause that kept a list item's "；" gets its own full stop back when all after it is struck.
  for (const s of sentences.filter((o) => o.kind === "sentence")) {
    const text = snapshot.paragraphs[s.paragraph].text;
    let at = s.end;
    for (const o of sentences.filter((x) => x.paragraph === s.paragraph && x.start >= s.end)) {
      if (text.slice(at, o.start).trim() === "") at = Math.max(at, o.end);
    }
    if (text.slice(at).trim() === "") s.text = s.clause!;
  }
  const numbers: Op[] = [];
  for (const op of expanded.filter((o) => o.kind === "number").sort(byPosition)) {
    if (sentences.some((s) => overlaps(s, op)) || numbers.some((n) => overlaps(n, op))) continue;
    numbers.push(op);
  }
  return [...sentences, ...numbers].sort(byPosition);
}

/** The paragraph texts once the (merged) ops are applied. */
function textsAfter(snapshot: DocumentSnapshot, merged: Op[]): Map<number, string> {
  const texts = new Map<number, string>();
  for (const op of [...merged].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start)) {
    const text = texts.get(op.paragraph) ?? snapshot.paragraphs[op.paragraph].text;
    texts.set(op.paragraph, text.slice(0, op.start) + op.text + text.slice(op.end));
  }
  return texts;
}

const SILENT: Wording = { message: () => "", suggestion: () => null };

/** The topic's findings on the document as the plan would leave it, by the topic's own rule. */
function rejudge(
  snapshot: DocumentSnapshot,
  merged: Op[],
  topicId: string,
  findings: Finding[]
): Finding[] {
  const texts = textsAfter(snapshot, merged);
  const candidate: DocumentSnapshot = {
    paragraphs: snapshot.paragraphs.map((p, i) =>
      texts.has(i) ? { ...p, text: texts.get(i)! } : p
    ),
  };
  // The positions the findings were judged against (every rule reports the ones it used).
  const topic: PlaybookTopic = {
    id: topicId,
    title: { zh: topicId, en: topicId },
    severity: "medium",
    required: true,
    enabled: true,
    position: Object.assign({}, ...findings.map((f) => f.position)),
  };
  const report = review(candidate, { version: 1, name: topicId, topics: [topic] }, SILENT);
  return report.topics[0]?.findings ?? [];
}

/** Where a span of a planned paragraph was before the ops: its offsets then, or the op it touches. */
function mapBack(
  merged: Op[],
  paragraph: number,
  start: number,
  end: number
): { op: Op } | { start: number; end: number } {
  let delta = 0;
  for (const op of merged.filter((o) => o.paragraph === paragraph).sort(byPosition)) {
    const from = op.start + delta;
    const to = from + op.text.length;
    if (end <= from) break;
    if (start < to && end > from) return { op };
    delta += op.text.length - (op.end - op.start);
  }
  return { start: start - delta, end: end - delta };
}

/**
 * A topic plan checks itself with the topic's rule, the way a lawyer rereads the clause:
 * - in an anchored paragraph still flagged after its numbers were corrected (the renewal is still
 *   automatic, the level still only "commercially reasonable efforts"), the number findings become
 *   sentence replacements;
 * - another sentence of an anchored paragraph that still carries the topic's risk (a second "may
 *   transfer abroad" after the hosting sentence) is struck — the standard clause stands in for it.
 * Only anchored paragraphs are touched: a risk elsewhere is left for the next review to show.
 */
function refine(snapshot: DocumentSnapshot, topicId: string, findings: Finding[], ops: Op[]): Op[] {
  if (!topicRules.has(topicId)) return ops;
  const anchored = new Set(findings.map((f) => f.anchor.paragraph));
  let current = ops;
  for (let round = 0; round < 4; round++) {
    const merged = mergeOps(snapshot, current);
    const left = rejudge(snapshot, merged, topicId, findings).filter((f) =>
      anchored.has(f.anchor.paragraph)
    );
    let next = [...current];
    let progress = false;
    // Numbers first: a corrected number in a paragraph still flagged did not fix it.
    const failed = new Set(left.map((f) => f.anchor.paragraph));
    const escalate = new Set(
      merged.filter((o) => o.kind === "number" && failed.has(o.paragraph)).map((o) => o.finding!)
    );
    for (const origin of escalate) {
      const sentence = sentencePlan(snapshot, origin)?.ops ?? [];
      if (sentence.length === 0) continue;
      next = next.filter((o) => !(o.finding === origin && o.kind === "number"));
      next.push(...sentence);
      progress = true;
    }
    if (!progress) {
      for (const leftover of left) {
        const { paragraph, start, end } = leftover.anchor;
        const at = mapBack(merged, paragraph, start, end);
        if ("op" in at) continue; // the plan's own text: nothing more to do here
        const text = snapshot.paragraphs[paragraph].text;
        const quote = text.slice(at.start, at.end);
        const label = LABEL.exec(quote)?.[0].length ?? 0;
        if (!quote.trim() || isRunInTitle(quote.slice(label))) continue;
        const clause = findings.find((f) => f.anchor.paragraph === paragraph)?.suggestion;
        const sentence = sentencePlan(snapshot, {
          ...leftover,
          anchor: { ...leftover.anchor, start: at.start, end: at.end, quote },
          suggestion: clause ?? null,
        });
        const ops = (sentence?.ops ?? []).map((o) => ({ ...o, finding: undefined }));
        if (ops.length === 0 || next.some((o) => o.kind !== "number" && overlaps(o, ops[0])))
          continue;
        next.push(...ops);
        progress = true;
      }
    }
    if (!progress) return current;
    current = next;
  }
  return current;
}

/** The edits of one op, offsets in the paragraph: a sentence sharing too little is struck whole. */
function editsOf(before: string, op: Op): Edit[] {
  const old = before.slice(op.start, op.end);
  let edits = op.kind === "strike" ? [] : redlineEdits(old, op.text);
  if (op.kind !== "number") {
    const words = countWords(old);
    const struck = edits.reduce((n, e) => n + countWords(e.deleted), 0);
    if (op.kind === "strike" || words - struck < MIN_KEPT * words) {
      edits = old === op.text ? [] : [{ start: 0, end: old.length, deleted: old, insert: op.text }];
    }
  }
  return edits.map((e) => ({ ...e, start: e.start + op.start, end: e.end + op.start }));
}

function changesOf(snapshot: DocumentSnapshot, merged: Op[]): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  const paragraphs = [...new Set(merged.map((o) => o.paragraph))].sort((a, b) => a - b);
  for (const index of paragraphs) {
    const before = snapshot.paragraphs[index].text;
    const ops = merged.filter((o) => o.paragraph === index).sort(byPosition);
    const edits = ops.flatMap((op) => editsOf(before, op));
    const after = applyEdits(before, edits);
    if (after === before) continue;
    changes.push({ paragraph: index, textHash: textHash(before), before, after, edits });
  }
  return changes;
}

function insertionOf(snapshot: DocumentSnapshot, paragraphs: string[]): ClauseInsertion {
  const after = insertionPoint(snapshot);
  return {
    afterParagraph: after,
    textHash: textHash(after < 0 ? "" : snapshot.paragraphs[after].text),
    paragraphs,
  };
}

const insertedWords = (insertion: ClauseInsertion | null) =>
  insertion ? insertion.paragraphs.reduce((n, p) => n + countWords(p), 0) : 0;

function redlineOf(
  snapshot: DocumentSnapshot,
  topic: string,
  findings: Finding[],
  comment: string,
  check: boolean
): Redline | null {
  if (findings.length === 0 || !findings.every((f) => isFresh(snapshot, f.anchor))) return null;
  const ops: Op[] = [];
  const insert: string[] = [];
  for (const f of findings) {
    const planned = planFinding(snapshot, f);
    if (!planned) continue;
    ops.push(...planned.ops);
    for (const clause of planned.insert) if (!insert.includes(clause)) insert.push(clause);
  }
  const merged = mergeOps(snapshot, check ? refine(snapshot, topic, findings, ops) : ops);
  // A clause that already replaces a sentence is not added a second time.
  const toInsert = insert.filter((c) => !merged.some((o) => o.clause === c));
  const changes = changesOf(snapshot, merged);
  const insertion = toInsert.length > 0 ? insertionOf(snapshot, toInsert) : null;
  if (changes.length === 0 && !insertion) return null;
  const strategy: RedlineStrategy = insertion
    ? "insertion"
    : merged.some((o) => o.kind !== "number")
      ? "sentence"
      : "number";
  return {
    topic,
    findingIds: findings.map((f) => f.id),
    changes,
    insertion,
    strategy,
    changedWords: changes.reduce((n, c) => n + changedWords(c.edits), 0) + insertedWords(insertion),
    comment,
  };
}

/** The redline for one finding, or null (stale anchor, nothing to change). */
export function planFindingRedline(snapshot: DocumentSnapshot, finding: Finding): Redline | null {
  return redlineOf(snapshot, finding.topic, [finding], finding.message, false);
}

/** The comment on a clause added for a missing topic. */
const MISSING: Record<Language, (title: TopicResult["title"]) => string> = {
  zh: (title) => `合同未约定“${title.zh}”相关内容；按审查标准增加本条。`,
  en: (title) =>
    `The contract does not address ${title.en.toLowerCase()}; this clause is added per the playbook.`,
};

/**
 * The redline for a whole topic: all its findings at once, or the standard clause inserted when the
 * topic is missing. Null when there is nothing to change or an anchor is stale.
 */
export function planTopicRedline(
  snapshot: DocumentSnapshot,
  result: TopicResult,
  language: Language
): Redline | null {
  if (result.verdict === "missing") {
    if (!result.suggestion) return null;
    const insertion = insertionOf(snapshot, [result.suggestion]);
    return {
      topic: result.topic,
      findingIds: [],
      changes: [],
      insertion,
      strategy: "insertion",
      changedWords: insertedWords(insertion),
      comment: MISSING[language](result.title),
    };
  }
  if (result.verdict !== "deviates") return null;
  const messages = [...new Set(result.findings.map((f) => f.message))];
  return redlineOf(snapshot, result.topic, result.findings, messages.join("\n"), true);
}

/**
 * The document once the redline's tracked changes are accepted: changed paragraphs get their new
 * text (style, heading level, list label and table position kept), inserted paragraphs follow
 * `afterParagraph` (with its style when it is a body paragraph), and every paragraph is re-indexed.
 * Throws when a paragraph no longer has the text the plan was made for (a stale plan).
 */
export function applyRedline(snapshot: DocumentSnapshot, redline: Redline): DocumentSnapshot {
  const paragraphs = snapshot.paragraphs.map((p) => ({ ...p }));
  for (const change of redline.changes) {
    const p = paragraphs[change.paragraph];
    if (!p || p.text !== change.before) {
      throw new Error(`paragraph ${change.paragraph} changed since the redline was planned`);
    }
    p.text = applyEdits(change.before, change.edits);
  }
  const ins = redline.insertion;
  if (ins) {
    const anchor = ins.afterParagraph >= 0 ? snapshot.paragraphs[ins.afterParagraph] : undefined;
    if (ins.afterParagraph >= 0 && (!anchor || textHash(anchor.text) !== ins.textHash)) {
      throw new Error(`paragraph ${ins.afterParagraph} changed since the redline was planned`);
    }
    const style = anchor && anchor.headingLevel === undefined ? anchor.style : undefined;
    const added = ins.paragraphs.map((text) => ({
      index: 0,
      text,
      ...(style !== undefined ? { style } : {}),
    }));
    paragraphs.splice(ins.afterParagraph + 1, 0, ...added);
  }
  paragraphs.forEach((p, i) => (p.index = i));
  return { ...snapshot, paragraphs };
}
