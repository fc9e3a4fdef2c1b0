/** availability-sla: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const availabilitySla: TopicWording = {
  topic: "availability-sla",
  messages: {
    "availability-low": {
      zh: (p) =>
        `可用性承诺：${p.percent}%；审查标准：月度可用性不低于${p.min}%，未达标时提供服务抵扣。`,
      en: (p) =>
        `Availability target: ${p.percent}%; playbook: at least ${p.min}% monthly, with service credits.`,
    },
    "efforts-only": {
      zh: (p) =>
        `可用性仅为努力目标（“${p.qualifier}”），并非承诺；审查标准：承诺月度可用性不低于${p.min}%，未达标时提供服务抵扣。`,
      en: (p) =>
        `Availability is only a goal ("${p.qualifier}"), not a commitment; playbook: a committed ${p.min}% monthly availability, with service credits.`,
    },
    "no-credits": {
      zh: (p) =>
        `${p.excluded === "yes" ? "明确排除" : "未约定"}未达可用性标准时的服务抵扣或补偿；审查标准：按不可用时长比例抵扣或退还服务费，多次未达标时客户有权解约。`,
      en: (p) =>
        `Service credits for missed availability: ${p.excluded === "yes" ? "expressly excluded" : "none offered"}; playbook: pro-rata credits or refunds, and a right to terminate after repeated misses.`,
    },
  },
  clause: {
    zh: "乙方承诺本服务的月度可用性不低于{minAvailabilityPercent}%。任一自然月可用性低于该标准的，乙方应按不可用时长占当月总时长的比例抵扣或退还甲方当月服务费；连续三个月或任意十二个月内累计三次未达到该标准的，甲方有权书面通知解除本协议，乙方应退还已预付但未使用的服务费。",
    en: "The Vendor commits to a monthly availability of the Service of at least {minAvailabilityPercent}%. For any calendar month in which availability falls below that level, the Vendor shall credit or refund the Customer's fees for that month in proportion to the unavailable time; if availability falls below that level in three consecutive months, or in any three months within a twelve-month period, the Customer may terminate this Agreement by written notice and the Vendor shall refund all prepaid fees for the unused period.",
  },
};
