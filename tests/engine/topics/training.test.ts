/** training: too few / too short / remote sessions, charged training, documentation only. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { training as rule } from "../../../src/engine/topics/training";
import { training as wording } from "../../../src/library/topics/training";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

const POSITION_EN =
  "at least 3 on-site sessions of at least 6 hours each, free of charge, covering sales, service, marketing and management, with manuals and video tutorials";
const POSITION_ZH =
  "免费提供不少于3次现场培训，每次不少于6小时，覆盖销售、客服、市场及管理人员，并提供操作手册和视频教程";

describe("training", () => {
  it("flags two short remote sessions, quoting sessions and hours (English)", () => {
    const t = judge(rule, wording, [
      "5.1 Vendor will provide two (2) remote administrator training sessions of two (2) hours each.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["training-too-little", "low"]);
    expect(f.values).toEqual({
      sessions: { value: 2, text: "two (2) remote administrator training sessions" },
      sessionHours: { value: 2, unit: "hour", text: "two (2) hours" },
    });
    expect(f.message).toBe(
      "Training: 2 remote sessions of 2 hours; playbook: at least 3 on-site sessions of at least 6 hours each."
    );
  });

  it("flags 两次现场培训，每次四小时 (Chinese)", () => {
    const t = judge(rule, wording, ["5.1 乙方提供两（2）次现场培训，每次四（4）小时。"]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["training-too-little", "low"]);
    expect(f.values.sessions.value).toBe(2);
    expect(f.values.sessionHours).toMatchObject({ value: 4, unit: "hour" });
    expect(f.message).toBe(
      "培训：2次培训，每次4小时；审查标准：不少于3次现场培训，每次不少于6小时。"
    );
  });

  it("flags training charged at the vendor's rates (English) and 另行收费 (Chinese)", () => {
    const en = judge(rule, wording, [
      "5.2 On-site training is not included in the Subscription Fees and is available at Vendor's then-current rates.",
    ]);
    const [f] = en.findings;
    expect([f.reason.code, f.severity]).toEqual(["training-charged", "low"]);
    expect(f.values).toEqual({ trainingCharged: { value: true } });
    expect(f.message).toBe(`Training: charged separately; playbook: ${POSITION_EN}.`);

    const zh = judge(rule, wording, ["5.2 培训服务另行收费。"]);
    expect(zh.findings.map((x) => x.reason.code)).toEqual(["training-charged"]);
    expect(zh.findings[0].message).toBe(`培训：另行收费；审查标准：${POSITION_ZH}。`);
  });

  it("flags documentation instead of training, in both languages", () => {
    const en = judge(rule, wording, [
      "5.3 Training materials are available in Vendor's online help center; Vendor does not provide on-site training.",
    ]);
    expect(en.findings[0].values).toEqual({ documentationOnly: { value: true } });
    expect(en.findings[0].message).toBe(
      `Training: online documentation only, no on-site training; playbook: ${POSITION_EN}.`
    );
    const zh = judge(rule, wording, ["5.3 乙方提供在线帮助文档，不提供现场培训。"]);
    expect(zh.findings[0].message).toBe(
      `培训：仅提供在线文档或不提供现场培训；审查标准：${POSITION_ZH}。`
    );
  });

  it("meets three free on-site sessions of six hours ('at no additional charge')", () => {
    const t = judge(rule, wording, [
      "4.3 Vendor shall provide at no additional charge three (3) on-site training sessions of six (6) hours each for sales, service, marketing and management users.",
    ]);
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("meets 不另行收费 and a Traditional-Chinese 教育訓練 clause", () => {
    expect(judge(rule, wording, ["4.3 乙方提供3场现场培训，每场6小时，不另行收费。"]).verdict).toBe(
      "meets"
    );
    expect(judge(rule, wording, ["4.3 乙方應免費提供三場現場教育訓練，每場六小時。"]).verdict).toBe(
      "meets"
    );
  });

  it("reads sessions under a Training heading even when the sentence does not say 'training'", () => {
    const t = judge(rule, wording, [
      "## 9. Training",
      "9.1 Vendor will provide two (2) sessions of two (2) hours each.",
    ]);
    expect(t.findings.map((f) => [f.values.sessions.value, f.values.sessionHours.value])).toEqual([
      [2, 2],
    ]);
  });

  it("does not count charges for extra sessions or travel beyond the free ones", () => {
    expect(
      judge(rule, wording, [
        "5.1 乙方免费提供3次现场培训，每次6小时；甲方要求增加培训场次的，按附件二费率另行收费。",
      ]).verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, [
        "5.1 Vendor shall provide three (3) on-site training sessions of six (6) hours each free of charge. Additional training requested by Customer shall be charged at the rates in Schedule 2.",
      ]).verdict
    ).toBe("meets");
  });

  it("reads the playbook's numbers, not constants", () => {
    const t = judge(
      rule,
      wording,
      ["5.1 Vendor shall provide two (2) on-site training sessions of four (4) hours each."],
      { minOnsiteSessions: 2, minSessionHours: 4 }
    );
    expect(t.verdict).toBe("meets");
  });

  it("is missing when training is never mentioned", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("low");
    expect(t.suggestion).toMatch(/at least 3 on-site training sessions of at least 6 hours each/);
  });

  it("does not count model training, support exclusions, definitions or a heading", () => {
    for (const lines of [
      ["10.2 Vendor shall not use Customer Data to train artificial intelligence models."],
      ["10.2 乙方承诺不将甲方数据用于模型训练或任何其他目的。"],
      ["8.4 Support does not cover requests for new features, training or business consulting."],
      ['1.12 "Professional Services" means implementation, configuration and training services.'],
      ["## 9. Training"],
    ]) {
      expect(judge(rule, wording, lines).verdict).toBe("missing");
    }
  });

  it("finds the charged on-site training and two 2-hour remote sessions in the English sample", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.findings.map((f) => f.reason.code)).toEqual([
      "training-charged",
      "training-too-little",
    ]);
    const little = t.findings[1];
    expect([little.values.sessions.value, little.values.sessionHours.value]).toEqual([2, 2]);
    expect(little.reason.params.remote).toBe("yes");
  });

  it("finds 另行采购培训服务 and two 2-hour online sessions in the Chinese sample", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.findings.map((f) => f.reason.code)).toEqual([
      "training-charged",
      "training-charged",
      "training-too-little",
    ]);
    expect(t.findings[1].anchor.quote).toContain("应另行向乙方采购培训服务");
    expect(t.findings[2].message).toBe(
      "培训：2次线上培训，每次2小时；审查标准：不少于3次现场培训，每次不少于6小时。"
    );
  });
});
