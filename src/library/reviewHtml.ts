/**
 * A review as one self-contained HTML page — the topic checklist (every checked topic with its
 * verdict), then the findings by topic: severity, paragraph, what the review read (the numbers), the
 * quoted clause and the suggested wording; a missing topic shows the clause to add. Inline CSS only:
 * no script, no URL of any kind, a CSP forbidding both; every text from the contract is escaped.
 * Pure string building (no DOM). The labels come from the pane's translator, so the report speaks
 * the pane's language while the contract's own words stay in the contract's language.
 *
 * `reviewTable` is the same review as one table for the clipboard: HTML (Word, Excel and mail keep
 * the table) and tab-separated plain text (anything else).
 */
import type {
  Finding,
  Language,
  ReviewReport,
  Severity,
  TopicResult,
  Verdict,
} from "../engine/types";

/** The UI strings the report uses (keys of src/i18n/strings.ts; the pane's translator is passed in). */
export type ReviewLabelKey =
  | "summary"
  | "noFindings"
  | "suggestion"
  | "missingAdvice"
  | `severity_${Severity}`
  | `verdict_${Verdict}`
  | "shell_report_title"
  | "shell_report_generated"
  | "shell_report_checklist"
  | "shell_report_findings"
  | "shell_report_paragraph"
  | "shell_report_figures"
  | "shell_report_hidden"
  | "shell_col_number"
  | "shell_col_severity"
  | "shell_col_topic"
  | "shell_col_verdict"
  | "shell_col_findings"
  | "shell_col_paragraph"
  | "shell_col_finding"
  | "shell_col_quote";

export type ReviewLabels = (
  key: ReviewLabelKey,
  params?: Record<string, string | number>
) => string;

export type ReviewExportOptions = {
  /** The pane's translator: headings, column names, severities, verdicts. */
  t: ReviewLabels;
  /** The language the labels are in (the page's `lang`). */
  language: Language;
  /** Findings the user dismissed are left out (and counted in a note). */
  isHidden?: (finding: Finding) => boolean;
  /** The time of the export, shown under the title (the caller's clock; no time zone guessing). */
  date?: Date;
};

const LANG_TAG: Record<Language, string> = { zh: "zh-CN", en: "en" };

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text from the contract, safe in element content and in attribute values. (The same as
 * compareHtml's; not imported from there, so the pane does not load the comparison report to export
 * a review.)
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The checked topics, and the findings of each that are not hidden, in the playbook's order. */
function contents(report: ReviewReport, isHidden: (f: Finding) => boolean) {
  const topics = report.topics.filter((topic) => topic.checked);
  const shown = topics.map((topic) => ({
    topic,
    findings: topic.findings.filter((f) => !isHidden(f)),
  }));
  const hidden = topics.reduce((n, topic) => n + topic.findings.filter(isHidden).length, 0);
  return { topics, shown, hidden };
}

/**
 * The figures a finding read from the clause, as written there ("ninety (90) days"). The message
 * already states the numbers in words; these are the clause's own.
 */
export function figuresOf(finding: Finding): string[] {
  return Object.values(finding.values)
    .map((v) => v.text?.trim() ?? "")
    .filter((text) => text !== "");
}

function formatDate(date: Date, language: Language): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return language === "zh" ? `${day} ${time}` : `${day}, ${time}`;
}

