import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { invoicing } from "../../../src/engine/topics/invoicing";
import { invoicing as wording } from "../../../src/library/topics/invoicing";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(invoicing, wording, lines);
const sample = (file: string) =>
  judge(invoicing, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

describe("invoicing", () => {
  it("flags an invoice deadline longer than five business days (English)", () => {
    const t = run(
      "4.3 Supplier shall issue a valid PRC VAT special invoice (fapiao) for each payment within ten (10) Business Days after receipt of that payment."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["invoice-late", "low"]);
    expect(f.values.invoiceDays).toEqual({
      value: 10,
      unit: "business-day",
      text: "ten (10) Business Days",
    });
    expect(f.message).toBe(
      "Invoice deadline: 10 business days; playbook: a compliant invoice within 5 business days of each payment."
    );
  });

  it("flags fifteen business days in Traditional Chinese and ten calendar days in Simplified", () => {
    const trad = run("4.4 乙方應於收到每筆付款後十五個工作日內開具增值稅專用發票。");
    const [f] = trad.findings;
    expect([f.reason.code, f.severity]).toEqual(["invoice-late", "low"]);
    expect(f.values.invoiceDays).toEqual({
      value: 15,
      unit: "business-day",
      text: "十五個工作日",
    });
    expect(f.message).toBe("开票期限：15个工作日；审查标准：每笔付款后5个工作日内开具合规发票。");
    // The customer's own payment term in the same sentence is not the invoice's deadline.
    const zh = run("4.4 乙方收到款项后，应在10日内开具发票，甲方收到发票后15日内支付下一期款项。");
    expect(zh.findings[0].values.invoiceDays).toMatchObject({ value: 10, unit: "day" });
    expect(zh.findings[0].message).toBe(
      "开票期限：10日；审查标准：每笔付款后5个工作日内开具合规发票。"
    );
  });

  it("flags invoices with no deadline in both languages", () => {
    const en = run(
      "4.5 Vendor shall issue a VAT special invoice to Customer for each payment received."
    );
    expect(en.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["no-invoice-deadline", "low"],
    ]);
    expect(en.findings[0].values).toEqual({});
    expect(en.findings[0].message).toBe(
      "No deadline for issuing invoices; playbook: a compliant invoice within 5 business days of each payment, with the right to withhold later payments until it is issued."
    );
    const zh = run("6.3 乙方于收到甲方款项后开具发票，开具时间依乙方内部财务流程办理。");
    expect(zh.findings.map((f) => f.reason.code)).toEqual(["no-invoice-deadline"]);
    expect(zh.findings[0].message).toBe(
      "未约定开具发票的期限；审查标准：每笔付款后5个工作日内开具合规发票，逾期未开具的，甲方有权暂停后续付款。"
    );
  });

  it("meets an invoice within five business days, however the sentence is ordered", () => {
    expect(
      run(
        "4.3 Within five (5) Business Days after receiving each payment, Supplier shall issue to Purchaser a compliant VAT special invoice for the amount received."
      ).verdict
    ).toBe("meets");
    expect(
      run("4.4 乙方应在收到甲方每笔付款之日起5个工作日内，向甲方开具合规的增值税专用发票。").verdict
    ).toBe("meets");
    expect(run("4.4 乙方應於收到每筆付款後五個工作日內開具增值稅專用發票。").verdict).toBe("meets");
  });

  it("meets an invoice issued at once on payment", () => {
    expect(
      run("4.4 Vendor shall provide a valid VAT invoice upon receipt of each payment.").verdict
    ).toBe("meets");
  });

  it("is missing when invoices are mentioned only as what triggers payment", () => {
    const t = run(
      "4.2 Customer shall pay each invoice within thirty (30) days of the invoice date.",
      "4.3 甲方收到乙方开具的合规发票后十个工作日内付款。"
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("low");
    // The document is mostly Chinese, so the standard clause comes in Chinese, with the playbook's 5.
    expect(t.suggestion).toBe(
      "乙方应在收到甲方每笔付款之日起5个工作日内，向甲方开具与付款金额相等的合规增值税专用发票。乙方未按期开具发票的，甲方有权暂停支付后续款项直至乙方开具为止，且不视为甲方违约。"
    );
  });

  it("is not addressed by a definition or an overage clause that invoices in passing", () => {
    const t = run(
      '1.8 "Invoice" means a tax invoice issued by Vendor.',
      "3.2 If the number of users exceeds 50, Vendor will invoice Customer for each additional user."
    );
    expect(t.verdict).toBe("missing");
  });

  it("meets the five-business-day invoice clause of both bundled drafts", () => {
    for (const file of ["vendor-crm-en.draft.md", "vendor-saas-zh.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("meets");
      expect(t.clauses.map((c) => c.quote.slice(0, 3))).toEqual(["4.4"]);
    }
  });
});
