import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { licensingModel } from "../../../src/engine/topics/licensingModel";
import { licensingModel as wording } from "../../../src/library/topics/licensingModel";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(licensingModel, wording, lines);
const sample = (file: string) =>
  judge(
    licensingModel,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("licensing-model", () => {
  it("flags a user cap with overage at the vendor's then-current price (English)", () => {
    const t = run(
      "3.2 Customer's subscription is limited to 50 Named Users. If the number of active Named Users exceeds 50, Vendor will charge each additional Named User at Vendor's then-current list price."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["user-cap-overage", "high"]);
    expect(f.values.userCap).toEqual({ value: 50, unit: "user", text: "50 Named Users" });
    expect(f.anchor.quote).toMatch(/^If the number of active Named Users exceeds 50/);
    expect(f.message).toBe(
      "User cap: 50 users, with extra users charged at the vendor's then-current price, a premium or its discretion; playbook: additional users at the same unit price fixed in the contract, with headroom for 3 years of growth."
    );
  });

  it("flags a cap with overage at a premium (Chinese, numerals and a percentage above 100)", () => {
    const t = run(
      "3.2 订阅期内，甲方可同时启用的授权账号上限为三十（30）个。甲方启用的账号数量超过上述上限的，按乙方官方标价的百分之一百五十（150%）按月计收超额账号费用。"
    );
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["user-cap-overage", "high"]);
    expect(f.values.userCap).toEqual({ value: 30, unit: "user", text: "三十（30）" });
    expect(f.message).toBe(
      "用户数上限：30个，超出部分按供应商届时价格、溢价或其自行决定的价格收费；审查标准：增加用户按合同约定的相同单价计费，授权数量预留未来3年的增长空间。"
    );
  });

  it("flags extra users dearer than the subscription's unit price, reading the cap from the order form", () => {
    const t = run(
      "Item | Unit price | Quantity",
      "Subscription, Enterprise | RMB 1,600 per Named User per year | 150 Named Users",
      "2.3 Additional Named Users are charged at the overage rate of RMB 2,000 per Named User per year."
    );
    expect(t.findings.map((f) => [f.reason.code, f.values.userCap?.value])).toEqual([
      ["user-cap-overage", 150],
    ]);
  });

  it("flags usage metering priced at the vendor's rates", () => {
    const en = run(
      "3.4 Usage above the included volume of API calls is billed at Vendor's then-current rates."
    );
    expect(en.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["unpriced-metering", "high"],
    ]);
    expect(en.findings[0].message).toBe(
      "Usage or modules are metered but the contract fixes no price (the vendor's then-current rates or a later quote apply); playbook: the licence model and the unit price of additional users, modules or usage fixed in the contract."
    );
    const zh = run("3.4 API调用按实际使用量计费，单价以乙方官网公布为准。");
    expect(zh.findings.map((f) => f.reason.code)).toEqual(["unpriced-metering"]);
    expect(zh.findings[0].message).toBe(
      "按使用量或功能模块计费，但合同未约定单价（以供应商届时价格或另行报价为准）；审查标准：授权方式及增加用户、模块或用量的单价在合同中固定。"
    );
  });

  it("meets additional users at the same unit price, and a premium expressly excluded", () => {
    expect(
      run(
        "3.1 The Service is licensed per named user. Customer may add users at any time at the same unit price as in the Order Form."
      ).verdict
    ).toBe("meets");
    expect(
      run("第三条 甲方可随时增加授权用户，新增用户按附件一所列单价计费，乙方不得加收溢价。").verdict
    ).toBe("meets");
  });

  it("reads Traditional Chinese: a cap stated before 為上限 and overage at 當時牌價", () => {
    const t = run(
      "4.1 本服務採指定用戶授權，授權用戶數以訂購明細所載五十（50）名為上限。",
      "4.2 甲方實際開通之帳號數超過前項上限者，乙方得按乙方當時牌價計收超額使用費。"
    );
    expect(t.findings.map((f) => [f.reason.code, f.values.userCap?.value])).toEqual([
      ["user-cap-overage", 50],
    ]);
    expect(run("第三條 本服務按授權用戶數計費，新增用戶按本合約附件所列單價計費。").verdict).toBe(
      "meets"
    );
  });

  it("is missing when the contract never states a licence metric", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/headroom for 3 years of expected growth/);
  });

  it("is not addressed by users in passing: credentials, performance, definitions", () => {
    const t = run(
      "13.1 Customer is responsible for its Named Users' credentials.",
      "9.4 Response times depend on the number of concurrent users.",
      '1.10 "Named User" means an individual authorised by Customer to use the Service.',
      "1.6 “授权用户”：指由甲方指定、经乙方分配账号的甲方员工。"
    );
    expect(t.verdict).toBe("missing");
  });

  it("finds the 50-user cap with then-current overage pricing in both bundled drafts", () => {
    for (const file of ["vendor-crm-en.draft.md", "vendor-saas-zh.draft.md"]) {
      const t = sample(file);
      expect(t.findings.map((f) => [f.reason.code, f.values.userCap.value])).toEqual([
        ["user-cap-overage", 50],
      ]);
      expect(t.findings[0].anchor.quote).toMatch(/then-current list price|届时有效的标准价格/);
    }
  });
});
