/** implementation-acceptance: deemed acceptance vs written sign-off against criteria. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { implementationAcceptance as rule } from "../../../src/engine/topics/implementationAcceptance";
import { implementationAcceptance as wording } from "../../../src/library/topics/implementationAcceptance";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

const PLAYBOOK_EN =
  "playbook: acceptance only by the customer's written sign-off against agreed criteria, no next phase before acceptance, liquidated damages for late delivery.";

describe("implementation-acceptance", () => {
  it("flags acceptance deemed after five days of silence, quoting the period (English)", () => {
    const t = judge(rule, wording, [
      "6.4 Deemed Acceptance. Customer shall have five (5) days after notice to test the deliverable. If Customer does not object in writing within that period, the deliverable shall be deemed accepted.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["deemed-acceptance", "medium"]);
    expect(f.values).toEqual({
      deemedAcceptance: { value: true },
      acceptancePeriod: { value: 5, unit: "day", text: "five (5) days" },
    });
    expect(f.message).toBe(
      `Deemed acceptance: deliverables count as accepted after 5 days without a written objection (or on use); ${PLAYBOOK_EN}`
    );
    expect(f.anchor.quote).toMatch(/^If Customer does not object/); // the rule, not the title
  });

  it("flags 视为验收合格 after three business days (Chinese)", () => {
    const t = judge(rule, wording, [
      "6.4 甲方应在收到通知后3个工作日内完成验收，逾期未提出书面异议的，视为验收合格。",
    ]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["deemed-acceptance", "medium"]);
    expect(f.values.acceptancePeriod).toMatchObject({ value: 3, unit: "business-day" });
    expect(f.message).toBe(
      "视为验收：交付后3个工作日内未书面提出异议（或开始使用）即视为验收合格；审查标准：按约定验收标准由甲方书面签署验收，未经验收不进入下一阶段，逾期交付承担违约金。"
    );
  });

  it("flags acceptance on go-live or use, with no period, in English and Traditional Chinese", () => {
    const en = judge(rule, wording, [
      "6.3 The Implementation Services shall be deemed accepted upon go-live.",
    ]);
    expect(en.findings[0].values).toEqual({ deemedAcceptance: { value: true } });
    expect(en.findings[0].message).toBe(
      `Deemed acceptance: deliverables count as accepted without written sign-off (on delivery, go-live, use or silence); ${PLAYBOOK_EN}`
    );
    const tw = judge(rule, wording, ["4.1 甲方於收到通知後七日內未提出書面異議者，視為驗收合格。"]);
    expect(tw.findings[0].values.acceptancePeriod.value).toBe(7);
  });

  it("flags 'neither accepts nor rejects … deemed accepted' but not 'neither silence nor use'", () => {
    expect(
      judge(rule, wording, [
        "6.4 If the Customer neither accepts nor rejects the Deliverable within ten (10) days after delivery, it shall be deemed accepted.",
      ]).findings[0].values.acceptancePeriod.value
    ).toBe(10);
    expect(
      judge(rule, wording, [
        "6.4 Each Deliverable requires written acceptance against the acceptance criteria. Neither silence nor use in production shall constitute acceptance.",
      ]).verdict
    ).toBe("meets");
  });

  it("meets written acceptance that expressly excludes silence and use (English)", () => {
    const t = judge(rule, wording, [
      "4.2 Acceptance. Each milestone shall be accepted only upon Customer's written acceptance certificate against the acceptance criteria in Schedule 2. No deliverable shall be deemed accepted by reason of Customer's silence or use in production.",
    ]);
    expect(t.verdict).toBe("meets");
  });

  it("meets 不视为验收合格 and a Traditional-Chinese milestone sign-off", () => {
    expect(
      judge(rule, wording, [
        "4.2 每一里程碑经甲方书面确认验收合格后方可进入下一阶段；甲方未签署书面验收报告的，任何上线使用均不视为验收合格。",
      ]).verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, ["4.2 各里程碑須經甲方依驗收標準書面確認驗收合格後始得進行下一階段。"])
        .verdict
    ).toBe("meets");
  });

  it("is missing when nothing speaks of implementation or acceptance", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/^The Vendor shall deliver a written implementation plan/);
  });

  it("does not count accepting terms, deemed-accepted invoices, payment on acceptance or definitions", () => {
    for (const line of [
      "18.1 Customer's continued use of the Service after posting constitutes acceptance of the amended terms.",
      "4.3 Invoices not disputed within fifteen (15) days after receipt shall be deemed accepted.",
      "4.2 Thirty percent (30%) of the Fees are payable upon final acceptance.",
      '1.12 "Professional Services" means implementation, data migration and training services.',
      "10.5 乙方应采取必要的技术措施并实施数据安全保护方案。",
      "18.1 甲方在修订内容公布后继续使用本服务的，视为甲方接受修订后的内容。",
    ]) {
      expect(judge(rule, wording, [line]).verdict).toBe("missing");
    }
  });

  it("finds the five-day deemed acceptance in the English sample (6.4)", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["deemed-acceptance"]);
    expect(t.findings[0].values.acceptancePeriod.value).toBe(5);
    expect(t.findings[0].anchor.quote).toContain("shall be deemed accepted");
  });

  it("finds 视为验收合格 in the Chinese sample (6.4)", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["deemed-acceptance"]);
    expect(t.findings[0].values.acceptancePeriod).toMatchObject({ value: 5, unit: "day" });
    expect(t.findings[0].anchor.quote).toBe(
      "甲方逾期未提出书面异议，或者已实际开始使用相关功能的，视为验收合格。"
    );
  });
});
