/** hidden-fees: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const hiddenFees: TopicWording = {
  topic: "hidden-fees",
  messages: {
    "open-ended-fees": {
      zh: (p) =>
        `${
          p.kind === "edition"
            ? "售前演示或宣传中展示的功能不在所购版本内，需升级更高版本另行付费"
            : "费用未在合同中列明（可能另行收费，或按供应商可单方调整的价目表、费率计收）"
        }；审查标准：所有费用均在合同正文或附件中列明，此外甲方无须支付任何费用。`,
      en: (p) =>
        `${
          p.kind === "edition"
            ? "Features shown in demos or marketing are not in the edition purchased and need a higher, extra-cost edition"
            : "A fee is not listed in the contract (additional fees may apply, or fees follow a price list or rates the vendor can change)"
        }; playbook: every fee is listed in the contract or its appendices, and nothing outside them is payable.`,
    },
  },
  clause: {
    zh: "本协议项下甲方应付的全部费用（包括订阅费、实施费、培训费、升级费及其他服务费）均已在本协议正文及附件中逐项列明；乙方在售前演示、方案介绍及宣传资料中展示的功能均包含在甲方所购版本内。除上述列明的费用外，乙方不得以任何名义向甲方收取其他费用，亦不得援引其可单方修改的价目表或收费标准。",
    en: "All fees payable by the Customer under this Agreement (including subscription, implementation, training, upgrade and other service fees) are listed item by item in this Agreement and its appendices, and every feature shown in the Vendor's demonstrations, proposals and marketing materials is included in the edition purchased. The Vendor shall charge no other fee of any kind and shall not rely on any price list or rate card that it may change unilaterally.",
  },
};
