/** pricing-changes: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const pricingChanges: TopicWording = {
  topic: "pricing-changes",
  messages: {
    "price-increase": {
      zh: (p) =>
        `供应商可在续约时或随时上调价格（或优惠到期失效），未设上限；审查标准：服务期内价格固定，续约价格锁定${p.years}年，任何上调每年不超过${p.max}%。`,
      en: (p) =>
        `The vendor may raise prices at renewal or from time to time (or discounts lapse), with no cap; playbook: fees fixed for the term, renewal rates locked for ${p.years} years, any rise capped at ${p.max}% a year.`,
    },
    "increase-cap-high": {
      zh: (p) => `价格上调幅度：每年${p.percent}%；审查标准：每年不超过${p.max}%。`,
      en: (p) => `Price increase cap: ${p.percent}% a year; playbook: at most ${p.max}% a year.`,
    },
  },
  clause: {
    zh: "本协议及附件所列各项价格和费率在服务期内固定不变。自本协议生效之日起{priceLockYears}年内，续约价格及质保期满后的服务费率不高于本协议约定的价格；此后如需调整，须经双方书面协商一致，且每年上调幅度不超过{maxAnnualIncreasePercent}%。",
    en: "All prices and rates in this Agreement and its appendices are fixed for the Term. For {priceLockYears} years from the Effective Date, renewal fees and the rates for services after the warranty period shall not exceed those set out in this Agreement; thereafter any increase requires both parties' written agreement and shall not exceed {maxAnnualIncreasePercent}% per year.",
  },
};
