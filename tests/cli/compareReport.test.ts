import { compareJson } from "../../src/cli/compareReport/json";
import { compareText } from "../../src/cli/compareReport/text";
import {
  alignmentKind,
  compareHtml,
  comparisonHtml,
  readableDiff,
} from "../../src/library/compareHtml";
import { comparison, fromEmpty } from "./comparisonFixture";

const en = { language: "en" as const, old: "v1.docx", new: "v2.docx" };
const zh = { language: "zh" as const, old: "v1.docx", new: "v2.docx" };

describe("compare text report", () => {
  const text = compareText(comparison, en);

  it("starts with the two sides and a line of counts", () => {
    const [title, summary] = text.split("\n");
    expect(title).toBe("Comparison: v1.docx → v2.docx");
    expect(summary).toBe(
      "2 worse, 1 better for the customer · clauses: 1 changed, 1 added, 1 removed, 2 renumbered, 2 same"
    );
  });

  it("lists what got worse first, worst first, then what got better", () => {
    const worse = text.indexOf("What got worse for the customer");
    const fees = text.indexOf("1. Hidden fees and edition add-ons");
    const term = text.indexOf(
      "2. Term and automatic renewal: meets → deviates (high) · clause 2 → 3"
    );
    const better = text.indexOf("What got better for the customer");
    const support = text.indexOf("1. Support response times: deviates (high) → meets");
    expect([worse, fees, term, better, support].every((i) => i >= 0)).toBe(true);
    expect(worse).toBeLessThan(fees);
    expect(fees).toBeLessThan(term);
    expect(term).toBeLessThan(better);
    expect(better).toBeLessThan(support);
    expect(text).toMatch(
      /2\. Term and automatic renewal.*\n {5}Cancellation notice 30 → 90 days\n/
    );
    expect(text).not.toContain("Governing law");
  });

  it("redlines the changed clauses inline and notes what was renumbered", () => {
    expect(text).toContain("  2 → 3  changed · renumbered\n");
    expect(text).toContain(
      "Customer may cancel with at least [-30-]{+90+} days' notice before renewal."
    );
    expect(text).toContain(
      "  — → 2  added\n    {+2. Fees are listed in the <b>Order Form</b> & nowhere else.+}"
    );
    expect(text).toContain("  ¶3 → —  removed\n    [-Vendor keeps a backup until sign-off.-]");
    expect(text).toContain("Only renumbered: 3 → 4");
    expect(text).not.toContain("1 → 1");
  });

  it("shortens long unchanged stretches around a change", () => {
    const long = "word ".repeat(60);
    const a = { ...comparison.alignments[2] };
    a.diff = [
      { kind: "equal", text: long },
      { kind: "delete", text: "30" },
      { kind: "insert", text: "90" },
      { kind: "equal", text: long },
    ];
    const out = compareText({ ...comparison, alignments: [a], topics: [] }, en);
    const line = out.split("\n").find((l) => l.includes("[-30-]"))!;
    // At most 40 characters of context each side, cut between words.
    expect(line.trim()).toBe(`… ${"word ".repeat(7)}[-30-]{+90+}${"word ".repeat(8)}…`);
  });

  it("speaks Chinese with --lang zh and says when a side has no text", () => {
    const out = compareText(fromEmpty, zh);
    expect(out.split("\n")[0]).toBe("文本比对：v1.docx → v2.docx");
    expect(out).toContain("v1.docx 没有文字。");
    expect(out).toContain("对客户不利 0 项，有利 0 项 · 条款：新增 4");
    expect(out).toContain("没有对客户不利的变化。");
  });
});

describe("compare JSON report", () => {
  const json = JSON.parse(JSON.stringify(compareJson(comparison, en)));

  it("is the comparison with a header and each change described", () => {
    expect(json).toMatchObject({ old: "v1.docx", new: "v2.docx", lang: "en" });
    expect(json.alignments).toEqual(comparison.alignments);
    expect(json.stats).toEqual(comparison.stats);
    const term = json.topics.find((t: { topic: string }) => t.topic === "term-renewal");
    expect(term.changes[0]).toMatchObject({ code: "number-worse", params: { old: 30, new: 90 } });
    expect(term.changes[0].text).toMatch(/30.*90/);
  });

  it("is deterministic: no timestamps", () => {
    expect(JSON.stringify(compareJson(comparison, en))).toBe(
      JSON.stringify(compareJson(comparison, en))
    );
    expect(JSON.stringify(json)).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });
});

