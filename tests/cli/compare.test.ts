import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { makeDocx, p } from "../docx/makeDocx";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "review-compare-"));
const path = (name: string) => join(dir, name);
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(path(name), content);
  return path(name);
};

const EN_OLD = [
  "1. Services. Vendor provides the CRM subscription service to Customer.",
  "2. Term. This Agreement renews automatically for successive one-year terms unless Customer gives notice of non-renewal at least 30 days before the end of the then-current term.",
  "3. Support. Vendor responds to urgent faults within 48 hours.",
  "4. Governing law. This Agreement is governed by the laws of the People's Republic of China.",
];
const EN_NEW = [
  EN_OLD[0],
  "2. Fees. The fees are listed in the <b>Order Form</b>.",
  "3. Term. This Agreement renews automatically for successive one-year terms unless Customer gives notice of non-renewal at least 90 days before the end of the then-current term.",
  "4. Support. Vendor responds to urgent faults within 1 hour.",
  "5. Governing law. This Agreement is governed by the laws of the People's Republic of China.",
];
const ZH_OLD = [
  "第一条 乙方向甲方提供客户关系管理系统的订阅服务。",
  "第二条 本协议期满前三十日内甲方未书面提出异议的，本协议自动续约一年。",
  "第三条 乙方对紧急故障应在48小时内响应。",
  "第四条 本合同适用中华人民共和国法律。",
];
const ZH_NEW = [
  ZH_OLD[0],
  "第二条 费用见<b>订单</b>。",
  "第三条 本协议期满前九十日内甲方未书面提出异议的，本协议自动续约一年。",
  "第四条 乙方对紧急故障应在1小时内响应。",
  "第五条 本合同适用中华人民共和国法律。",
];

const enOld = file("old.txt", EN_OLD.join("\n"));
const enNew = file("new.txt", EN_NEW.join("\n"));
const zhOld = file("old-zh.docx", makeDocx(ZH_OLD.map((t) => p(t)).join("")));
const zhNew = file("new-zh.md", ZH_NEW.join("\n\n"));

/** OLE compound-file header with an "EncryptedPackage" stream name: a password-protected .docx. */
function encryptedDocx(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = "EncryptedPackage";
  for (let i = 0; i < name.length; i++) bytes[1024 + 2 * i] = name.charCodeAt(i);
  return bytes;
}

