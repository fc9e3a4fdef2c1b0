/** ip-ownership: who owns the configurations, reports and workflows made for the customer. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { ipOwnership } from "../../../src/engine/topics/ipOwnership";
import { ipOwnership as wording } from "../../../src/library/topics/ipOwnership";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(ipOwnership, wording, lines);
const sample = (file: string) =>
  judge(
    ipOwnership,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("ip-ownership", () => {
  it("flags configurations jointly owned (English)", () => {
    const t = run(
      "11.2 Configurations and Reports. All Configurations, reports, dashboards and workflows developed by Vendor for Customer shall be jointly owned by Vendor and Customer."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["ip-not-customer", "high"]);
    expect(f.values).toEqual({ configurationOwner: { value: "joint", text: "jointly owned" } });
    expect(f.message).toBe(
      'Configurations, reports, workflows, templates or data models made for the customer are jointly owned ("jointly owned"); playbook: all of them belong to the customer, and the vendor may use them only to serve this customer.'
    );
  });

  it("flags 双方共有 in Chinese", () => {
    const t = run("11.2 乙方为甲方开发、配置的定制成果，其知识产权由双方共有。");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["ip-not-customer", "high"]);
    expect(f.values.configurationOwner).toEqual({ value: "joint", text: "双方共有" });
    expect(f.message).toBe(
      "为甲方制作的配置、报表、工作流、模板或数据模型由双方共有（“双方共有”）；审查标准：全部归甲方所有，乙方仅可为向甲方提供服务而使用。"
    );
    expect(f.suggestion).toMatch(/其知识产权及其他权利均归甲方所有/);
  });

  it("flags vendor-owned work product in both languages", () => {
    const en = run(
      "9.3 Vendor shall own all right, title and interest in any customizations, workflows and reports it creates for Customer, and grants Customer a licence to use them during the Term."
    );
    expect(en.findings.map((f) => f.values.configurationOwner.value)).toEqual(["vendor"]);
    expect(en.findings[0].message).toMatch(/are owned by the vendor/);
    const zh = run(
      "第十一条 乙方在实施过程中形成的报表、审批流程及数据模型等工作成果的知识产权归乙方所有。"
    );
    expect(zh.findings.map((f) => [f.reason.code, f.values.configurationOwner.value])).toEqual([
      ["ip-not-customer", "vendor"],
    ]);
    expect(zh.findings[0].message).toMatch(
      /^为甲方制作的配置、报表、工作流、模板或数据模型归乙方所有/
    );
  });

  it("meets when the customer owns them, even if the vendor keeps its platform", () => {
    const t = run(
      "11.2 All Configurations, reports, workflows, templates and data models created by or for Customer shall be owned exclusively by Customer, provided that Vendor retains all rights in the Service itself. Vendor may use them only to provide the Service to Customer."
    );
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("meets in Chinese, with a protective negation", () => {
    const t = run(
      "第十一条 甲方在使用过程中产生的所有配置、模板、数据模型，其知识产权归甲方所有，乙方不享有任何权利，仅可为向甲方提供服务之目的使用。"
    );
    expect(t.verdict).toBe("meets");
  });

  it("meets in Traditional Chinese", () => {
    const t = run(
      "第十一條 乙方為甲方開發的報表、工作流程及範本等交付成果，其知識產權歸甲方所有。"
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(1);
  });

  it("is missing when only the vendor's platform IP or a definition is stated", () => {
    const t = run(
      "11.1 Vendor and its licensors own all right, title and interest in and to the Service, the Documentation and all improvements to them.",
      '1.5 "Configurations" means the custom fields, workflows, reports and templates created within the Service.',
      "6.3 Customer shall prepare its data using Vendor's standard import templates.",
      "9.1 Vendor will send Customer a monthly availability report."
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/belong to the Customer/);
  });

  it("does not read the vendor's standard templates as the customer's work", () => {
    const t = run(
      "11.2 Customer owns all Configurations it creates. Vendor retains ownership of its standard report templates and other generic tools made available to all customers."
    );
    expect(t.verdict).toBe("meets");
  });

  it("reads online terms ('owned by us') and a denied joint ownership", () => {
    const t = run(
      "9.2 Templates, workflows and other configurations that you build with the Services are owned by us."
    );
    expect(t.findings.map((f) => f.values.configurationOwner.value)).toEqual(["vendor"]);
    const denied = run(
      "8.1 All Work Product belongs to Purchaser. No Work Product shall be jointly owned or owned by Supplier.",
      "8.2 甲方的配置、报表及数据模型归甲方单独所有，不属于双方共有。"
    );
    expect(denied.verdict).toBe("meets");
  });

  it("concludes that both bundled drafts make configurations jointly owned", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("deviates");
      expect(t.findings.map((f) => [f.reason.code, f.values.configurationOwner.value])).toEqual([
        ["ip-not-customer", "joint"],
      ]);
    }
  });
});
