import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { pricingChanges } from "../../../src/engine/topics/pricingChanges";
import { pricingChanges as wording } from "../../../src/library/topics/pricingChanges";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(pricingChanges, wording, lines);
const sample = (file: string) =>
  judge(
    pricingChanges,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("pricing-changes", () => {
  it("flags renewal at then-current list prices (English)", () => {
    const t = run(
      "5.2 Each Renewal Term shall be charged at Vendor's then-current list prices, and any introductory discount shall not apply to any Renewal Term."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["price-increase", "medium"]);
    expect(f.values.priceIncrease).toEqual({ value: true, text: "then-current list prices" });
    expect(f.message).toBe(
      "The vendor may raise prices at renewal or from time to time (or discounts lapse), with no cap; playbook: fees fixed for the term, renewal rates locked for 2 years, any rise capped at 5% a year."
    );
  });

  it("flags a vendor's right to adjust prices at any time, and discounts that lapse (Chinese)", () => {
    const t = run("第六条 乙方有权根据市场情况随时调整服务价格，并提前三十日通知甲方。");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["price-increase", "medium"]);
    expect(f.values.priceIncrease.text).toBe("乙方有权根据市场情况随时调整服务价格");
    expect(f.message).toBe(
      "供应商可在续约时或随时上调价格（或优惠到期失效），未设上限；审查标准：服务期内价格固定，续约价格锁定2年，任何上调每年不超过5%。"
    );
    const lapse = run("说明：上述价格为首个服务年度的优惠价格，仅适用于初始服务期。");
    expect(lapse.findings.map((f) => f.reason.code)).toEqual(["price-increase"]);
  });

  it("flags an increase cap above 5% a year, reading the percentage", () => {
    const en = run(
      "6.1 Vendor may increase the Subscription Fees for each Renewal Term by up to nine percent (9%)."
    );
    const [f] = en.findings;
    expect([f.reason.code, f.severity]).toEqual(["increase-cap-high", "medium"]);
    expect(f.values.annualIncreasePercent).toEqual({
      value: 9,
      unit: "percent",
      text: "nine percent",
    });
    expect(f.message).toBe("Price increase cap: 9% a year; playbook: at most 5% a year.");
    const zh = run("第六条 双方续约时，订阅单价每年上调幅度不超过百分之八（8%）。");
    expect(zh.findings.map((f) => [f.reason.code, f.values.annualIncreasePercent.value])).toEqual([
      ["increase-cap-high", 8],
    ]);
    expect(zh.findings[0].message).toBe("价格上调幅度：每年8%；审查标准：每年不超过5%。");
  });

  it("meets fees fixed for the term with rises capped at 3%", () => {
    const t = run(
      "6.1 The Fees are fixed for the Term. Renewal fees shall not exceed the fees of the current term, and any increase shall not exceed three percent (3%) per year."
    );
    expect(t.verdict).toBe("meets");
  });

  it("reads a protective negation as protective, and still flags the rise that follows it", () => {
    expect(run("第六条 服务期内，乙方不得上调本协议约定的价格。").verdict).toBe("meets");
    const t = run(
      "6.1 Vendor shall not increase the Fees during the Initial Term; thereafter Vendor may increase the Fees upon renewal."
    );
    expect(t.findings.map((f) => f.values.priceIncrease.text)).toEqual([
      "Vendor may increase the Fees",
    ]);
  });

  it("meets a Traditional-Chinese price lock", () => {
    const t = run("第六條 服務期內訂閱費價格保持不變，續約價格鎖定兩年，每年漲幅不超過百分之五。");
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(1);
  });

  it("is missing when nothing speaks of price changes", () => {
    const t = run("4.1 Customer shall pay the Fees set out in the Order Form.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/For 2 years from the Effective Date/);
    expect(t.suggestion).toMatch(/shall not exceed 5% per year/);
  });

  it("is not addressed by change requests, late interest, overage prices, the then-current term or a definition", () => {
    const t = run(
      "6.5 Vendor will quote each change request at its standard rate of USD 1,600 per person-day.",
      "4.7 Late payments bear interest at 1.5% per month.",
      "3.2 Additional users are charged at Vendor's then-current list price.",
      "5.3 A notice received during the then-current term takes effect at the end of the renewal term.",
      '1.3 "List Price" means the price in Vendor\'s price list, as increased from time to time.'
    );
    expect(t.verdict).toBe("missing");
  });

  it("finds the renewal at list prices and the lapsing discounts in both bundled drafts", () => {
    const en = sample("vendor-crm-en.draft.md");
    expect(en.findings.map((f) => [f.reason.code, f.values.priceIncrease.text])).toEqual([
      ["price-increase", "then-current list prices"],
    ]);
    const zh = sample("vendor-saas-zh.draft.md");
    // 4.7 discount only for the first term, 5.2 renewal at 届时 price list, 18.1 price policy revisable
    // at any time, and the order form's note that its prices are a first-year discount.
    expect(zh.findings.map((f) => f.anchor.quote.slice(0, 4))).toEqual([
      "4.7 ",
      "续约服务",
      "18.1",
      "说明：上",
    ]);
  });
});
