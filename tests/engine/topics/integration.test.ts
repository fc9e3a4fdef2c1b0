/** integration: API capped / charged / as available, integration left to the customer. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { integration as rule } from "../../../src/engine/topics/integration";
import { integration as wording } from "../../../src/library/topics/integration";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

const POSITION_EN =
  "playbook: the systems to integrate named in the contract, API documentation and technical support included, a refund or free extension if the integration fails.";
const POSITION_ZH =
  "审查标准：合同列明需集成的系统，免费提供API文档及技术支持，集成失败的可退款或免费延期。";

describe("integration", () => {
  it("flags API calls capped at 1,000 a day, quoting the cap (English)", () => {
    const t = judge(rule, wording, [
      "3.4 API Limits. API usage is limited to 1,000 API calls per user per day, and Vendor may throttle requests above this limit.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["api-limited", "medium"]);
    expect(f.values).toEqual({
      apiCallLimit: { value: 1000, unit: "call", text: "1,000 API calls" },
    });
    expect(f.message).toBe(`Integration: API calls capped at 1,000; ${POSITION_EN}`);
  });

  it("flags 调用次数上限 (Chinese)", () => {
    const t = judge(rule, wording, [
      "3.5 乙方对API调用实行限额管理，每日调用次数上限为每个用户1,000次。",
    ]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["api-limited", "medium"]);
    expect(f.values.apiCallLimit.value).toBe(1000);
    expect(f.message).toBe(`系统集成：API调用上限1000次；${POSITION_ZH}`);
  });

  it("flags integration left to the customer, in English and Chinese", () => {
    const en = judge(rule, wording, [
      "13.4 Customer is responsible for integrating the Service with its ERP and finance systems.",
    ]);
    expect(en.findings[0].values).toEqual({ integrationByCustomer: { value: true } });
    expect(en.findings[0].message).toBe(
      `Integration: integration left to the customer at its own cost; ${POSITION_EN}`
    );
    const zh = judge(rule, wording, [
      "13.6 甲方需要将本软件与其ERP系统对接的，应自行负责开发工作。",
    ]);
    expect(zh.findings[0].message).toBe(`系统集成：集成由甲方自行负责并承担费用；${POSITION_ZH}`);
  });

  it("flags integration charged separately and an API offered only as is", () => {
    const charged = judge(rule, wording, [
      "2.4 Integration with other systems is not included in the Subscription Fees.",
    ]);
    expect(charged.findings[0].values).toEqual({ integrationCharged: { value: true } });
    expect(charged.findings[0].message).toBe(
      `Integration: integration or API use charged separately; ${POSITION_EN}`
    );
    const optional = judge(rule, wording, [
      "13.1 Vendor makes its API available as-is and may change or discontinue it at any time.",
    ]);
    expect(optional.findings[0].reason.params.kinds).toBe("as-available");
    expect(optional.findings[0].message).toBe(
      `Integration: API offered only as available, changeable at will; ${POSITION_EN}`
    );
  });

  it("reads every sentence under an Integration heading", () => {
    const t = judge(rule, wording, [
      "## 10. Integration",
      "10.1 Customer shall bear all costs of connecting its ERP.",
    ]);
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["charged"]);
  });

  it("meets named systems integrated by the vendor at no additional charge", () => {
    const t = judge(rule, wording, [
      "4.5 Vendor shall integrate the Service with Customer's SAP ERP and Kingdee finance system at no additional charge, and shall provide API documentation and technical support. API calls are not capped or throttled.",
    ]);
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("meets 不限制调用次数 and a Traditional-Chinese 串接 clause", () => {
    expect(
      judge(rule, wording, ["13.1 乙方不限制甲方的API调用次数，并提供完整的接口文档。"]).verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, [
        "4.5 乙方應負責將本系統與甲方之ERP系統及財務系統串接，提供API文件及技術支援，不另行收費。",
      ]).verdict
    ).toBe("meets");
  });

  it("is missing when no clause speaks of integration or an API", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(
      /^The Vendor shall integrate the Service with the following systems/
    );
  });

  it("does not count support exclusions, compatibility disclaimers or definitions", () => {
    for (const line of [
      "8.4 Support does not cover problems caused by integrations, scripts or code not developed by Vendor.",
      "8.4 下列情形不属于技术支持服务的范围：非由乙方开发的二次开发程序或集成接口引起的问题。",
      "14.4 乙方不保证本服务与甲方现有或未来的其他系统完全兼容。",
      '1.13 "Service" means the hosted platform, including any application programming interfaces that Vendor makes available with it.',
    ]) {
      expect(judge(rule, wording, [line]).verdict).toBe("missing");
    }
  });

  it("finds the charged integration, the 1,000-call cap and the customer's own integration (English sample)", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["charged", "capped", "customer"]);
    expect(t.findings[1].values.apiCallLimit.value).toBe(1000);
  });

  it("finds the same three risks in the Chinese sample", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["charged", "capped", "customer"]);
    expect(t.findings[1].values.apiCallLimit).toMatchObject({
      value: 1000,
      text: "壹仟（1,000）次",
    });
  });
});
