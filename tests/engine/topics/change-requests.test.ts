/** change-requests: every change billed (or a small free quota) vs a yearly free quota. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { changeRequests as rule } from "../../../src/engine/topics/changeRequests";
import { changeRequests as wording } from "../../../src/library/topics/changeRequests";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

describe("change-requests", () => {
  it("flags change requests billed per person-day, quoting the rate (English)", () => {
    const t = judge(rule, wording, [
      "6.5 Change Requests. Vendor will quote each change request at its standard rate of USD 1,600 per person-day.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["changes-billed", "low"]);
    expect(f.values).toEqual({
      freeHoursPerYear: { value: 0, unit: "hour" },
      changeRate: { value: 1600, unit: "USD", text: "USD 1,600 per person-day" },
    });
    expect(f.message).toBe(
      "Change requests: every change billed at USD 1,600 per person-day, with no free quota; playbook: 10 hours of customisation free each year, then a fixed hourly rate."
    );
  });

  it("flags 需求变更另行报价 at ¥3,000 per person-day (Chinese)", () => {
    const t = judge(rule, wording, [
      "6.5 需求变更由乙方另行报价，按照人民币3,000元/人天的标准收取费用。",
    ]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["changes-billed", "low"]);
    expect(f.values.changeRate).toEqual({ value: 3000, unit: "CNY", text: "人民币3,000元/人天" });
    expect(f.message).toBe(
      "需求变更：每项变更均按人民币3,000元/人天收费，无免费额度；审查标准：每年免费提供10小时定制开发，超出部分按固定小时费率计费。"
    );
  });

  it("flags customisation on time and materials, and Traditional-Chinese 客製化 quoted separately", () => {
    const en = judge(rule, wording, [
      "6.5 Customizations requested by Customer will be performed on a time and materials basis.",
    ]);
    expect(en.findings[0].message).toBe(
      "Change requests: every change billed at the vendor's rates, with no free quota; playbook: 10 hours of customisation free each year, then a fixed hourly rate."
    );
    const tw = judge(rule, wording, ["6.5 客製化需求均依乙方報價另行收費。"]);
    expect(tw.findings.map((f) => f.reason.code)).toEqual(["changes-billed"]);
  });

  it("flags a free quota smaller than the playbook's, in English and Chinese", () => {
    const en = judge(rule, wording, [
      "6.5 Vendor provides two (2) hours of free customisation per year; further change requests are charged at USD 150 per hour.",
    ]);
    const [f] = en.findings;
    expect(f.values.freeHoursPerYear).toEqual({ value: 2, unit: "hour", text: "two (2) hours" });
    expect(f.message).toBe(
      "Free customisation: 2 hours a year; playbook: at least 10 hours a year, then a fixed hourly rate."
    );
    const zh = judge(rule, wording, ["6.5 每年免费提供5小时定制开发，超出部分按每小时500元收费。"]);
    expect(zh.findings[0].message).toBe(
      "免费定制额度：每年5小时；审查标准：每年不少于10小时，超出部分按固定小时费率计费。"
    );
  });

  it("meets a yearly free quota then a fixed rate (English), and reads the playbook's quota", () => {
    const line =
      "4.6 Customer is entitled to ten (10) hours of free customisation work per contract year; additional change requests are charged at a fixed rate of RMB 800 per hour.";
    expect(judge(rule, wording, [line]).verdict).toBe("meets");
    expect(
      judge(rule, wording, [line], { freeCustomisationHoursPerYear: 20 }).findings[0].values
        .freeHoursPerYear.value
    ).toBe(10);
  });

  it("meets 不另行收费 within a free quota and a Traditional-Chinese quota", () => {
    expect(
      judge(rule, wording, [
        "6.5 甲方每年享有20个工时的免费定制开发额度，额度内的需求变更不另行收费。",
      ]).verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, [
        "4.6 每一服務年度內，乙方免費提供甲方十（10）小時之客製化開發服務，超出部分依每小時新臺幣2,000元計費。",
      ]).verdict
    ).toBe("meets");
  });

  it("is missing when no clause speaks of changes or customisation", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("low");
    expect(t.suggestion).toMatch(/at least 10 hours of customisation and change-request work/);
  });

  it("does not count amendments, changed contact details or IP in customisations", () => {
    for (const line of [
      "18.2 本协议的变更须经双方书面同意并签字盖章。",
      "19.3 任何一方的联系地址发生变更的，应在变更后三（3）个工作日内书面通知另一方。",
      "11.2 乙方为甲方开发的定制成果，其知识产权归甲方所有。",
      "11.2 All customisations and reports developed by Vendor for Customer belong to Customer.",
      "18.1 Vendor may amend this Agreement at any time by posting the amended terms on its website.",
    ]) {
      expect(judge(rule, wording, [line]).verdict).toBe("missing");
    }
  });

  it("finds custom development outside the fees and USD 1,600 per person-day in the English sample", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.findings.map((f) => f.reason.params.rate ?? null)).toEqual([
      null,
      "USD 1,600 per person-day",
    ]);
  });

  it("finds 二次开发 outside the fees and ¥3,000 per person-day in the Chinese sample", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.findings.map((f) => f.values.changeRate?.value ?? null)).toEqual([null, 3000]);
    expect(t.findings[1].reason.params.rate).toBe("人民币叁仟元（¥3,000）/人天");
  });
});
