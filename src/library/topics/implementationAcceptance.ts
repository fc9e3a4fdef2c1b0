/** implementation-acceptance: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

/** "5日" / "5 business days" from the period read (number and unit), or null when none was read. */
const period = (p: Reason["params"], lang: Language): string | null => {
  if (p.periodValue === undefined) return null;
  const n = Number(p.periodValue);
  const unit = String(p.periodUnit ?? "day");
  if (lang === "zh") {
    return unit === "business-day" ? `${n}个工作日` : unit === "week" ? `${n}周` : `${n}日`;
  }
  const word = unit === "business-day" ? "business day" : unit === "week" ? "week" : "day";
  return `${n} ${word}${n === 1 ? "" : "s"}`;
};

export const implementationAcceptance: TopicWording = {
  topic: "implementation-acceptance",
  messages: {
    "deemed-acceptance": {
      zh: (p) => {
        const days = period(p, "zh");
        return `视为验收：${days ? `交付后${days}内未书面提出异议（或开始使用）即视为验收合格` : "未经书面签署即视为验收合格（交付、上线、使用或沉默）"}；审查标准：按约定验收标准由甲方书面签署验收，未经验收不进入下一阶段，逾期交付承担违约金。`;
      },
      en: (p) => {
        const days = period(p, "en");
        return `Deemed acceptance: ${days ? `deliverables count as accepted after ${days} without a written objection (or on use)` : "deliverables count as accepted without written sign-off (on delivery, go-live, use or silence)"}; playbook: acceptance only by the customer's written sign-off against agreed criteria, no next phase before acceptance, liquidated damages for late delivery.`;
      },
    },
  },
  clause: {
    zh: "乙方应在本协议签订后提交书面实施计划，列明各阶段的工作内容（包括系统配置、数据迁移、测试及培训）、交付物、完成日期及验收标准，经甲方书面确认后执行。每一阶段须经甲方按约定验收标准书面签署验收后方为验收合格，甲方的沉默、上线或使用均不视为验收合格；上一阶段验收合格前，不得开始下一阶段。乙方逾期交付的，每逾期一日应按该阶段费用的千分之五向甲方支付违约金。",
    en: "The Vendor shall deliver a written implementation plan, approved by the Customer in writing, setting out for each phase the work (including configuration, data migration, testing and training), the deliverables, the completion date and the acceptance criteria. A phase is accepted only when the Customer signs a written acceptance against those criteria; silence, go-live or use of a deliverable does not constitute acceptance, and no phase starts before the previous one has been accepted. For late delivery the Vendor shall pay liquidated damages of 0.5% of the fees of the delayed phase for each day of delay.",
  },
};
