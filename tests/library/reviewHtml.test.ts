/** The review exported: a self-contained HTML page, and a table for the clipboard. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { review } from "../../src/engine/review";
import { translator } from "../../src/i18n";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { figuresOf, reviewHtml, reviewTable } from "../../src/library/reviewHtml";
import { findingsOf } from "../../src/state";
import { reviewLines } from "../engine/reviewHelpers";

const en = translator("en-US");
const zh = translator("zh-CN");

const sample = review(
  readDraft(readFileSync("src/workbench/samples/vendor-crm-en.draft.md", "utf8")),
  defaultPlaybook,
  libraryWording
);

describe("reviewHtml", () => {
  const html = reviewHtml(sample, { t: en, language: "en", date: new Date(2026, 0, 5, 9, 30) });

  it("is one page with no script, no URL and a CSP that forbids both", () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    );
    expect(html).not.toMatch(/<script|javascript:|https?:|url\(|<link|<img|<iframe|src=|href=/i);
    expect(html).toContain('<html lang="en">');
  });

  it("has the checklist of every checked topic with its verdict", () => {
    const checked = sample.topics.filter((t) => t.checked);
    const checklist = html.slice(
      html.indexOf("Topic checklist"),
      html.indexOf("Findings by topic")
    );
    expect((checklist.match(/<tr>/g) ?? []).length).toBe(checked.length + 1);
    expect(checklist).toContain(
      '<td>Term and automatic renewal</td><td class="v-deviates">Deviates</td><td>High</td>'
    );
  });

  it("lists the findings by topic with severity, paragraph, numbers, quote and suggestion", () => {
    const renewal = sample.topics.find((t) => t.topic === "term-renewal")!;
    const finding = renewal.findings[0];
    const section = html.slice(html.indexOf("<h3>Term and automatic renewal"));
    expect(section).toContain(
      `<span class="sev high">High</span> Paragraph ${finding.anchor.paragraph + 1}`
    );
    expect(section).toContain("cancellation notice: 90 days; playbook: at most 30 days");
    expect(section).toContain('Read in the clause: <span lang="en">ninety (90) days');
    expect(section).toContain(`<blockquote lang="en">`);
    expect(section).toContain('<p class="label">Suggested wording</p>');
    expect(figuresOf(finding)).toContain("ninety (90) days");
    expect(html).toContain("Made on 2026-01-05, 09:30");
    // Every finding is in the page.
    expect((html.match(/<article class="finding/g) ?? []).length).toBe(findingsOf(sample).length);
  });

  it("escapes every text taken from the contract", () => {
    const report = reviewLines(
      '20.1 This Agreement is governed by the laws of the State of California <script>alert("x")</script> & more.'
    );
    const page = reviewHtml(report, { t: en, language: "en" });
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
  });

  it("leaves dismissed findings out and says how many", () => {
    const first = findingsOf(sample)[0];
    const page = reviewHtml(sample, { t: en, language: "en", isHidden: (f) => f.id === first.id });
    expect((page.match(/<article class="finding/g) ?? []).length).toBe(
      findingsOf(sample).length - 1
    );
    expect(page).toContain("1 dismissed findings are not included.");
  });

  it("speaks the pane's language around the contract's own words", () => {
    const page = reviewHtml(sample, { t: zh, language: "zh" });
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain("<h2>审查主题清单</h2>");
    expect(page).toContain("自动续约");
    expect(page).toContain('<p class="message" lang="en">');
  });
});

describe("reviewTable", () => {
  const { html, text } = reviewTable(sample, { t: en, language: "en" });

  it("has a header and one row per finding, as HTML and as tab-separated text", () => {
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(findingsOf(sample).length + 1);
    expect(lines[0].split("\t")).toEqual([
      "No.",
      "Severity",
      "Topic",
      "Paragraph",
      "Finding",
      "Clause text",
      "Suggested wording",
    ]);
    for (const line of lines) expect(line.split("\t")).toHaveLength(7);
    expect((html.match(/<tr>/g) ?? []).length).toBe(lines.length);
    expect(html).toMatch(/^<table/);
    expect(html).not.toMatch(/<script|https?:/i);
  });

  it("keeps each cell on its line: tabs and line breaks inside a text become spaces", () => {
    const report = reviewLines(
      "20.1 This Agreement is governed by the laws of the State of California.\tSee\nbelow."
    );
    const rows = reviewTable(report, { t: en, language: "en" }).text.trimEnd().split("\n");
    expect(rows).toHaveLength(2);
    expect(rows[1].split("\t")).toHaveLength(7);
  });
});
