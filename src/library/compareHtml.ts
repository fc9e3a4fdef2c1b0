/**
 * A comparison of two drafts as one self-contained HTML page — what got worse for the customer,
 * what got better (tables: topic · old · new · change · clauses), then the clauses that changed with
 * their redline as <del>/<ins>. Inline CSS only: no script, no external resource, a CSP forbidding
 * both; every document text is escaped. Pure string building (no DOM): the CLI writes it to a file
 * and the pane's "Export as HTML" offers the same page. The labels and summary are shared with the
 * CLI's text report.
 */
import type { Alignment, ClauseSide, Comparison, TopicDelta } from "../engine/compare/types";
import type { DiffOp } from "../engine/diff/wordDiff";
import type { Language, Severity, Verdict } from "../engine/types";
import { describeChange } from "./compareWording";

/** What a report needs besides the comparison: its language and the names of the two sides. */
export type CompareReportOptions = {
  language: Language;
  /** The old side as shown: a file name, or the standard wording's label. */
  old: string;
  new: string;
  /**
   * The old side is our standard wording: its clauses are labelled "standard", and clauses only on one
   * side (most of them, against the standard) are counted rather than listed.
   */
  standard?: boolean;
};

type Labels = {
  title: (old: string, now: string) => string;
  /** The side a document is compared with under --standard / the pane's "compare with standard". */
  standard: string;
  /** The open document, in the pane's export. */
  thisDraft: string;
  /** A clause of the standard wording. */
  standardClause: string;
  /** The risk tables' old / new columns against the standard wording. */
  standardColumns: [string, string];
  /** "12 clauses only in new.docx (no counterpart in our standard wording)." */
  onlyIn: (count: number, only: string, other: string) => string;
  worse: string;
  better: string;
  clauses: string;
  noWorse: string;
  noBetter: string;
  noClauses: string;
  renumberedOnly: string;
  topic: string;
  old: string;
  new: string;
  change: string;
  clauseColumn: string;
  topics: string;
  /** ": " or "：". */
  colon: string;
  /** ", " or "、" between the items of a list. */
  comma: string;
  /** Where a topic's change happened: "clause 5.2 → 6.1". */
  at: (clauses: string) => string;
  unnumbered: (paragraph: number) => string;
  noText: (name: string) => string;
  summary: (counts: SummaryCounts) => string;
  kinds: Record<Alignment["kind"], string>;
  renumbered: string;
  verdicts: Record<Verdict, string>;
  severities: Record<Severity, string>;
  standing: (verdict: string, severity: string | undefined) => string;
};

type SummaryCounts = Comparison["stats"] & { worse: number; better: number };

const STAT_KEYS = [
  "changed",
  "added",
  "removed",
  "moved",
  "split",
  "merged",
  "renumbered",
  "same",
] as const;

export const COMPARE_LABELS: Record<Language, Labels> = {
  en: {
    title: (old, now) => `Comparison: ${old} → ${now}`,
    standard: "our standard wording",
    thisDraft: "this draft",
    standardClause: "standard",
    standardColumns: ["Standard", "Document"],
    onlyIn: (n, only, other) =>
      `${n} ${n === 1 ? "clause" : "clauses"} only in ${only} (no counterpart in ${other}).`,
    worse: "What got worse for the customer",
    better: "What got better for the customer",
    clauses: "Clauses that changed",
    noWorse: "Nothing got worse.",
    noBetter: "Nothing got better.",
    noClauses: "No clause changed.",
    renumberedOnly: "Only renumbered",
    topic: "Topic",
    old: "Old",
    new: "New",
    change: "Change",
    clauseColumn: "Clauses",
    topics: "Topics",
    colon: ": ",
    comma: ", ",
    at: (clauses) => `clause ${clauses}`,
    unnumbered: (paragraph) => `¶${paragraph}`,
    noText: (name) => `${name} has no text.`,
    summary: (c) => {
      const clauses = STAT_KEYS.filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
      return (
        `${c.worse} worse, ${c.better} better for the customer · clauses: ` +
        (clauses.length ? clauses.join(", ") : "none")
      );
    },
    kinds: {
      same: "same",
      moved: "moved",
      changed: "changed",
      added: "added",
      removed: "removed",
      split: "split",
      merged: "merged",
    },
    renumbered: "renumbered",
    verdicts: {
      meets: "meets",
      deviates: "deviates",
      missing: "missing",
      "not-found": "not checked",
    },
    severities: { high: "high", medium: "medium", low: "low" },
    standing: (verdict, severity) => (severity ? `${verdict} (${severity})` : verdict),
  },
  zh: {
    title: (old, now) => `文本比对：${old} → ${now}`,
    standard: "我方标准条款",
    thisDraft: "本稿",
    standardClause: "标准条款",
    standardColumns: ["标准条款", "本文件"],
    onlyIn: (n, only, other) => `${only} 中有 ${n} 条条款在 ${other} 中没有对应。`,
    worse: "对客户不利的变化",
    better: "对客户有利的变化",
    clauses: "有变化的条款",
    noWorse: "没有对客户不利的变化。",
    noBetter: "没有对客户有利的变化。",
    noClauses: "没有条款变化。",
    renumberedOnly: "仅编号变化",
    topic: "主题",
    old: "原稿",
    new: "新稿",
    change: "变化",
    clauseColumn: "条款",
    topics: "主题",
    colon: "：",
    comma: "、",
    at: (clauses) => `条款 ${clauses}`,
    unnumbered: (paragraph) => `第${paragraph}段`,
    noText: (name) => `${name} 没有文字。`,
    summary: (c) => {
      const names: Record<(typeof STAT_KEYS)[number], string> = {
        changed: "修改",
        added: "新增",
        removed: "删除",
        moved: "移动",
        split: "拆分",
        merged: "合并",
        renumbered: "重新编号",
        same: "未变",
      };
      const clauses = STAT_KEYS.filter((k) => c[k] > 0).map((k) => `${names[k]} ${c[k]}`);
      return (
        `对客户不利 ${c.worse} 项，有利 ${c.better} 项 · 条款：` +
        (clauses.length ? clauses.join("，") : "无")
      );
    },
    kinds: {
      same: "未变",
      moved: "移动",
      changed: "修改",
      added: "新增",
      removed: "删除",
      split: "拆分",
      merged: "合并",
    },
    renumbered: "重新编号",
    verdicts: { meets: "符合", deviates: "偏离", missing: "缺失", "not-found": "未检查" },
    severities: { high: "高", medium: "中", low: "低" },
    standing: (verdict, severity) => (severity ? `${verdict}（${severity}）` : verdict),
  },
};

