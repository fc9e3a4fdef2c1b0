/** termination-exit: a way out for the customer, at a bounded price. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { terminationExit } from "../../../src/engine/topics/terminationExit";
import { terminationExit as wording } from "../../../src/library/topics/terminationExit";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(terminationExit, wording, lines);
const sample = (file: string) =>
  judge(
    terminationExit,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const codes = (t: ReturnType<typeof run>) => t.findings.map((f) => f.reason.code);

describe("termination-exit", () => {
  it("flags a refused convenience exit and an 'all remaining fees' charge (English)", () => {
    const t = run(
      "16.2 No Termination for Convenience. Customer may not terminate this Agreement for convenience during the Subscription Term. If Customer nevertheless purports to terminate early, Customer shall pay, as an early termination fee, all remaining Fees for the remainder of the then-current Subscription Term."
    );
    expect(t.verdict).toBe("deviates");
    expect(t.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["no-convenience-exit", "high"],
      ["exit-fee-high", "high"],
    ]);
    const [refusal, fee] = t.findings;
    expect(refusal.message).toBe(
      "The customer cannot terminate for convenience; playbook: termination for convenience on 60 days' written notice, a fee of at most 30% of the remaining term's fees, full data export and exit assistance."
    );
    expect(refusal.anchor.quote).toMatch(/^Customer may not terminate/);
    expect(fee.values.terminationFeePercent).toEqual({
      value: 100,
      unit: "%",
      text: "all remaining Fees",
    });
    expect(fee.message).toBe(
      'Early termination fee: 100% of the remaining fees ("all remaining Fees"); playbook: at most 30% of the remaining term\'s fees.'
    );
  });

  it("reads 百分之五十 of the remaining fees and the refusal in Chinese", () => {
    const t = run(
      "第十六条 服务期内，甲方无权以任何理由单方提前解除本协议。",
      "16.3 甲方坚持提前终止的，应向乙方支付剩余服务期费用的百分之五十作为违约金。"
    );
    expect(codes(t)).toEqual(["no-convenience-exit", "exit-fee-high"]);
    const fee = t.findings[1];
    expect(fee.values.terminationFeePercent).toEqual({ value: 50, unit: "%", text: "百分之五十" });
    expect(fee.message).toBe(
      "提前解约费：剩余期限费用的50%（“百分之五十”）；审查标准：不超过剩余期限费用的30%。"
    );
    expect(t.findings[0].message).toBe(
      "甲方不能无理由提前解约；审查标准：甲方可提前60日书面通知解除本协议，解约费不超过剩余期限费用的30%，并获得完整数据导出和退出协助。"
    );
  });

  it("flags termination for cause only (silence on convenience)", () => {
    const t = run(
      "16.1 Either Party may terminate this Agreement by written notice if the other Party materially breaches it and fails to cure the breach within thirty (30) days.",
      "16.3 Vendor may terminate this Agreement immediately if Customer becomes insolvent.",
      "17.3 If a force majeure event continues for more than sixty (60) days, either Party may terminate this Agreement."
    );
    expect(codes(t)).toEqual(["no-convenience-exit"]);
    expect(t.findings[0].anchor.paragraph).toBe(0);
  });

  it("flags a convenience exit charged at 50% (English)", () => {
    const t = run(
      "16.2 Customer may terminate this Agreement for convenience on sixty (60) days' written notice, subject to payment of a termination fee equal to fifty percent (50%) of the Fees for the remainder of the Term."
    );
    expect(codes(t)).toEqual(["exit-fee-high"]);
    expect(t.findings[0].values.terminationFeePercent.value).toBe(50);
  });

  it("meets a convenience exit with a 30% fee (English)", () => {
    const t = run(
      "16.2 Customer may terminate this Agreement for convenience at any time on sixty (60) days' written notice. Customer shall then pay a termination fee of thirty percent (30%) of the Fees for the remainder of the Term, and Vendor shall refund all remaining prepaid Fees."
    );
    expect(t.verdict).toBe("meets");
  });

  it("meets a convenience exit in Chinese, and in Traditional Chinese", () => {
    expect(
      run("第十六条 甲方可提前六十日书面通知乙方解除本协议，并按剩余服务期费用的30%支付解约费。")
        .verdict
    ).toBe("meets");
    expect(run("第十六條 甲方可隨時提前六十日書面通知乙方終止本協議，無需說明理由。").verdict).toBe(
      "meets"
    );
  });

  it("does not take a renewal opt-out or a no-refund clause for an exit", () => {
    const t = run(
      "5.2 Customer may cancel the renewal by written notice thirty (30) days before expiry.",
      "4.3 All Fees are non-refundable, including on the expiration or early termination of this Agreement for any reason.",
      "16.5 Upon termination, Vendor will delete Customer Data after thirty (30) days."
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(
      /terminate this Agreement for convenience at any time on 60 days' written notice/
    );
  });

  it("reads 'neither party may terminate for convenience' as a refusal", () => {
    const t = run(
      "10.2 Neither Party may terminate this Agreement for convenience before the end of the then-current Subscription Term.",
      "10.3 Either Party may terminate this Agreement if the other Party commits a material breach."
    );
    expect(codes(t)).toEqual(["no-convenience-exit"]);
    expect(t.findings[0].anchor.quote).toMatch(/^10\.2 Neither Party may terminate/);
  });

  it("reads the remaining term's fees kept on cancellation in online terms", () => {
    const t = run(
      "11.1 You may cancel your subscription at any time. If you cancel before the end of the Subscription Term, the fees for the whole of the remaining Subscription Term remain payable and will not be refunded."
    );
    expect(codes(t)).toEqual(["exit-fee-high"]);
    expect(t.findings[0].values.terminationFeePercent).toMatchObject({
      value: 100,
      text: "fees for the whole of the remaining",
    });
  });

  it("concludes that both bundled drafts lock the customer in at the full remaining fees", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(codes(t)).toEqual(["no-convenience-exit", "exit-fee-high"]);
      expect(t.findings[1].values.terminationFeePercent.value).toBe(100);
    }
  });
});
