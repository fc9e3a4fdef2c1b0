import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { paymentTerms } from "../../../src/engine/topics/paymentTerms";
import { paymentTerms as wording } from "../../../src/library/topics/paymentTerms";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(paymentTerms, wording, lines);
const sample = (file: string) =>
  judge(
    paymentTerms,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("payment-terms", () => {
  it("flags a year paid in advance (English)", () => {
    const t = run(
      "4.2 Subscription Fees for each year of the Term are due and payable in full, annually in advance, within ten (10) days after the Effective Date."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["annual-upfront", "medium"]);
    expect(f.values.paymentPeriod).toEqual({ value: "year", text: "annually in advance" });
    expect(f.message).toBe(
      "Payment: a whole year's fees paid upfront; playbook: quarterly payment (in advance or in arrears for each period), with unused prepaid fees refunded on termination."
    );
  });

  it("flags a year paid at once (Chinese) and the whole multi-year term paid upfront", () => {
    const zh = run(
      "4.2 甲方应于本协议签订之日起十（10）个工作日内，一次性支付首个服务年度的全部订阅费。"
    );
    const [f] = zh.findings;
    expect([f.reason.code, f.severity]).toEqual(["annual-upfront", "medium"]);
    expect(f.values.paymentPeriod).toEqual({
      value: "year",
      text: "一次性支付首个服务年度的全部订阅费",
    });
    expect(f.message).toBe(
      "付款方式：一次性预付全年费用；审查标准：按季度付款（每期期初预付或期末支付），终止时退还未使用部分的预付费用。"
    );
    const term = run("4.1 All fees for the three-year term shall be paid upfront upon signing.");
    expect(term.findings[0].values.paymentPeriod.value).toBe("term");
    expect(term.findings[0].message).toMatch(/^Payment: the whole term's fees paid upfront;/);
  });

  it("flags non-refundable fees in both languages, also inside a termination clause", () => {
    const en = run("4.3 All Fees are non-cancellable and non-refundable.");
    expect(
      en.findings.map((f) => [f.reason.code, f.severity, f.values.refundUnusedPrepaid])
    ).toEqual([["non-refundable", "medium", { value: false, text: "non-refundable" }]]);
    expect(en.findings[0].message).toBe(
      "Fees paid are non-refundable; playbook: on termination the vendor refunds prepaid fees for the unused period."
    );
    const zh = run(
      "16.2 甲方坚持提前终止的，应当向乙方一次性支付剩余服务期内的全部订阅费作为提前终止费用，且已支付的费用不予退还。"
    );
    // The termination fee is another topic's; the refusal to refund is this one's.
    expect(zh.findings.map((f) => f.reason.code)).toEqual(["non-refundable"]);
    expect(zh.findings[0].values.refundUnusedPrepaid.text).toBe("不予退还");
    expect(zh.findings[0].message).toBe(
      "已支付的费用不予退还；审查标准：协议终止时，乙方退还已预付但尚未使用期间的费用。"
    );
  });

  it("still flags non-refundable fees when only a vendor breach earns a refund", () => {
    const t = run(
      "4.3 Fees are non-refundable, except that if Customer terminates for Vendor's uncured breach, Vendor will refund prepaid fees for the unused period."
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["non-refundable"]);
  });

  it("meets quarterly payment with a refund of unused prepaid fees", () => {
    const t = run(
      "4.1 Fees are payable quarterly in advance within fifteen (15) days after the start of each calendar quarter.",
      "4.2 Upon termination for any reason, Vendor shall refund all prepaid fees for the unused period."
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(2);
  });

  it("meets the annual fee paid in quarterly instalments, and payment by milestone", () => {
    expect(
      run(
        "4.1 The annual subscription fee is payable in four equal quarterly instalments in arrears."
      ).verdict
    ).toBe("meets");
    expect(
      run("4.1 实施服务费按里程碑支付：每一阶段经甲方书面验收合格后十日内支付该阶段款项。").verdict
    ).toBe("meets");
  });

  it("reads Traditional Chinese: quarterly payment with a refund meets, an annual prepayment deviates", () => {
    expect(
      run("第四條 訂閱費按季度支付，本合約終止時，乙方應退還未使用期間之預付費用。").verdict
    ).toBe("meets");
    const t = run("第四條 甲方應於每年度開始前一次性預付全年訂閱費用，已付費用概不退還。");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["annual-upfront", "non-refundable"]);
    expect(t.findings[1].values.refundUnusedPrepaid.text).toBe("概不退還");
  });

  it("is missing when nothing says when or how fees are paid", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/^Subscription fees are payable quarterly/);
  });

  it("is not addressed by fees in a termination, liability or overage clause, or a definition", () => {
    const t = run(
      "16.2 Customer shall pay, as an early termination fee, all remaining Fees, which shall become immediately due and payable.",
      "15.2 Vendor's liability shall not exceed the fees paid in the twelve (12) months preceding the claim.",
      "3.2 Overage Fees are billed quarterly in arrears.",
      '1.9 "Fees" means all amounts payable by Customer under this Agreement, payable annually in advance.'
    );
    expect(t.verdict).toBe("missing");
  });

  it("finds the annual prepayment and the refusal to refund in both bundled drafts", () => {
    const en = sample("vendor-crm-en.draft.md");
    expect(en.findings.map((f) => f.reason.code)).toEqual(["annual-upfront", "non-refundable"]);
    expect(en.findings[0].anchor.quote).toMatch(/^Subscription Fees for each year/);
    const zh = sample("vendor-saas-zh.draft.md");
    // 4.2 一次性支付首个服务年度, 4.3 均不予退还, and 16.2's 已支付的费用不予退还 on termination.
    expect(zh.findings.map((f) => f.reason.code)).toEqual([
      "annual-upfront",
      "non-refundable",
      "non-refundable",
    ]);
  });
});
