import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { main } from "../../src/cli/main";
import { contentControlTags, readDocx } from "../../src/docx";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { makeDocx, p } from "../docx/makeDocx";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "review-appendix-"));
const path = (name: string) => join(dir, name);
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(path(name), content);
  return path(name);
};
const html = async (name: string) =>
  (await mammoth.convertToHtml({ buffer: readFileSync(path(name)) })).value;
const read = (name: string) => readDocx(readFileSync(path(name)));

const SLA_TAG = "clauseReview.appendix.sla";
const SCOPE_TAG = "clauseReview.appendix.scope";

const zhContract = () =>
  makeDocx(
    p("软件服务合同") +
      p("第一条 乙方向甲方提供客户关系管理系统的订阅服务。") +
      p("第二条 本合同适用中华人民共和国法律。")
  );

describe("review --appendix", () => {
  it("writes a standalone appendix document (no input file, --lang)", async () => {
    const result = run(["--appendix", "sla", "--out", path("sla.docx"), "--lang", "zh"]);
    expect(result).toEqual({
      code: 0,
      out: `wrote ${path("sla.docx")} (zh): 附件二：服务等级协议（SLA）\n`,
      err: "",
    });
    expect(contentControlTags(readFileSync(path("sla.docx")))).toEqual([SLA_TAG]);
    const h = await html("sla.docx");
    expect(h).toMatch(/^<h1>附件二：服务等级协议（SLA）<\/h1><p>/);
    expect(h).toContain("<th><p><strong>月度可用性</strong></p></th>");
  });

  it("appends both appendices to a .docx in the document's language, leaving the input alone", async () => {
    const input = file("contract.docx", zhContract());
    const result = run([input, "--appendix", "both", "--out", path("with-both.docx")]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `wrote ${path("with-both.docx")} (zh): contract.docx + 附件一：功能清单, 附件二：服务等级协议（SLA）\n`
    );
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(zhContract()))).toBe(true);
    const paragraphs = read("with-both.docx").paragraphs;
    expect(paragraphs.slice(0, 4).map((x) => [x.text, x.headingLevel])).toEqual([
      ["软件服务合同", undefined],
      ["第一条 乙方向甲方提供客户关系管理系统的订阅服务。", undefined],
      ["第二条 本合同适用中华人民共和国法律。", undefined],
      ["附件一：功能清单", 1],
    ]);
    const h = await html("with-both.docx");
    expect(h.indexOf("<h1>附件一：功能清单</h1>")).toBeLessThan(
      h.indexOf("<h1>附件二：服务等级协议（SLA）</h1>")
    );
    expect(contentControlTags(readFileSync(path("with-both.docx")))).toEqual([SCOPE_TAG, SLA_TAG]);
  });

  it("takes --lang over the document's language", async () => {
    const input = file("contract-zh.docx", zhContract());
    const result = run([
      input,
      "--appendix",
      "scope",
      "--out",
      path("en-scope.docx"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(0);
    expect(await html("en-scope.docx")).toContain("<h1>Appendix 1: Functional Scope</h1>");
  });

  it("refuses to add an appendix twice (exit 1) and replaces it in place with --replace", () => {
    const once = path("once.docx");
    expect(run(["--appendix", "sla", "--out", once, "--lang", "en"]).code).toBe(0);
    const again = run([once, "--appendix", "sla", "--out", path("twice.docx")]);
    expect(again.code).toBe(1);
    expect(again.out).toBe("");
    expect(again.err).toMatch(/^review: The document already has "Appendix 2: .*--replace/);
    expect(existsSync(path("twice.docx"))).toBe(false);

    const replaced = run([once, "--appendix", "both", "--out", once, "--replace"]);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toMatch(
      /once\.docx \(en\): once\.docx \+ Appendix 1: Functional Scope, Appendix 2: .* \(replaced\)\n$/
    );
    expect(contentControlTags(readFileSync(once))).toEqual([SLA_TAG, SCOPE_TAG]);
  });

  it("writes a .txt contract's paragraphs, then the appendix, into a new .docx", () => {
    const input = file(
      "contract.txt",
      "Master Services Agreement\n\n1. Vendor provides the Service.\n2. Fees are due within 30 days.\n"
    );
    const result = run([input, "--appendix", "sla", "--out", path("from-txt.docx")]);
    expect(result.out).toBe(
      `wrote ${path("from-txt.docx")} (en): the text of contract.txt + Appendix 2: Service Level Agreement (SLA)\n`
    );
    const paragraphs = read("from-txt.docx").paragraphs;
    expect(paragraphs.slice(0, 4).map((x) => [x.text, x.headingLevel])).toEqual([
      ["Master Services Agreement", undefined],
      ["1. Vendor provides the Service.", undefined],
      ["2. Fees are due within 30 days.", undefined],
      ["Appendix 2: Service Level Agreement (SLA)", 1],
    ]);
    expect(contentControlTags(readFileSync(path("from-txt.docx")))).toEqual([SLA_TAG]);
  });

  it("keeps a draft's headings and tables as Word headings and tables", () => {
    const input = file(
      "contract.draft.md",
      "# 软件服务合同\n\n## 第一条 服务\n\n| 等级 | 响应时间 |\n| --- | --- |\n| P1 | 1小时内 |\n\n乙方提供技术支持。\n"
    );
    expect(run([input, "--appendix", "scope", "--out", path("from-md.docx")]).code).toBe(0);
    const paragraphs = read("from-md.docx").paragraphs;
    expect(paragraphs.slice(0, 7).map((x) => [x.text, x.headingLevel, x.table])).toEqual([
      ["软件服务合同", 1, undefined],
      ["第一条 服务", 2, undefined],
      ["等级", undefined, { table: 0, row: 0, cell: 0 }],
      ["响应时间", undefined, { table: 0, row: 0, cell: 1 }],
      ["P1", undefined, { table: 0, row: 1, cell: 0 }],
      ["1小时内", undefined, { table: 0, row: 1, cell: 1 }],
      ["乙方提供技术支持。", undefined, undefined],
    ]);
    expect(paragraphs[7]).toMatchObject({ text: "附件一：功能清单", headingLevel: 1 });
  });

  it.each(["zh", "en"] as const)(
    "writes appendices the review then finds no scope or SLA issue in (%s)",
    (lang) => {
      const out = path(`review-${lang}.docx`);
      expect(run(["--appendix", "both", "--out", out, "--lang", lang]).code).toBe(0);
      const report = review(readDocx(readFileSync(out)), defaultPlaybook, libraryWording);
      expect(report.language).toBe(lang);
      const verdicts = report.topics
        .filter((t) =>
          ["functional-scope", "support-response", "availability-sla", "performance"].includes(
            t.topic
          )
        )
        .map((t) => [t.topic, t.verdict, t.findings.length]);
      expect(verdicts).toEqual([
        ["functional-scope", "meets", 0],
        ["support-response", "meets", 0],
        ["availability-sla", "meets", 0],
        ["performance", "meets", 0],
      ]);
    }
  );

  it.each([
    ["no --out", ["--appendix", "sla", "--lang", "zh"], 2, /--appendix needs --out/],
    ["an unknown appendix", ["--appendix", "nda", "--out", "x.docx"], 2, /unknown appendix "nda"/],
    ["an unknown language", ["--appendix", "sla", "--out", "x.docx", "--lang", "fr"], 2, /"fr"/],
    ["no language and no input", ["--appendix", "sla", "--out", "x.docx"], 2, /--lang zh\|en/],
    [
      "an --out that is not .docx",
      ["--appendix", "sla", "--out", "x.pdf", "--lang", "en"],
      2,
      /\.docx/,
    ],
    ["--out without --appendix", ["a.docx", "--out", "x.docx"], 2, /--out goes with --appendix/],
    ["--replace without --appendix", ["a.docx", "--replace"], 2, /--replace goes with/],
    [
      "--format with --appendix",
      ["a.txt", "--appendix", "sla", "--out", "x.docx", "--format", "json"],
      2,
      /--format/,
    ],
    [
      "--out without its value",
      ["--appendix", "sla", "--lang", "en", "--out"],
      2,
      /--out needs a value/,
    ],
    [
      "a missing input",
      [join(dir, "nope.docx"), "--appendix", "sla", "--out", "x.docx"],
      1,
      /file not found/,
    ],
    [
      "a corrupt .docx",
      [file("bad.docx", "not a zip"), "--appendix", "sla", "--out", "x.docx"],
      1,
      /not a \.docx/,
    ],
    [
      "an unsupported input",
      [file("c.pdf", "%PDF"), "--appendix", "sla", "--out", "x.docx"],
      1,
      /Unsupported file type/,
    ],
    [
      "an output folder that does not exist",
      ["--appendix", "sla", "--lang", "en", "--out", join(dir, "no", "x.docx")],
      1,
      /Cannot write .*its folder does not exist/,
    ],
  ])("refuses %s with a one-line message", (_, argv, code, message) => {
    const result = run(argv as string[]);
    expect(result.code).toBe(code);
    expect(result.out).toBe("");
    expect(result.err).toMatch(message);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("documents the appendix form in --help (stdout, exit 0)", () => {
    const result = run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toContain(
      "--appendix scope|sla|both --out <out.docx> [--lang zh|en] [--replace]"
    );
    expect(result.out).toMatch(/no input file.*--lang is then required/);
  });

  it("works as the npm script runs it", () => {
    const out = path("script.docx");
    const ran = spawnSync(
      "npx",
      ["tsx", "src/cli/review.ts", "--appendix", "both", "--out", out, "--lang", "en"],
      { encoding: "utf8" }
    );
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^wrote .*script\.docx \(en\): Appendix 1/);
    expect(contentControlTags(readFileSync(out))).toEqual([SCOPE_TAG, SLA_TAG]);
  });
});
