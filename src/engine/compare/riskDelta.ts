/**
 * Per playbook topic: did the customer's position get worse from one draft to the other? From the two
 * reviews (verdict, severity, finding reasons), the values each draft states (statedValues.ts) and
 * the alignment (which of the topic's clauses were removed or added).
 */
import { NUMERIC_POSITIONS, type NumericPosition } from "../redline/positions";
import type { PlaybookTopic, ReadValue, Severity, TopicResult, Verdict } from "../types";
import { topicAlignments, type Draft } from "./draft";
import { mergedValues, statedValues } from "./statedValues";
import type { Alignment, TopicDelta } from "./types";

type Change = TopicDelta["changes"][number];

export type DeltaOptions = {
  /**
   * Against the standard wording every clause of the document is "added" and every standard clause
   * "removed": only a topic the document lacks (or the standard lacks) says clause-removed/-added.
   */
  standard?: boolean;
};

const VERDICT_RANK: Record<Verdict, number> = { meets: 0, "not-found": 0, deviates: 1, missing: 2 };
const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
/** Longer values are quotes ("commercially reasonable efforts …"), not facts to set side by side. */
const MAX_VALUE_LENGTH = 100;

const severityRank = (s: Severity | null) => (s ? SEVERITY_RANK[s] : 0);
const absent = (v: Verdict) => v === "missing" || v === "not-found";

export function topicDelta(
  topic: PlaybookTopic,
  before: { draft: Draft; result: TopicResult },
  after: { draft: Draft; result: TopicResult },
  alignments: readonly Alignment[],
  options: DeltaOptions = {}
): TopicDelta {
  const was = before.result;
  const is = after.result;
  const oldValues = valuesOf(before.draft, topic, was);
  const newValues = valuesOf(after.draft, topic, is);
  const oldAt = topicAlignments(before.draft, was);
  const newAt = topicAlignments(after.draft, is);
  const changes: Change[] = [];
  const signals = { worse: false, better: false, worseMove: 0, betterMove: 0 };

  // Clauses taken out or put in: all of the topic's clauses (one of several is often a passing
  // mention — "期满" in an exit clause speaks to the term), or the topic gone / come.
  const removed = [...oldAt].filter((a) => alignments[a].kind === "removed").length;
  const added = [...newAt].filter((a) => alignments[a].kind === "added").length;
  const allRemoved = !options.standard && removed > 0 && removed === oldAt.size;
  const allAdded = !options.standard && added > 0 && added === newAt.size;
  if (allRemoved || (absent(is.verdict) && !absent(was.verdict))) {
    changes.push({ code: "clause-removed", params: { clauses: removed } });
  }
  if (allAdded || (absent(was.verdict) && !absent(is.verdict))) {
    changes.push({ code: "clause-added", params: { clauses: added } });
  }

  // Numbers that moved, the wrong way first and the furthest first.
  const numbers: { change: Change; move: number; worse: boolean }[] = [];
  for (const key of Object.keys(NUMERIC_POSITIONS)) {
    const a = oldValues[key]?.value;
    const b = newValues[key]?.value;
    if (typeof a !== "number" || typeof b !== "number") continue;
    if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) continue;
    const spec = NUMERIC_POSITIONS[key];
    const worse = spec.bound === "max" ? b > a : b < a;
    const move = movement(spec, a, b);
    const unit = newValues[key].unit ?? oldValues[key].unit ?? spec.valueUnit;
    const code = worse ? "number-worse" : "number-better";
    numbers.push({ change: { code, params: { key, old: a, new: b, unit } }, move, worse });
    if (worse) signals.worseMove = Math.max(signals.worseMove, move);
    else signals.betterMove = Math.max(signals.betterMove, move);
    signals.worse ||= worse;
    signals.better ||= !worse;
  }
  numbers.sort((x, y) => Number(y.worse) - Number(x.worse) || y.move - x.move);
  changes.push(...numbers.map((n) => n.change));

  // Other facts (governing law, forum, user cap …), where a finding on either side makes them
  // matter: between two compliant drafts "PRC" against "People's Republic of China" is wording.
  const keys = new Set([...Object.keys(oldValues), ...Object.keys(newValues)]);
  const flagged = was.findings.length + is.findings.length > 0;
  for (const key of flagged ? keys : []) {
    if (NUMERIC_POSITIONS[key]) continue;
    const a = shown(oldValues[key]);
    const b = shown(newValues[key]);
    if (a === undefined || b === undefined || a === b) continue;
    if (String(a).length > MAX_VALUE_LENGTH || String(b).length > MAX_VALUE_LENGTH) continue;
    changes.push({ code: "value-changed", params: { key, old: a, new: b } });
  }

  // Finding reasons that appeared or went away. A clause put in where there was none brings its
  // risks as news, not as a change for the worse; a clause taken out resolves nothing.
  const oldCodes = new Set(was.findings.map((f) => f.reason.code));
  const newCodes = new Set(is.findings.map((f) => f.reason.code));
  const risk = (code: string, f: TopicResult["findings"][number]): Change => ({
    code,
    params: { ...f.reason.params, reason: f.reason.code },
  });
  const told = new Set<string>(); // one change per reason code
  for (const f of is.findings) {
    if (oldCodes.has(f.reason.code) || told.has(f.reason.code)) continue;
    told.add(f.reason.code);
    changes.push(risk("new-risk", f));
    if (!absent(was.verdict)) signals.worse = true;
  }
  for (const f of absent(is.verdict) ? [] : was.findings) {
    if (newCodes.has(f.reason.code) || told.has(f.reason.code)) continue;
    told.add(f.reason.code);
    changes.push(risk("risk-resolved", f));
    signals.better = true;
  }

  if (was.verdict !== is.verdict) {
    changes.push({ code: "verdict-changed", params: { old: was.verdict, new: is.verdict } });
  }

  const verdictMove = VERDICT_RANK[is.verdict] - VERDICT_RANK[was.verdict];
  const severityMove = severityRank(is.severity) - severityRank(was.severity);
  let direction: TopicDelta["direction"];
  if (absent(was.verdict) || absent(is.verdict)) {
    // Present against absent: the verdicts alone say which is worse.
    direction = verdictMove > 0 ? "worse" : verdictMove < 0 ? "better" : "same";
  } else {
    const worse = signals.worse || verdictMove > 0 || severityMove > 0;
    const better = signals.better || verdictMove < 0 || severityMove < 0;
    direction = worse ? "worse" : better ? "better" : "same";
  }

  return {
    topic: topic.id,
    title: topic.title,
    old: { verdict: was.verdict, severity: was.severity, values: oldValues },
    new: { verdict: is.verdict, severity: is.severity, values: newValues },
    direction,
    changes,
    rank: rankOf(
      direction,
      was,
      is,
      direction === "worse" ? signals.worseMove : signals.betterMove
    ),
    alignments: where([...oldAt, ...newAt], alignments),
  };
}