/** The report's sections, shared by every format: the same selection and order everywhere. */
export function compareSections(comparison: Comparison, standard = false) {
  const byRank = (a: TopicDelta, b: TopicDelta) => b.rank - a.rank;
  // Against the standard wording most clauses have no counterpart: counted, not listed.
  const unmatched = (a: Alignment) => standard && (a.kind === "added" || a.kind === "removed");
  return {
    worse: comparison.topics.filter((t) => t.direction === "worse").sort(byRank),
    better: comparison.topics.filter((t) => t.direction === "better").sort(byRank),
    /** Aligned clauses whose words or place changed, in document order. */
    changed: comparison.alignments.filter((a) => a.kind !== "same" && !unmatched(a)),
    /** Same words, only a new number ("5.2 → 6.2"). */
    renumbered: comparison.alignments.filter((a) => a.kind === "same" && a.renumbered),
    /** With `standard`: the old / new side's clauses without a counterpart. */
    onlyOld: comparison.alignments.filter((a) => unmatched(a) && a.kind === "removed"),
    onlyNew: comparison.alignments.filter((a) => unmatched(a) && a.kind === "added"),
  };
}

/** One line of counts: "2 worse, 1 better for the customer · clauses: 3 changed, 1 added, …". */
export function compareSummary(comparison: Comparison, language: Language): string {
  const { worse, better } = compareSections(comparison);
  return COMPARE_LABELS[language].summary({
    ...comparison.stats,
    worse: worse.length,
    better: better.length,
  });
}

/** A clause as a reader finds it: its number ("5.2"), a heading's words, else its paragraph ("¶12"). */
export function clauseLabel(side: ClauseSide, language: Language): string {
  if (side.number) return side.number.replace(/[.．]$/, "");
  if (side.clauseKind === "heading" && side.text.trim()) return excerpt(side.text.trim(), 30);
  const paragraph = side.paragraphs[0] ?? side.clause;
  return COMPARE_LABELS[language].unnumbered(paragraph + 1);
}

/** "5.2 → 6.1", "— → 7", "3, 4 → 3": the clauses of an alignment, old → new. */
export function alignmentLabel(alignment: Alignment, language: Language, standard = false): string {
  const side = (clauses: ClauseSide[]) =>
    clauses.length
      ? clauses.map((c) => clauseLabel(c, language)).join(COMPARE_LABELS[language].comma)
      : "—";
  const old =
    standard && alignment.old.length
      ? COMPARE_LABELS[language].standardClause
      : side(alignment.old);
  return `${old} → ${side(alignment.new)}`;
}

/**
 * The clauses a topic's change happened in ("5.2 → 6.1; — → 9"), or "". Against the standard
 * wording, only the document's clauses ("6.1, 9").
 */
