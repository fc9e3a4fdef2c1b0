import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { hiddenFees } from "../../../src/engine/topics/hiddenFees";
import { hiddenFees as wording } from "../../../src/library/topics/hiddenFees";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(hiddenFees, wording, lines);
const sample = (file: string) =>
  judge(
    hiddenFees,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

const FEE_EN =
  "A fee is not listed in the contract (additional fees may apply, or fees follow a price list or rates the vendor can change); playbook: every fee is listed in the contract or its appendices, and nothing outside them is payable.";
const FEE_ZH =
  "费用未在合同中列明（可能另行收费，或按供应商可单方调整的价目表、费率计收）；审查标准：所有费用均在合同正文或附件中列明，此外甲方无须支付任何费用。";

describe("hidden-fees", () => {
  it("flags 'additional fees may apply' (English)", () => {
    const t = run(
      "2.4 Data migration and custom development are not included in the Subscription Fees and may be subject to additional fees under a separate statement of work."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["open-ended-fees", "medium"]);
    expect(f.values.openEndedFee).toEqual({
      value: true,
      text: "may be subject to additional fees",
    });
    expect(f.message).toBe(FEE_EN);
  });

  it("flags 可能收取额外费用 and a price list on the vendor's website (Chinese)", () => {
    const t = run("2.5 甲方需要上述服务的，双方应另行签署服务订单，乙方可能就此收取额外费用。");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["open-ended-fees", "medium"]);
    expect(f.values.openEndedFee.text).toBe("可能就此收取额外费用");
    expect(f.message).toBe(FEE_ZH);
    const list = run(
      "2.2 甲方如需使用附件一以外的增值模块，应按乙方届时有效的官方价目表另行付费。"
    );
    expect(list.findings.map((f) => f.reason.code)).toEqual(["open-ended-fees"]);
  });

  it("flags demo features reserved for a higher edition in both languages", () => {
    const en = run(
      "2.2 Features demonstrated during the sales process that do not form part of the Edition ordered are not included and are available only in a higher edition."
    );
    expect(en.findings.map((f) => f.reason.code)).toEqual(["open-ended-fees"]);
    expect(en.findings[0].message).toBe(
      "Features shown in demos or marketing are not in the edition purchased and need a higher, extra-cost edition; playbook: every fee is listed in the contract or its appendices, and nothing outside them is payable."
    );
    const zh = run(
      "2.3 乙方在售前演示中展示的功能，如不属于甲方所订购版本的标准功能，不构成乙方在本协议项下的交付义务。"
    );
    expect(zh.findings.map((f) => f.reason.code)).toEqual(["open-ended-fees"]);
    expect(zh.findings[0].message).toBe(
      "售前演示或宣传中展示的功能不在所购版本内，需升级更高版本另行付费；审查标准：所有费用均在合同正文或附件中列明，此外甲方无须支付任何费用。"
    );
  });

  it("meets when every fee is listed and nothing else is payable, including a protective negation", () => {
    expect(
      run(
        "4.1 The Fees set out in Schedule 1 are the only fees payable; no other fees or charges shall be payable by Customer."
      ).verdict
    ).toBe("meets");
    const t = run(
      "6.2 乙方在产品演示中展示、但附件一未列明的功能，如属标准产品已具备的功能，乙方亦应向甲方提供，不得另行收费。"
    );
    expect(t.verdict).toBe("meets");
  });

  it("does not read the buyer's scope clause, measured against the contract's list, as a reserved edition", () => {
    // The Functional Scope Appendix's lead clause and the library's functional-scope clause.
    for (const line of [
      "1. 乙方在演示、宣传资料或官方网站中展示但未列入本附件的功能，不构成乙方的承诺。",
      "2. Features shown in demonstrations or marketing material but not listed in this Appendix are not included.",
      "3. 乙方应交付的功能以附件一逐项列明者为准；附件一同时列明需额外付费的项目及其价格。",
    ]) {
      expect({ line, findings: run(line).findings }).toEqual({ line, findings: [] });
    }
    // The edition as the yardstick stays a risk.
    expect(
      run(
        "2.3 乙方在售前演示中展示的功能，如不属于甲方所订购版本的标准功能，不构成乙方的交付义务。"
      ).verdict
    ).toBe("deviates");
  });

  it("meets extra services priced in the contract (an amount, or the contract's own rate)", () => {
    expect(
      run(
        "6.6 如需现场培训，按每场人民币捌仟元（¥8,000）另行收费。",
        "8.5 派员的，按本协议第6.5款约定的人天标准支付服务费。"
      ).verdict
    ).toBe("meets");
  });

  it("reads Traditional Chinese: no other fee is a meet, a price list on the website a deviation", () => {
    expect(run("第四條 除本合約附件所列費用外，甲方無須支付任何其他費用。").verdict).toBe("meets");
    const t = run(
      "3.3 訂購明細未載明之功能模組，甲方如有使用，應依乙方屆時於官方網站公布之價目表支付額外費用。"
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["open-ended-fees"]);
  });

  it("is missing when nothing speaks of fees beyond those listed", () => {
    const t = run("4.1 Customer shall pay the Fees set out in the Order Form.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/^All fees payable by the Customer/);
  });

  it("is not addressed by overage prices, renewal prices, taxes or a definition", () => {
    const t = run(
      "3.2 Additional users are charged at Vendor's then-current list price.",
      "5.2 Each Renewal Term shall be charged at Vendor's then-current list prices.",
      "4.5 Fees are exclusive of taxes, and Customer shall pay any other taxes.",
      '1.9 "Fees" means all amounts payable, including additional fees under an Order Form.'
    );
    expect(t.verdict).toBe("missing");
  });

  it("finds the demo features, 'additional fees' and unpriced restoration in both bundled drafts", () => {
    const en = sample("vendor-crm-en.draft.md");
    expect(en.findings.map((f) => f.anchor.quote.slice(0, 24))).toEqual([
      "Features demonstrated du",
      "Except for the Standard ",
      "Restoration of individua",
    ]);
    const zh = sample("vendor-saas-zh.draft.md");
    // 2.3 demo features, 2.5 可能就此收取额外费用, 10.8 a restore fee charged per time with no amount.
    expect(zh.findings.map((f) => f.reason.params.kind)).toEqual(["edition", "fee", "fee"]);
    expect(zh.findings[2].anchor.quote).toMatch(/按次收取数据恢复服务费/);
  });
});
