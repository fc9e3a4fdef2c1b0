/**
 * The comparison for a terminal: a summary line of counts, what got worse for the customer (worst
 * first), what got better, then the clauses that changed with a compact inline redline — deletions
 * as [-…-], insertions as {+…+}, long unchanged stretches shortened to "…".
 */
import type { Alignment, Comparison, TopicDelta } from "../../engine/compare/types";
import type { DiffOp } from "../../engine/diff/wordDiff";
import {
  alignmentKind,
  alignmentLabel,
  COMPARE_LABELS,
  compareSections,
  compareSummary,
  describeChanges,
  emptySides,
  excerpt,
  readableDiff,
  standing,
  topicClauses,
  unmatchedNotes,
  type CompareReportOptions,
} from "../../library/compareHtml";

/** Unchanged characters kept on each side of a change; a longer stretch is shortened. */
const CONTEXT = 40;
/** A moved clause is shown by its opening words only. */
const EXCERPT = 120;

export function compareText(comparison: Comparison, options: CompareReportOptions): string {
  const { language, standard = false } = options;
  const l = COMPARE_LABELS[language];
  const sections = compareSections(comparison, standard);
  const lines = [
    l.title(options.old, options.new),
    compareSummary(comparison, language),
    ...emptySides(comparison, options),
  ];

  const topics = (heading: string, list: TopicDelta[], none: string) => {
    lines.push("", heading);
    if (!list.length) lines.push(`  ${none}`);
    list.forEach((t, i) => {
      const where = topicClauses(t, comparison, language, standard);
      lines.push(
        `  ${i + 1}. ${t.title[language]}${l.colon}` +
          `${standing(t.old, language)} → ${standing(t.new, language)}` +
          (where ? ` · ${l.at(where)}` : "")
      );
      for (const change of describeChanges(t, language)) lines.push(`     ${change}`);
    });
  };
  topics(l.worse, sections.worse, l.noWorse);
  topics(l.better, sections.better, l.noBetter);

  lines.push("", l.clauses);
  if (!sections.changed.length) lines.push(`  ${l.noClauses}`);
  for (const a of sections.changed) {
    lines.push(`  ${alignmentLabel(a, language, standard)}  ${alignmentKind(a, language)}`);
    lines.push(indent(redline(a), "    "));
  }
  for (const note of unmatchedNotes(sections, options)) lines.push(`  ${note}`);
  if (sections.renumbered.length)
    lines.push(
      "",
      l.renumberedOnly +
        l.colon +
        sections.renumbered.map((a) => alignmentLabel(a, language)).join(l.comma)
    );
  return lines.join("\n") + "\n";
}

/** The clause's words with [-deleted-] and {+inserted+} text. */
export function redline(alignment: Alignment): string {
  const oldText = alignment.old.map((c) => c.text).join("\n");
  const newText = alignment.new.map((c) => c.text).join("\n");
  switch (alignment.kind) {
    case "added":
      return `{+${newText}+}`;
    case "removed":
      return `[-${oldText}-]`;
    case "same":
    case "moved":
      return excerpt(newText, EXCERPT);
    default:
      return alignment.diff.length ? compactDiff(alignment.diff) : `[-${oldText}-]{+${newText}+}`;
  }
}

function compactDiff(diff: DiffOp[]): string {
  const ops = readableDiff(diff);
  return ops
    .map((op, i) =>
      op.kind === "delete"
        ? `[-${op.text}-]`
        : op.kind === "insert"
          ? `{+${op.text}+}`
          : shorten(op.text, i > 0, i < ops.length - 1)
    )
    .join("");
}

/** An unchanged stretch: its ends next to a change (`before`: a change precedes it; `after`: one follows). */
function shorten(text: string, before: boolean, after: boolean): string {
  const chars = Array.from(text);
  const keep = (before ? CONTEXT : 0) + (after ? CONTEXT : 0);
  if (chars.length <= keep + 10) return text;
  let head = before ? chars.slice(0, CONTEXT).join("") : "";
  let tail = after ? chars.slice(chars.length - CONTEXT).join("") : "";
  // Cut between words where there are spaces (English), anywhere in Chinese.
  const lastSpace = head.lastIndexOf(" ");
  if (lastSpace > CONTEXT / 2) head = head.slice(0, lastSpace + 1);
  const firstSpace = tail.indexOf(" ");
  if (firstSpace >= 0 && firstSpace < CONTEXT / 2) tail = tail.slice(firstSpace);
  return `${head}…${tail}`;
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((line) => by + line)
    .join("\n");