export function topicClauses(
  topic: TopicDelta,
  comparison: Comparison,
  language: Language,
  standard = false
): string {
  const alignments = topic.alignments
    .map((i) => comparison.alignments[i])
    .filter((a) => a !== undefined);
  const labels = standard
    ? alignments.flatMap((a) => a.new.map((c) => clauseLabel(c, language)))
    : alignments.map((a) => alignmentLabel(a, language));
  const l = COMPARE_LABELS[language];
  return [...new Set(labels)].join(standard ? l.comma : language === "zh" ? "；" : "; ");
}

/**
 * The word diff as a reader takes it in: a change interrupted only by spaces or by a word shorter
 * than the changes around it becomes one deletion and one insertion ("[-This Agreement expires-]{+The
 * Initial Term ends+}", not word by word) — the semantic clean-up of diff-match-patch, simplified.
 */
export function readableDiff(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    // A run that is only the folded spaces on one side is no change to show.
    if (deleted.trim()) out.push({ kind: "delete", text: deleted });
    if (inserted.trim()) out.push({ kind: "insert", text: inserted });
    deleted = inserted = "";
  };
  /** Characters changed from ops[i] on, up to the next unchanged stretch. */
  const changedFrom = (i: number) => {
    let n = 0;
    for (; i < ops.length && ops[i].kind !== "equal"; i++) n += ops[i].text.length;
    return n;
  };
  ops.forEach((op, i) => {
    if (op.kind === "delete") deleted += op.text;
    else if (op.kind === "insert") inserted += op.text;
    else if (
      (deleted || inserted) &&
      (/^\s+$/.test(op.text) ||
        op.text.length <= Math.min(deleted.length + inserted.length, changedFrom(i + 1)))
    ) {
      deleted += op.text;
      inserted += op.text;
    } else {
      flush();
      out.push(op);
    }
  });
  flush();
  return out;
}

