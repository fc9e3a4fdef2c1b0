/** liability-cap: at least 12 months' fees, with data breaches and confidentiality uncapped. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { liabilityCap } from "../../../src/engine/topics/liabilityCap";
import { liabilityCap as wording } from "../../../src/library/topics/liabilityCap";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(liabilityCap, wording, lines);
const sample = (file: string) =>
  judge(
    liabilityCap,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const codes = (t: ReturnType<typeof run>) => t.findings.map((f) => f.reason.code);

const CARVE_OUT_EN =
  "15.3 The limitations in this Section 15 shall not apply to breaches of Section 12 (Confidentiality), to any breach of Vendor's data protection obligations or loss of Customer Data, or to wilful misconduct.";
const CARVE_OUT_ZH =
  "15.3 但乙方违反保密义务或数据安全义务、导致甲方数据泄露或丢失，或因故意或重大过失造成的损失，不受前款上限的限制。";

describe("liability-cap", () => {
  it("flags a one-month cap and reads the months (English)", () => {
    const t = run(
      "15.2 Liability Cap. VENDOR'S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED THE FEES PAID BY CUSTOMER FOR THE ONE (1) MONTH IMMEDIATELY PRECEDING THE CLAIM.",
      CARVE_OUT_EN
    );
    expect(t.verdict).toBe("deviates");
    expect(codes(t)).toEqual(["cap-too-low"]);
    const [f] = t.findings;
    expect(f.severity).toBe("medium");
    expect(f.values.capMonths).toEqual({ value: 1, unit: "month", text: "ONE (1) MONTH" });
    expect(f.message).toBe(
      'Liability cap: 1 month\'s fees ("ONE (1) MONTH"); playbook: no lower than the fees of the last 12 months, with data breaches, confidentiality and wilful misconduct uncapped.'
    );
  });

  it("flags 前三个月 in Chinese", () => {
    const t = run(
      "15.2 乙方在本协议项下的累计赔偿责任，以违约事件发生前三个月内甲方实际支付的服务费为上限。",
      CARVE_OUT_ZH
    );
    expect(codes(t)).toEqual(["cap-too-low"]);
    const [f] = t.findings;
    expect(f.values.capMonths).toEqual({ value: 3, unit: "month", text: "三个月" });
    expect(f.message).toBe(
      "乙方赔偿责任上限：3个月的费用（“三个月”）；审查标准：不低于最近12个月的费用，且数据泄露、违反保密义务及故意不当行为不受上限限制。"
    );
  });

  it("flags a fixed sum below the year's fees stated in the order form", () => {
    const t = run(
      "Item | Annual fee",
      "CRM subscription | USD 60,000 per year",
      "15.2 Vendor's total liability shall not exceed USD 5,000.",
      CARVE_OUT_EN
    );
    expect(codes(t)).toEqual(["cap-too-low"]);
    expect(t.findings[0].values.capMonths.value).toBe(1);
    expect(t.findings[0].values.capAmount).toEqual({ value: 5000, unit: "USD" });
  });

  it("flags excluded data loss and a cap with no carve-out (English)", () => {
    const t = run(
      "15.1 In no event shall either Party be liable for any indirect or consequential damages, or for any loss of profits, revenue or data.",
      "15.2 Vendor's aggregate liability shall not exceed the fees paid by Customer in the twelve (12) months preceding the claim."
    );
    expect(t.findings.map((f) => [f.reason.code, f.reason.params.kind, f.severity])).toEqual([
      ["data-breach-capped", "excluded", "medium"],
      ["data-breach-capped", "capped", "medium"],
    ]);
    expect(t.findings[0].message).toBe(
      "Loss of data is excluded from the vendor's liability; playbook: liability for data breaches, data loss and breaches of confidentiality is not limited."
    );
    expect(t.findings[1].message).toBe(
      "The cap also covers data breaches and breaches of confidentiality, with no carve-out; playbook: data breaches, confidentiality and wilful misconduct uncapped."
    );
  });

  it("flags 数据丢失 excluded and a super-cap on data breaches (Chinese)", () => {
    const t = run(
      "15.1 任何一方均不对另一方的间接损失、利润损失或数据丢失承担责任。",
      "15.2 乙方的累计赔偿责任不超过前十二个月甲方已支付的费用；乙方因数据泄露承担的赔偿责任以人民币一万元为上限。"
    );
    expect(t.findings.map((f) => [f.reason.code, f.reason.params.kind])).toEqual([
      ["data-breach-capped", "excluded"],
      ["data-breach-capped", "capped"],
    ]);
    expect(t.findings[0].message).toBe(
      "数据丢失的损失被排除在赔偿范围之外；审查标准：数据泄露、数据丢失及违反保密义务的责任不受限制。"
    );
    expect(t.findings[1].anchor.quote).toMatch(/数据泄露承担的赔偿责任/);
  });

  it("meets twelve months' fees with data and confidentiality carved out (English)", () => {
    const t = run(
      "15.1 Neither Party shall be liable for indirect or consequential damages.",
      "15.2 Vendor's aggregate liability shall not exceed the fees paid in the twelve (12) months preceding the claim.",
      CARVE_OUT_EN
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(3);
  });

  it("meets in Chinese and in Traditional Chinese", () => {
    expect(
      run("15.2 乙方的累计赔偿责任以违约事件发生前十二个月内甲方支付的费用为上限。", CARVE_OUT_ZH)
        .verdict
    ).toBe("meets");
    expect(
      run(
        "15.2 乙方的累計賠償責任以違約事件發生前十二個月內甲方支付的費用為限；但乙方違反保密義務或導致甲方資料洩露造成的損失，不受前述上限限制。"
      ).verdict
    ).toBe("meets");
  });

  it("follows a carve-out's cross-references to the sections' headings", () => {
    const lines = (carve: string) => [
      "## 7. Customer Data and Security",
      "7.1 Vendor shall protect Customer Data.",
      "## 8. Fees",
      "8.1 Fees are payable quarterly.",
      "## 9. Confidentiality",
      "9.1 Each Party shall keep the other Party's Confidential Information confidential.",
      "## 10. Liability",
      "10.1 Each Party's total liability shall not exceed the fees paid in the twelve (12) months preceding the claim.",
      carve,
    ];
    expect(
      run(...lines("10.2 The cap in Clause 10.1 does not apply to breach of Clause 7 or Clause 9."))
        .verdict
    ).toBe("meets");
    expect(
      codes(
        run(
          ...lines(
            "10.2 The cap in Clause 10.1 does not apply to Customer's obligations under Clause 8."
          )
        )
      )
    ).toEqual(["data-breach-capped"]);
  });

  it("is missing when liability is only mentioned in passing", () => {
    const t = run(
      "16.3 Vendor may discontinue the Service on thirty (30) days' notice without liability.",
      "4.5 Late payment bears a penalty; liquidated damages shall not exceed 10% of the overdue amount.",
      "9.1 Service credits shall not exceed 10% of the monthly fees.",
      "15.4 Customer's aggregate liability shall not exceed the Fees."
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(
      /no less than the total fees paid by the Customer in the 12 months/
    );
  });

  it("concludes on both bundled drafts: one month's cap, data loss excluded, nothing carved out", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("deviates");
      expect(t.findings.map((f) => [f.reason.code, f.reason.params.kind ?? null])).toEqual([
        ["data-breach-capped", "excluded"],
        ["data-breach-capped", "capped"],
        ["cap-too-low", null],
      ]);
      expect(t.findings[2].values.capMonths.value).toBe(1);
    }
  });
});