describe("review -- compare", () => {
  it("prints a text report: counts, the worsened number first, then what got better, then the redline", () => {
    const { code, out, err } = run(["compare", enOld, enNew]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const lines = out.split("\n");
    expect(lines[0]).toBe("Comparison: old.txt → new.txt");
    expect(lines[1]).toMatch(/^\d+ worse, \d+ better for the customer · clauses: /);
    const worse = out.indexOf("What got worse for the customer");
    const better = out.indexOf("What got better for the customer");
    const clauses = out.indexOf("Clauses that changed");
    expect(0).toBeLessThan(worse);
    expect(worse).toBeLessThan(better);
    expect(better).toBeLessThan(clauses);
    const worseSection = out.slice(worse, better);
    expect(worseSection).toMatch(/\n {2}1\. Term and automatic renewal: .*\n {5}.*30.*90/);
    expect(out.slice(better, clauses)).toContain("Support response times");
    expect(out.slice(clauses)).toContain("[-30-]{+90+}");
    expect(out.slice(clauses)).toContain("within [-48 hours-]{+1 hour+}.");
    expect(out.slice(clauses)).toContain(
      "{+2. Fees. The fees are listed in the <b>Order Form</b>.+}"
    );
  });

  it("reports in the new draft's language by default, and in --lang's", () => {
    const zh = run(["compare", zhOld, zhNew]);
    expect(zh.code).toBe(0);
    expect(zh.out.split("\n")[0]).toBe("文本比对：old-zh.docx → new-zh.md");
    expect(zh.out.indexOf("对客户不利的变化")).toBeLessThan(zh.out.indexOf("合同期限与自动续约"));
    expect(zh.out).toContain("     解约通知期 30 → 90 日\n");
    expect(zh.out).toContain("本协议期满前[-三-]{+九+}十日内");
    const en = run(["compare", zhOld, zhNew, "--lang", "en"]);
    expect(en.out).toContain("What got worse for the customer");
    expect(en.out).toContain("Term and automatic renewal");
  });

  it("prints JSON: the comparison, a header and the changes described", () => {
    const { code, out } = run(["compare", enOld, enNew, "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ old: "old.txt", new: "new.txt", lang: "en" });
    expect(json.language).toEqual({ old: "en", new: "en" });
    expect(json.alignments.length).toBeGreaterThanOrEqual(5);
    expect(json.alignments.map((a: { kind: string }) => a.kind)).toEqual(
      expect.arrayContaining(["same", "added", "changed"])
    );
    const term = json.topics.find((t: { topic: string }) => t.topic === "term-renewal");
    expect(term.direction).toBe("worse");
    expect(term.changes[0].text).toMatch(/30.*90/);
    expect(out).toBe(run(["compare", enOld, enNew, "--format", "json"]).out); // deterministic
  });

  it.each([
    ["en", enOld, enNew, "&lt;b&gt;Order Form&lt;/b&gt;"],
    ["zh-CN", zhOld, zhNew, "&lt;b&gt;订单&lt;/b&gt;"],
  ])("writes a self-contained, escaped HTML page (%s)", (lang, before, after, escaped) => {
    const { code, out } = run(["compare", before, after, "--format", "html"]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
    expect(out).toMatch(/<title>[^<]+<\/title>/);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/https?:\/\//i);
    expect(out).not.toContain("<b>");
    expect(out).toContain(escaped);
    expect(out).toMatch(/<del>[^<]+<\/del>/);
    expect(out).toMatch(/<ins>[^<]+<\/ins>/);
  });

  it("writes --out, its format from the extension, and says so on stdout", () => {
    const { code, out } = run(["compare", enOld, enNew, "--out", path("report.html")]);
    expect(code).toBe(0);
    expect(out).toMatch(/^wrote .*report\.html \(html, en\): \d+ worse, \d+ better/);
    expect(readFileSync(path("report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("compares a document with our standard wording (--standard)", () => {
    const text = run(["compare", "--standard", zhNew]);
    expect(text.code).toBe(0);
    const lines = text.out.split("\n");
    expect(lines[0]).toBe("文本比对：我方标准条款 → new-zh.md");
    expect(text.out).toMatch(/对客户不利的变化\n {2}1\. /);
    // Most clauses have no counterpart in the standard wording: counted, not listed.
    expect(text.out).toMatch(/new-zh\.md 中有 \d+ 条条款在 我方标准条款 中没有对应。/);
    expect(text.out).not.toMatch(/— → /);
    const json = JSON.parse(run(["compare", "--standard", enNew, "--format", "json"]).out);
    expect(json).toMatchObject({ old: "our standard wording", new: "new.txt", standard: true });
    expect(json.alignments.length).toBeGreaterThan(0);
    const html = run(["compare", "--standard", enNew, "--format", "html", "--lang", "zh"]).out;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).not.toContain("<b>");
    expect(html).toMatch(/<h3>标准条款 → 3 <span class="kind">修改<\/span><\/h3>/);
  });

  it("compares an empty document: everything added, and says the side has no text", () => {
    const empty = file("empty.docx", makeDocx(p("")));
    const { code, out } = run(["compare", empty, enNew]);
    expect(code).toBe(0);
    expect(out).toContain("empty.docx has no text.");
    expect(out).toMatch(/clauses: 5 added\n/);
    const removed = run(["compare", enOld, file("blank.txt", "")]);
    expect(removed.code).toBe(0);
    expect(removed.out).toContain("blank.txt has no text.");
    expect(removed.out).toMatch(/clauses: 4 removed\n/);
  });

  it.each([
    ["no files", ["compare"], 2, /^usage: .* compare <old> <new>/],
    [
      "one file",
      ["compare", "a.docx"],
      2,
      /needs the old and the new draft \(got only "a\.docx"\)/,
    ],
    ["three files", ["compare", "a.txt", "b.txt", "c.txt"], 2, /two drafts.*got 3 files/],
    ["--standard with two files", ["compare", "--standard", "a.txt", "b.txt"], 2, /drop "b\.txt"/],
    ["--standard without a file", ["compare", "--standard"], 2, /--standard needs a value/],
    [
      "an unknown format",
      ["compare", "a.txt", "b.txt", "--format", "pdf"],
      2,
      /unknown format "pdf"/,
    ],
    [
      "an unknown language",
      ["compare", "a.txt", "b.txt", "--lang", "fr"],
      2,
      /unknown language "fr"/,
    ],
    [
      "an unknown option",
      ["compare", "a.txt", "b.txt", "--replace"],
      2,
      /unknown option --replace/,
    ],
    [
      "--out over an input",
      ["compare", enOld, enNew, "--out", enNew],
      2,
      /would overwrite the input/,
    ],
    [
      "a missing file",
      ["compare", path("nope.docx"), enNew],
      1,
      /Cannot read .*nope\.docx: file not found/,
    ],
    [
      "a corrupt .docx",
      ["compare", file("bad.docx", "this is not a zip"), enNew],
      1,
      /bad\.docx: This is not a \.docx file/,
    ],
    [
      "a password-protected .docx",
      ["compare", enOld, file("locked.docx", encryptedDocx())],
      1,
      /locked\.docx: This document is password-protected/,
    ],
    [
      "a 0-byte .docx",
      ["compare", file("zero.docx", ""), enNew],
      1,
      /zero\.docx: The file is empty \(0 bytes\)/,
    ],
    [
      "a .pdf",
      ["compare", file("old.pdf", "%PDF-1.7"), enNew],
      1,
      /Unsupported file type "\.pdf" for .*old\.pdf/,
    ],
    [
      "a .doc with --standard",
      ["compare", "--standard", file("old.doc", "x")],
      1,
      /Unsupported file type "\.doc".*save a \.doc as \.docx/,
    ],
  ])("refuses %s with a one-line message", (_, argv, code, message) => {
    const result = run(argv as string[]);
    expect(result.code).toBe(code);
    expect(result.out).toBe("");
    expect(result.err).toMatch(message);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("prints its help on stdout", () => {
    const { code, out } = run(["compare", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--standard <file>");
  });

  it("works as the npm script runs it, with exit code 1 for a corrupt input", () => {
    const ok = spawnSync("npx", ["tsx", "src/cli/review.ts", "compare", enOld, enNew], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("What got worse for the customer");
    const bad = spawnSync("npx", ["tsx", "src/cli/review.ts", "compare", path("bad.docx"), enNew], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^review: .*bad\.docx: This is not a \.docx file/);
  });
});
