/** unilateral-changes: amendments only in writing signed by both, never by posting online. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { unilateralChanges } from "../../../src/engine/topics/unilateralChanges";
import { unilateralChanges as wording } from "../../../src/library/topics/unilateralChanges";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(unilateralChanges, wording, lines);
const sample = (file: string) =>
  judge(
    unilateralChanges,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("unilateral-changes", () => {
  it("flags amendment at any time by posting (English)", () => {
    const t = run(
      "18.1 Changes to Terms. Vendor may amend this Agreement and its service policies at any time by posting the amended terms on its website.",
      "18.2 Except as provided in Section 18.1, this Agreement may be amended only by a written instrument signed by both Parties."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["unilateral-change", "high"]);
    expect(f.values.unilateralChange).toEqual({
      value: true,
      text: "Vendor may amend this Agreement and its service policies at any time",
    });
    expect(f.message).toBe(
      'The vendor may change the terms or the service on its own ("Vendor may amend this Agreement and its service policies at any time"); playbook: changes only by a written amendment signed by both parties, with every promise on price, features and service levels in the contract or its appendices.'
    );
    expect(f.anchor.paragraph).toBe(0);
    expect(t.clauses).toHaveLength(2);
  });

  it("flags 随时修订…官网公布生效 in Chinese", () => {
    const t = run(
      "18.1 乙方有权根据经营需要，随时修订本协议条款及服务规则，修订后的内容自在乙方官方网站公布之日起生效。"
    );
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["unilateral-change", "high"]);
    expect(f.values.unilateralChange.text).toBe("乙方有权根据经营需要，随时修订");
    expect(f.message).toBe(
      "乙方可单方变更合同条款或服务（“乙方有权根据经营需要，随时修订”）；审查标准：任何变更须经双方书面签署方可生效，价格、功能、服务标准等承诺均须写入合同正文或附件。"
    );
    expect(f.suggestion).toMatch(/^对本协议（包括其附件、服务规则、服务等级及价格）的任何变更/);
  });

  it("flags acceptance by continued use and service changes at the vendor's discretion", () => {
    expect(
      run(
        "14. We may modify these Terms from time to time. Your continued use of the Service after such modification constitutes your acceptance of the modified Terms."
      ).findings.map((f) => f.reason.code)
    ).toEqual(["unilateral-change"]);
    expect(
      run(
        "7.5 Vendor may modify, reduce or discontinue any features of the Service at any time in its sole discretion."
      ).verdict
    ).toBe("deviates");
    expect(run("第七条 乙方可自行调整服务功能，无需另行通知甲方。").verdict).toBe("deviates");
  });

  it("meets written amendments signed by both and an entire-agreement clause (English)", () => {
    const t = run(
      "21.1 Entire Agreement. This Agreement, including its appendices, is the entire agreement of the Parties and supersedes all prior oral or written representations.",
      "21.2 Amendments. This Agreement may be amended only by a written instrument signed by authorized representatives of both Parties."
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(2);
  });

  it("meets a protective negation (Chinese) and in Traditional Chinese", () => {
    expect(
      run("第十八条 乙方不得单方变更本协议条款或服务内容；任何变更须经双方书面签字盖章后生效。")
        .verdict
    ).toBe("meets");
    expect(
      run("第十八條 對本協議的任何變更或補充，應由雙方以書面形式作出並簽字蓋章後生效。").verdict
    ).toBe("meets");
  });

  it("meets a service change that may not reduce functionality", () => {
    const t = run(
      "7.5 Vendor may modify the Service from time to time, provided that no modification materially reduces the functionality of the Service.",
      "21.2 This Agreement may be amended only in writing signed by both Parties."
    );
    expect(t.verdict).toBe("meets");
  });

  it("does not take 'under this Agreement' for a change of the Agreement", () => {
    const t = run(
      "6.3 Vendor may change the implementation schedule in accordance with this Agreement.",
      "6.4 乙方有权根据甲方需求在合同范围内调整实施计划。"
    );
    expect(t.verdict).toBe("missing");
  });

  it("is missing with only other topics' changes, and does not flag price rises", () => {
    const t = run(
      "6.5 Change Requests. Any request to modify a deliverable is a change request billed at Vendor's rates.",
      "19.3 A Party shall notify the other of any change to its contact details.",
      "8.6 Vendor may replace the customer success manager at any time by notice.",
      "4.8 Vendor may change its list prices at any time by posting a new price list."
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/^No amendment of or supplement to this Agreement/);
  });

  it("concludes that both bundled drafts let the vendor change the terms by posting", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("deviates");
      expect(t.findings.map((f) => f.reason.code)).toEqual(["unilateral-change"]);
      expect(t.findings[0].anchor.quote).toMatch(/随时修订本协议条款|amend this Agreement/);
    }
  });
});
