/** functional-scope: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const functionalScope: TopicWording = {
  topic: "functional-scope",
  messages: {
    "scope-by-reference": {
      zh: (p) =>
        `功能范围：以合同外材料确定（“${p.reference}”），供应商可单方变更；审查标准：在功能清单附件中逐项列明包含的功能、需额外付费的项目及分阶段交付计划。`,
      en: (p) =>
        `Functional scope: defined by outside material ("${p.reference}") the vendor can change; playbook: every included feature itemised in a Functional Scope Appendix, with the extra-cost items and a delivery schedule by phase.`,
    },
  },
  clause: {
    zh: "乙方应交付的功能以本协议附件一《功能清单》逐项列明者为准；附件一同时列明需额外付费的项目及其价格，以及分阶段上线计划（各阶段的交付物及计划日期）。未在附件一列明的功能不属于交付范围，仅可经双方签署书面补充协议并约定价格后增加；乙方在演示、宣传资料或官方网站中展示但未列入附件一的功能，不构成乙方的承诺，乙方网站、产品说明或版本介绍的任何变更均不影响附件一的效力。",
    en: "The features the Vendor shall deliver are those itemised in the Functional Scope Appendix (Appendix 1), which also lists every extra-cost item with its price and the go-live schedule with the deliverables and planned date of each phase. A feature not listed in Appendix 1 is not included and may be added only by a written amendment signed by both parties stating its price; features shown in demonstrations, marketing material or the Vendor's website but not listed in Appendix 1 are not promised, and no change to the Vendor's website, product descriptions or editions affects Appendix 1.",
  },
};
