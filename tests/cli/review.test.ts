import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { makeDocx } from "../docx/makeDocx";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "review-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("review CLI", () => {
  it("prints the JSON report of a .txt contract, one paragraph per non-empty line", () => {
    const path = file(
      "draft.txt",
      "1. Services.\n\n2. This Agreement is governed by the laws of the State of New York.\n3. Vendor responds to urgent faults within 48 hours.\n"
    );
    const { code, out } = run([path, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.language).toBe("en");
    expect(report.topics).toHaveLength(27);
    const law = report.topics.find((t: { topic: string }) => t.topic === "governing-law");
    expect(law.verdict).toBe("deviates");
    expect(law.findings[0]).toMatchObject({
      severity: "high",
      paragraph: 1,
      values: { governingLaw: "State of New York" },
      message:
        "Governing law: State of New York; playbook: the laws of the People's Republic of China.",
    });
    expect(law.findings[0].suggestion).toMatch(/People's Republic of China/);
    const support = report.topics.find((t: { topic: string }) => t.topic === "support-response");
    expect(support.findings[0]).toMatchObject({ paragraph: 2, values: { p1ResponseHours: 48 } });
  });

  it("reviews a .docx, including a clause inside a table", () => {
    const docx = makeDocx(
      "<w:p><w:r><w:t>第五条 本协议期满前九十日内甲方未书面提出异议的，本协议自动续约一年。</w:t></w:r></w:p>" +
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>紧急故障</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>48小时内响应</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    );
    const { code, out } = run([file("draft.docx", docx), "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.language).toBe("zh");
    const verdicts = Object.fromEntries(
      report.topics.map((t: { topic: string; verdict: string }) => [t.topic, t.verdict])
    );
    expect(verdicts).toMatchObject({
      "term-renewal": "deviates",
      "support-response": "deviates",
      "governing-law": "missing",
    });
  });

  it("prints a readable table with --format text", () => {
    const { code, out } = run([file("t.txt", "本协议适用新加坡法律。"), "--format", "text"]);
    expect(code).toBe(0);
    expect(out).toMatch(/governing-law\s+法律适用与争议解决\s+RISK\s+high\s+1/);
    expect(out).toContain("[HIGH] governing-law — paragraph 1");
  });

  it.each([
    ["a missing file", [join(dir, "nope.docx")], 1, /cannot be read|not found|no such/i],
    ["an unsupported type", [file("x.pdf", "%PDF")], 1, /Unsupported file type ".pdf"/],
    ["a corrupt .docx", [file("bad.docx", "this is not a zip")], 1, /not a \.docx/i],
    ["no file", [], 2, /usage/],
    ["an unknown format", ["a.txt", "--format", "xml"], 2, /unknown format "xml"/],
  ])("refuses %s with a one-line message", (_, argv, code, message) => {
    const result = run(argv as string[]);
    expect(result.code).toBe(code);
    expect(result.out).toBe("");
    expect(result.err).toMatch(message);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("works as the npm script prints it (npm run --silent review)", () => {
    const out = execFileSync(
      "npx",
      [
        "tsx",
        "src/cli/review.ts",
        "src/workbench/samples/vendor-crm-en.draft.md",
        "--format",
        "json",
      ],
      {
        encoding: "utf8",
      }
    );
    expect(JSON.parse(out).language).toBe("en");
    const failed = spawnSync("npx", ["tsx", "src/cli/review.ts", join(dir, "missing.txt")], {
      encoding: "utf8",
    });
    expect(failed.status).toBe(1);
  });
});
