/** termination-exit: messages and the standard clause. */
import { days, type TopicWording } from "../topicWording";

export const terminationExit: TopicWording = {
  topic: "termination-exit",
  messages: {
    "no-convenience-exit": {
      zh: (p) =>
        `甲方不能无理由提前解约；审查标准：甲方可提前${days(p.notice, "zh")}书面通知解除本协议，解约费不超过剩余期限费用的30%，并获得完整数据导出和退出协助。`,
      en: (p) =>
        `The customer cannot terminate for convenience; playbook: termination for convenience on ${days(p.notice, "en")}' written notice, a fee of at most 30% of the remaining term's fees, full data export and exit assistance.`,
    },
    "exit-fee-high": {
      zh: (p) =>
        `提前解约费：剩余期限费用的${p.percent}%（“${p.written}”）；审查标准：不超过剩余期限费用的${p.max}%。`,
      en: (p) =>
        `Early termination fee: ${p.percent}% of the remaining fees ("${p.written}"); playbook: at most ${p.max}% of the remaining term's fees.`,
    },
  },
  clause: {
    zh: "甲方可随时提前{convenienceNoticeDays}日书面通知乙方解除本协议，无需说明理由；甲方仅需支付不超过剩余服务期费用{maxTerminationFeePercent}%的解约费，乙方应退还已预付但未使用的其余费用。本协议因任何原因终止的，乙方应按甲方要求以CSV或Excel等通用格式免费导出全部甲方数据，并提供必要的退出与迁移协助。",
    en: "The Customer may terminate this Agreement for convenience at any time on {convenienceNoticeDays} days' written notice. The Customer shall then pay an early termination fee of no more than {maxTerminationFeePercent}% of the fees for the remainder of the Term, and the Vendor shall refund any other prepaid, unused fees. On termination for any reason, the Vendor shall export all Customer Data free of charge in a common format such as CSV or Excel and provide reasonable exit and transition assistance.",
  },
};
