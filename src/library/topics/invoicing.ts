/** invoicing: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import { days, type TopicWording } from "../topicWording";

/** The deadline as the contract counts it: business days, or calendar days, weeks, months. */
const deadline = (p: Reason["params"], lang: Language) => {
  const n = p.days;
  const plural = Number(n) === 1 ? "" : "s";
  switch (p.unit) {
    case "business-day":
      return lang === "zh" ? `${n}个工作日` : `${n} business day${plural}`;
    case "week":
      return lang === "zh" ? `${n}周` : `${n} week${plural}`;
    case "month":
      return lang === "zh" ? `${n}个月` : `${n} month${plural}`;
    case "hour":
      return lang === "zh" ? `${n}小时` : `${n} hour${plural}`;
    default:
      return days(n, lang);
  }
};

export const invoicing: TopicWording = {
  topic: "invoicing",
  messages: {
    "invoice-late": {
      zh: (p) =>
        `开票期限：${deadline(p, "zh")}；审查标准：每笔付款后${p.max}个工作日内开具合规发票。`,
      en: (p) =>
        `Invoice deadline: ${deadline(p, "en")}; playbook: a compliant invoice within ${p.max} business days of each payment.`,
    },
    "no-invoice-deadline": {
      zh: (p) =>
        `未约定开具发票的期限；审查标准：每笔付款后${p.max}个工作日内开具合规发票，逾期未开具的，甲方有权暂停后续付款。`,
      en: (p) =>
        `No deadline for issuing invoices; playbook: a compliant invoice within ${p.max} business days of each payment, with the right to withhold later payments until it is issued.`,
    },
  },
  clause: {
    zh: "乙方应在收到甲方每笔付款之日起{maxInvoiceBusinessDays}个工作日内，向甲方开具与付款金额相等的合规增值税专用发票。乙方未按期开具发票的，甲方有权暂停支付后续款项直至乙方开具为止，且不视为甲方违约。",
    en: "The Vendor shall issue to the Customer a compliant invoice (for a Customer in the PRC, a special VAT invoice) for the amount of each payment within {maxInvoiceBusinessDays} business days after receiving that payment. Until such an invoice is issued, the Customer may withhold any later payment without being in breach of this Agreement.",
  },
};
