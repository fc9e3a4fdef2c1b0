/** functional-scope: features defined by outside material vs a feature list in the contract. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { functionalScope as rule } from "../../../src/engine/topics/functionalScope";
import { functionalScope as wording } from "../../../src/library/topics/functionalScope";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

describe("functional-scope", () => {
  it("flags features defined by the vendor's website (English)", () => {
    const t = judge(rule, wording, [
      "2.2 The features included in the Service are those that Vendor makes generally available for the Edition purchased, as described on Vendor's website.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["scope-by-reference", "high"]);
    expect(f.values.scopeReference.value).toBe("described on Vendor's website");
    expect(f.message).toBe(
      `Functional scope: defined by outside material ("described on Vendor's website") the vendor can change; playbook: every included feature itemised in a Functional Scope Appendix, with the extra-cost items and a delivery schedule by phase.`
    );
    expect(f.anchor.quote).toMatch(/^2\.2 The features included/);
  });

  it("flags a scope read from the official website (Chinese)", () => {
    const t = judge(rule, wording, [
      "2.3 甲方所订购版本包含的功能范围，以乙方官方网站公布的产品说明为准。",
    ]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["scope-by-reference", "high"]);
    expect(f.values.scopeReference.value).toBe("以乙方官方网站公布的产品说明为准");
    expect(f.message).toBe(
      "功能范围：以合同外材料确定（“以乙方官方网站公布的产品说明为准”），供应商可单方变更；审查标准：在功能清单附件中逐项列明包含的功能、需额外付费的项目及分阶段交付计划。"
    );
  });

  it("flags demo features excluded by the yardstick of the edition, and Traditional wording", () => {
    const edition = judge(rule, wording, [
      "2.4 乙方在售前演示中展示的功能，如不属于甲方所订购版本的标准功能，不构成乙方的交付义务。",
    ]);
    expect(edition.findings.map((f) => f.values.scopeReference.value)).toEqual(["版本的标准功能"]);
    const traditional = judge(rule, wording, [
      "4.6 甲方所訂購版本之功能，以乙方官方網站公布之產品說明為準。",
    ]);
    expect(traditional.verdict).toBe("deviates");
    const documentation = judge(rule, wording, [
      "2.2 Functionality shall be as described in the Documentation.",
    ]);
    expect(documentation.findings[0].values.scopeReference.value).toBe(
      "described in the Documentation"
    );
  });

  it("meets a Functional Scope Appendix whose lead clause disowns demos and web pages", () => {
    const t = judge(rule, wording, [
      "## Schedule 1 Functional Scope",
      "The features below are included in the Fees; a feature not listed is not included and may be added only by written amendment with its price; features shown in demonstrations, marketing material or the Vendor's web site and not listed here are not promised.",
      "No. | Module | Feature / description | Included | Extra fee | Delivery phase",
      "1 | Leads | Capture and assign leads | Yes | — | Phase 1",
    ]);
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
    expect(t.clauses.length).toBe(3); // the lead clause and the feature table under the heading
  });

  it("meets a Chinese feature list and a Traditional-Chinese scope clause", () => {
    const zh = judge(rule, wording, [
      "## 附件一：功能清单",
      "下表所列功能均包含在订阅费用内；未在本附件列明的功能不属于交付范围；演示、宣传资料或乙方网站展示但未在本附件列明的功能，不构成乙方承诺。",
    ]);
    expect(zh.verdict).toBe("meets");
    const tw = judge(rule, wording, ["4.7 本系統之功能範圍以附件一功能清單所列為準。"]);
    expect(tw.verdict).toBe("meets");
  });

  it("is missing when no clause says what features are delivered, with the standard clause", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/^The features the Vendor shall deliver are those itemised/);
  });

  it("does not count definitions, confidentiality, upgrades or a heading", () => {
    for (const line of [
      '1.8 "Edition" means a bundle of features designated by Vendor, as described on Vendor\'s website.',
      "1.5 “版本”：指乙方设定的不同功能组合，各版本所包含的具体功能以乙方官方网站届时公布的产品说明为准。",
      "12.1 Vendor's Confidential Information includes the non-public features of the Service.",
      "7.2 All new features released during the Term are included at no extra charge.",
      "## 2. Functional Scope",
    ]) {
      expect(judge(rule, wording, [line]).verdict).toBe("missing");
    }
  });

  it("finds the website-defined scope in the English sample (2.2)", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.verdict).toBe("deviates");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["scope-by-reference"]);
    expect(t.findings[0].anchor.quote).toContain("as described on Vendor's website");
  });

  it("finds the website-defined scope in the Chinese sample (2.3)", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.verdict).toBe("deviates");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["scope-by-reference"]);
    expect(t.findings[0].anchor.quote).toMatch(/^2\.3 甲方所订购版本包含的功能范围/);
  });
});