export function reviewHtml(report: ReviewReport, options: ReviewExportOptions): string {
  const { t, language } = options;
  const { topics, shown, hidden } = contents(report, options.isHidden ?? (() => false));
  const docLang = LANG_TAG[report.language];
  const e = escapeHtml;
  const count = shown.reduce((n, s) => n + s.findings.length, 0);

  const checklist = [
    "<table>",
    `<thead><tr><th scope="col">${e(t("shell_col_topic"))}</th><th scope="col">${e(
      t("shell_col_verdict")
    )}</th><th scope="col">${e(t("shell_col_severity"))}</th><th scope="col" class="n">${e(
      t("shell_col_findings")
    )}</th></tr></thead>`,
    "<tbody>",
    ...shown.map(
      ({ topic, findings }) =>
        `<tr><td>${e(topic.title[language])}</td><td class="v-${topic.verdict}">${e(
          t(`verdict_${topic.verdict}`)
        )}</td><td>${topic.severity && topic.verdict !== "meets" ? e(t(`severity_${topic.severity}`)) : ""}</td><td class="n">${findings.length}</td></tr>`
    ),
    "</tbody></table>",
  ].join("\n");

  const sections = shown
    .filter(({ topic, findings }) => findings.length > 0 || missingClause(topic))
    .map(({ topic, findings }) =>
      [
        `<section class="topic">`,
        `<h3>${e(topic.title[language])} <span class="verdict v-${topic.verdict}">${e(
          t(`verdict_${topic.verdict}`)
        )}</span></h3>`,
        ...findings.map((f) => findingHtml(f, t, docLang)),
        missingClause(topic)
          ? `<div class="missing"><p class="label">${e(t("missingAdvice"))}</p><p class="clause" lang="${docLang}">${e(
              topic.suggestion!
            )}</p></div>`
          : "",
        `</section>`,
      ]
        .filter(Boolean)
        .join("\n")
    );

  const title = t("shell_report_title");
  const body = [
    `<h1>${e(title)}</h1>`,
    options.date
      ? `<p class="meta">${e(t("shell_report_generated", { date: formatDate(options.date, language) }))}</p>`
      : "",
    `<p class="summary">${e(
      t("summary", { findings: count, topics: topics.length, paragraphs: report.stats.paragraphs })
    )}</p>`,
    `<h2>${e(t("shell_report_checklist"))}</h2>`,
    checklist,
    `<h2>${e(t("shell_report_findings"))}</h2>`,
    sections.length ? sections.join("\n") : `<p>${e(t("noFindings"))}</p>`,
    hidden ? `<p class="note">${e(t("shell_report_hidden", { count: hidden }))}</p>` : "",
  ].filter(Boolean);

  return `<!DOCTYPE html>
<html lang="${LANG_TAG[language]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function missingClause(topic: TopicResult): boolean {
  return topic.verdict === "missing" && topic.suggestion !== null && topic.suggestion !== "";
}

function findingHtml(f: Finding, t: ReviewLabels, docLang: string): string {
  const e = escapeHtml;
  const figures = figuresOf(f);
  return [
    `<article class="finding ${f.severity}">`,
    `<p class="head"><span class="sev ${f.severity}">${e(t(`severity_${f.severity}`))}</span> ${e(
      t("shell_report_paragraph", { n: f.anchor.paragraph + 1 })
    )}</p>`,
    `<p class="message" lang="${docLang}">${e(f.message)}</p>`,
    figures.length
      ? `<p class="figures">${e(t("shell_report_figures"))} <span lang="${docLang}">${e(
          figures.join(" · ")
        )}</span></p>`
      : "",
    `<blockquote lang="${docLang}">${e(f.anchor.quote)}</blockquote>`,
    f.suggestion
      ? `<p class="label">${e(t("suggestion"))}</p><p class="clause" lang="${docLang}">${e(
          f.suggestion
        )}</p>`
      : "",
    `</article>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** One cell of tab-separated text: tabs and line breaks would split it, so they become spaces. */
function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

/**
 * The findings as one table, for "Copy as table": number, severity, topic, paragraph, finding, the
 * clause quoted, the suggested wording. HTML with inline borders (what Word and Excel paste as a
 * table) and the same rows tab-separated.
 */
export function reviewTable(
  report: ReviewReport,
  options: ReviewExportOptions
): { html: string; text: string } {
  const { t, language } = options;
  const { shown } = contents(report, options.isHidden ?? (() => false));
  const header = [
    t("shell_col_number"),
    t("shell_col_severity"),
    t("shell_col_topic"),
    t("shell_col_paragraph"),
    t("shell_col_finding"),
    t("shell_col_quote"),
    t("suggestion"),
  ];
  const rows: string[][] = [];
  for (const { topic, findings } of shown)
    for (const f of findings)
      rows.push([
        String(rows.length + 1),
        t(`severity_${f.severity}`),
        topic.title[language],
        String(f.anchor.paragraph + 1),
        f.message,
        f.anchor.quote,
        f.suggestion ?? "",
      ]);
  const e = escapeHtml;
  const cell = 'style="border:1px solid #999;padding:4px;vertical-align:top"';
  const html = [
    `<table style="border-collapse:collapse">`,
    `<thead><tr>${header.map((h) => `<th ${cell}>${e(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>`,
    ...rows.map((r) => `<tr>${r.map((c) => `<td ${cell}>${e(c)}</td>`).join("")}</tr>`),
    `</tbody></table>`,
  ].join("");
  const text = [header, ...rows].map((r) => r.map(tsvCell).join("\t")).join("\n") + "\n";
  return { html, text };
}

const CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.meta, .summary, .note { color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td.n, th.n { text-align: right; width: 6rem; }
.v-deviates { color: #a4262c; font-weight: 600; }
.v-missing { color: #8a4b00; font-weight: 600; }
.v-meets { color: #0b6a0b; }
.verdict { font-size: 0.85em; font-weight: normal; margin-left: 0.5rem; }
article.finding { border-left: 4px solid #bbb; padding: 0.25rem 0 0.25rem 0.75rem; margin: 0.75rem 0; }
article.high { border-left-color: #c50f1f; }
article.medium { border-left-color: #c19c00; }
article.low { border-left-color: #038387; }
.head { margin: 0; color: #555; font-size: 0.9em; }
.sev { font-weight: 700; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3rem; margin-right: 0.4rem; }
.sev.high { color: #a4262c; } .sev.medium { color: #7a6400; } .sev.low { color: #026266; }
.message { margin: 0.25rem 0; }
.figures { margin: 0.25rem 0; color: #444; font-size: 0.9em; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid #ddd; color: #333; background: #fafafa; white-space: pre-wrap; }
.label { margin: 0.5rem 0 0; font-weight: 600; font-size: 0.9em; }
.clause { margin: 0.25rem 0; white-space: pre-wrap; }
.missing { border-left: 4px solid #8a4b00; padding-left: 0.75rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  tr, article.finding { break-inside: avoid; }
  thead { display: table-header-group; }
  .sev, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