describe("compare HTML report", () => {
  const html = compareHtml(comparison, en);

  it("is one self-contained page: no script, no URL, no external resource", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("<title>Comparison: v1.docx → v2.docx</title>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain("default-src 'none'");
  });

  it("escapes the contract's text", () => {
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;Order Form&lt;/b&gt; &amp; nowhere else.");
  });

  it("has the risk tables, worst first, and the redline as <del>/<ins>", () => {
    expect(html.match(/<h2>[^<]*<\/h2>/g)).toEqual([
      "<h2>What got worse for the customer</h2>",
      "<h2>What got better for the customer</h2>",
      "<h2>Clauses that changed</h2>",
    ]);
    expect(html).toContain(
      '<th scope="col">Topic</th><th scope="col">Old</th><th scope="col">New</th><th scope="col">Change</th>'
    );
    expect(html.indexOf("Hidden fees and edition add-ons")).toBeLessThan(
      html.indexOf("Term and automatic renewal")
    );
    expect(html).toContain(
      "Customer may cancel with at least <del>30</del><ins>90</ins> days&#39; notice"
    );
    expect(html).toContain("<ins>2. Fees are listed");
    expect(html).toContain("<del>Vendor keeps a backup until sign-off.</del>");
    expect(html).toContain("@media print");
  });

  it("has a Chinese page with lang zh-CN", () => {
    const page = compareHtml(comparison, zh);
    expect(page).toMatch(/<html lang="zh-CN">/);
    expect(page).toContain("<h2>对客户不利的变化</h2>");
    expect(page).toContain("<td>偏离（高）</td>");
    // The clause text keeps its own language.
    expect(page).toContain('<p class="redline" lang="en">');
  });
});

describe("against the standard wording", () => {
  const std = {
    language: "en" as const,
    old: "our standard wording",
    new: "draft.docx",
    standard: true,
  };

  it("labels the standard side, and counts the clauses without a counterpart instead of listing them", () => {
    const text = compareText(comparison, std);
    expect(text).toContain("  standard → 3  changed · renumbered\n");
    expect(text).toContain("2. Term and automatic renewal: meets → deviates (high) · clause 3\n");
    expect(text).toContain(
      "  1 clause only in draft.docx (no counterpart in our standard wording)."
    );
    expect(text).toContain(
      "  1 clause only in our standard wording (no counterpart in draft.docx)."
    );
    expect(text).not.toContain("{+2. Fees");
    expect(text).not.toContain("[-Vendor keeps");
  });

  it("is what the pane exports for 'compare with standard' (against = null)", () => {
    const html = comparisonHtml(comparison, "zh", null);
    expect(html).toContain("<title>文本比对：我方标准条款 → 本稿</title>");
    expect(html).toContain('<th scope="col">标准条款</th><th scope="col">本文件</th>');
    expect(html).toContain("<h3>标准条款 → 3 <span");
    expect(comparisonHtml(comparison, "en", "v1.docx")).toContain(
      "<title>Comparison: v1.docx → this draft</title>"
    );
  });
});

describe("redline helpers", () => {
  it("joins changes separated by spaces or a short word into one deletion and one insertion", () => {
    expect(
      readableDiff([
        { kind: "equal", text: "within " },
        { kind: "delete", text: "48" },
        { kind: "insert", text: "1" },
        { kind: "equal", text: " " },
        { kind: "delete", text: "hours" },
        { kind: "insert", text: "hour" },
        { kind: "equal", text: " of the report." },
      ])
    ).toEqual([
      { kind: "equal", text: "within " },
      { kind: "delete", text: "48 hours" },
      { kind: "insert", text: "1 hour" },
      { kind: "equal", text: " of the report." },
    ]);
    expect(
      readableDiff([
        { kind: "delete", text: "Vendor" },
        { kind: "insert", text: "Supplier" },
        { kind: "equal", text: " may " },
        { kind: "delete", text: "terminate" },
        { kind: "insert", text: "suspend" },
      ])
    ).toEqual([
      { kind: "delete", text: "Vendor may terminate" },
      { kind: "insert", text: "Supplier may suspend" },
    ]);
  });

  it("keeps a longer unchanged stretch, and Chinese single-character changes apart", () => {
    const ops = [
      { kind: "equal" as const, text: "第" },
      { kind: "delete" as const, text: "二" },
      { kind: "insert" as const, text: "三" },
      { kind: "equal" as const, text: "条 本协议期满前" },
      { kind: "delete" as const, text: "三" },
      { kind: "insert" as const, text: "九" },
      { kind: "equal" as const, text: "十日" },
    ];
    expect(readableDiff(ops)).toEqual(ops);
  });

  it("names a changed clause that also moved", () => {
    const a = { ...comparison.alignments[2], moved: true };
    expect(alignmentKind(a, "en")).toBe("changed · moved · renumbered");
    expect(alignmentKind(comparison.alignments[4], "zh")).toBe("重新编号");
  });
});