/**
 * Worse first — the new state's severity (a missing clause above a deviating one), then how far a
 * number moved; then better — by the severity resolved; then the rest by the risk that remains.
 */
function rankOf(
  direction: TopicDelta["direction"],
  was: TopicResult,
  is: TopicResult,
  move: number
): number {
  const moved = Math.min(49, 10 * move);
  if (direction === "worse") {
    return 1000 + 100 * severityRank(is.severity) + (is.verdict === "missing" ? 50 : 0) + moved;
  }
  if (direction === "better") return 500 + 100 * severityRank(was.severity) + moved;
  return 10 * severityRank(is.severity);
}

/**
 * How far a number moved, on a log scale so that 1 h → 48 h outranks 30 → 90 days. A floor on a
 * percentage near 100 (availability) moves by what it leaves out: 99.9 → 99.5 % is five times the
 * downtime, not 0.4 % less uptime.
 */
function movement(spec: NumericPosition, a: number, b: number): number {
  const scale = (x: number) =>
    Math.max(0.01, Math.abs(spec.valueUnit === "percent" && spec.bound === "min" ? 100 - x : x));
  return Math.abs(Math.log(scale(b) / scale(a)));
}

/** The topic's values: what its findings read, and what its clauses state besides. */
function valuesOf(draft: Draft, topic: PlaybookTopic, result: TopicResult) {
  const values = mergedValues(result.findings);
  if (absent(result.verdict)) return values;
  for (const [key, read] of Object.entries(statedValues(draft, topic, result))) {
    values[key] ??= read;
  }
  return values;
}

function shown(read: ReadValue | undefined): string | number | undefined {
  if (read === undefined) return undefined;
  return typeof read.value === "boolean" ? String(read.value) : read.value;
}

/** The alignments to show for a topic: where something happened, else all that hold it. */
function where(indices: number[], alignments: readonly Alignment[]): number[] {
  const all = [...new Set(indices)].sort((a, b) => a - b);
  const changed = all.filter((a) => alignments[a].kind !== "same");
  return changed.length > 0 ? changed : all;
}