/** At most `max` characters, "…" when cut. */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join("")}…`;
}

/** Each change of a topic in words, in the report's language. */
export function describeChanges(topic: TopicDelta, language: Language): string[] {
  return topic.changes.map((c) => describeChange(c, language, topic.title[language]));
}

/** A topic's standing in one draft: "deviates (high)". */
export function standing(side: TopicDelta["old"], language: Language): string {
  const l = COMPARE_LABELS[language];
  return l.standing(
    l.verdicts[side.verdict],
    side.severity ? l.severities[side.severity] : undefined
  );
}

/** The kind of an alignment in words: "changed · moved · renumbered". */
export function alignmentKind(alignment: Alignment, language: Language): string {
  const l = COMPARE_LABELS[language];
  const parts = alignment.kind === "same" ? [] : [l.kinds[alignment.kind]];
  if (alignment.moved && alignment.kind !== "moved") parts.push(l.kinds.moved);
  if (alignment.renumbered) parts.push(l.renumbered);
  return parts.length ? parts.join(" · ") : l.kinds.same;
}

/** Text from the contract, safe in element content and in attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function compareHtml(comparison: Comparison, options: CompareReportOptions): string {
  const { language } = options;
  const l = COMPARE_LABELS[language];
  const { standard = false } = options;
  const sections = compareSections(comparison, standard);
  const title = l.title(options.old, options.new);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${escapeHtml(compareSummary(comparison, language))}</p>`,
    ...emptySides(comparison, options).map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    `<h2>${escapeHtml(l.worse)}</h2>`,
    topicTable(sections.worse, comparison, options, l.noWorse),
    `<h2>${escapeHtml(l.better)}</h2>`,
    topicTable(sections.better, comparison, options, l.noBetter),
    `<h2>${escapeHtml(l.clauses)}</h2>`,
    sections.changed.length
      ? sections.changed.map((a) => clauseSection(a, comparison, options)).join("\n")
      : `<p>${escapeHtml(l.noClauses)}</p>`,
    ...unmatchedNotes(sections, options).map((n) => `<p class="unmatched">${escapeHtml(n)}</p>`),
    sections.renumbered.length
      ? `<p class="renumbered"><strong>${escapeHtml(l.renumberedOnly + l.colon)}</strong>${escapeHtml(
          sections.renumbered.map((a) => alignmentLabel(a, language)).join(l.comma)
        )}</p>`
      : "",
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${language === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

/**
 * The pane's "Export as HTML": the open document ("this draft") against another draft (its file
 * name), or against our standard wording when `against` is null.
 */
export function comparisonHtml(
  comparison: Comparison,
  language: Language,
  against: string | null
): string {
  const l = COMPARE_LABELS[language];
  return compareHtml(comparison, {
    language,
    old: against ?? l.standard,
    new: l.thisDraft,
    standard: against === null,
  });
}

/** With `standard`: how many clauses of each side have no counterpart, as sentences. */
export function unmatchedNotes(
  sections: ReturnType<typeof compareSections>,
  options: CompareReportOptions
): string[] {
  const l = COMPARE_LABELS[options.language];
  return [
    sections.onlyNew.length ? l.onlyIn(sections.onlyNew.length, options.new, options.old) : "",
    sections.onlyOld.length ? l.onlyIn(sections.onlyOld.length, options.old, options.new) : "",
  ].filter(Boolean);
}

/** "old.docx has no text." for a side without clauses: everything is then added or removed. */
export function emptySides(comparison: Comparison, options: CompareReportOptions): string[] {
  const l = COMPARE_LABELS[options.language];
  const has = (side: "old" | "new") => comparison.alignments.some((a) => a[side].length > 0);
  return (["old", "new"] as const).filter((s) => !has(s)).map((s) => l.noText(options[s]));
}

function topicTable(
  topics: TopicDelta[],
  comparison: Comparison,
  { language, standard }: CompareReportOptions,
  none: string
): string {
  const l = COMPARE_LABELS[language];
  if (!topics.length) return `<p>${escapeHtml(none)}</p>`;
  const [old, now] = standard ? l.standardColumns : [l.old, l.new];
  const head = [l.topic, old, now, l.change, l.clauseColumn]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join("");
  const rows = topics.map((t) => {
    const changes = describeChanges(t, language)
      .map((c) => `<li>${escapeHtml(c)}</li>`)
      .join("");
    return (
      `<tr><th scope="row">${escapeHtml(t.title[language])}</th>` +
      `<td>${escapeHtml(standing(t.old, language))}</td>` +
      `<td>${escapeHtml(standing(t.new, language))}</td>` +
      `<td>${changes ? `<ul>${changes}</ul>` : ""}</td>` +
      `<td>${escapeHtml(topicClauses(t, comparison, language, standard))}</td></tr>`
    );
  });
  const cols =
    '<colgroup><col class="c-topic"><col class="c-old"><col class="c-new"><col class="c-change"><col class="c-clauses"></colgroup>';
  return `<table>\n${cols}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function clauseSection(
  alignment: Alignment,
  comparison: Comparison,
  { language, standard }: CompareReportOptions
): string {
  const l = COMPARE_LABELS[language];
  const titles = new Map(comparison.topics.map((t) => [t.topic, t.title[language]]));
  const topics = alignment.topics.map((t) => titles.get(t) ?? t);
  const textLang = comparison.language[alignment.new.length ? "new" : "old"];
  return [
    `<section class="clause ${alignment.kind}">`,
    `<h3>${escapeHtml(alignmentLabel(alignment, language, standard))} <span class="kind">${escapeHtml(
      alignmentKind(alignment, language)
    )}</span></h3>`,
    topics.length
      ? `<p class="topics">${escapeHtml(l.topics + l.colon + topics.join(l.comma))}</p>`
      : "",
    `<p class="redline" lang="${textLang === "zh" ? "zh-CN" : "en"}">${redline(alignment)}</p>`,
    `</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** The clause's words with deletions as <del> and insertions as <ins> (escaped). */
function redline(alignment: Alignment): string {
  const oldText = alignment.old.map((c) => c.text).join("\n");
  const newText = alignment.new.map((c) => c.text).join("\n");
  switch (alignment.kind) {
    case "added":
      return `<ins>${escapeHtml(newText)}</ins>`;
    case "removed":
      return `<del>${escapeHtml(oldText)}</del>`;
    case "same":
    case "moved":
      return escapeHtml(newText);
    default: {
      if (!alignment.diff.length)
        return `<del>${escapeHtml(oldText)}</del><ins>${escapeHtml(newText)}</ins>`;
      return readableDiff(alignment.diff)
        .map((op) =>
          op.kind === "equal"
            ? escapeHtml(op.text)
            : op.kind === "delete"
              ? `<del>${escapeHtml(op.text)}</del>`
              : `<ins>${escapeHtml(op.text)}</ins>`
        )
        .join("");
    }
  }
}

const CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1rem; margin: 0 0 0.25rem; }
.summary { color: #444; }
.note { color: #8a4b00; }
.unmatched { color: #444; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.c-topic { width: 22%; } .c-old, .c-new { width: 14%; } .c-change { width: 36%; } .c-clauses { width: 14%; }
th, td { border: 1px solid #bbb; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td ul { margin: 0; padding-left: 1.1rem; }
section.clause { border-left: 3px solid #bbb; padding: 0.25rem 0 0.25rem 0.75rem; margin: 1rem 0; }
section.added { border-left-color: #2e7d32; }
section.removed { border-left-color: #c62828; }
.kind { font-weight: normal; color: #555; font-size: 0.9em; }
.topics { color: #555; font-size: 0.9em; margin: 0 0 0.25rem; }
.redline { white-space: pre-wrap; margin: 0; }
del { color: #a40000; background: #fde7e7; text-decoration: line-through; }
ins { color: #1b5e20; background: #e3f4e4; text-decoration: underline; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, section.clause { break-inside: avoid; }
  thead { display: table-header-group; }
  del, ins, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
