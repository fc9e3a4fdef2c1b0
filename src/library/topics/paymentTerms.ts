/** payment-terms: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

/** The period the draft makes the customer pay at once: a year, or the whole (multi-year) term. */
const paid = (p: Reason["params"], lang: Language) =>
  p.period === "term"
    ? lang === "zh"
      ? "一次性预付整个服务期的费用"
      : "the whole term's fees paid upfront"
    : lang === "zh"
      ? "一次性预付全年费用"
      : "a whole year's fees paid upfront";

/** The playbook's instalment: quarterly by default, monthly if a firm prefers it. */
const instalment = (p: Reason["params"], lang: Language) =>
  p.max === "month"
    ? lang === "zh"
      ? "按月付款"
      : "monthly payment"
    : lang === "zh"
      ? "按季度付款"
      : "quarterly payment";

export const paymentTerms: TopicWording = {
  topic: "payment-terms",
  messages: {
    "annual-upfront": {
      zh: (p) =>
        `付款方式：${paid(p, "zh")}；审查标准：${instalment(p, "zh")}（每期期初预付或期末支付），终止时退还未使用部分的预付费用。`,
      en: (p) =>
        `Payment: ${paid(p, "en")}; playbook: ${instalment(p, "en")} (in advance or in arrears for each period), with unused prepaid fees refunded on termination.`,
    },
    "non-refundable": {
      zh: () => `已支付的费用不予退还；审查标准：协议终止时，乙方退还已预付但尚未使用期间的费用。`,
      en: () =>
        `Fees paid are non-refundable; playbook: on termination the vendor refunds prepaid fees for the unused period.`,
    },
  },
  clause: {
    zh: "订阅费按季度支付：甲方于每一季度开始后十五日内支付该季度的订阅费，或经双方书面约定于每一季度末支付；任何情况下甲方均无须一次性预付超过一个季度的费用。实施服务费按里程碑支付，每一里程碑经甲方书面验收合格后支付相应款项。本协议因任何原因提前终止或期满终止的，乙方应于终止之日起三十日内向甲方退还已预付但尚未使用期间的全部费用。",
    en: "Subscription fees are payable quarterly, within fifteen (15) days after the start of each calendar quarter or, where the parties so agree in writing, at the end of each quarter; the Customer shall in no event be required to pay more than one quarter's fees in advance. Implementation fees are payable per milestone, after the Customer's written acceptance of that milestone. On expiry or termination of this Agreement for any reason, the Vendor shall refund to the Customer, within thirty (30) days, all prepaid fees for the period after the effective date of termination.",
  },
};
