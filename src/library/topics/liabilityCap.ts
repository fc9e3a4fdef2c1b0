/** liability-cap: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const months = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}个月` : `${n} month${Number(n) === 1 ? "" : "s"}`;

const written = (p: Reason["params"], lang: Language) =>
  lang === "zh"
    ? `${months(p.months, "zh")}的费用（“${p.written}”）`
    : `${months(p.months, "en")}${Number(p.months) === 1 ? "'s" : "'"} fees ("${p.written}")`;

export const liabilityCap: TopicWording = {
  topic: "liability-cap",
  messages: {
    "cap-too-low": {
      zh: (p) =>
        `乙方赔偿责任上限：${written(p, "zh")}；审查标准：不低于最近${months(p.min, "zh")}的费用，且数据泄露、违反保密义务及故意不当行为不受上限限制。`,
      en: (p) =>
        `Liability cap: ${written(p, "en")}; playbook: no lower than the fees of the last ${months(p.min, "en")}, with data breaches, confidentiality and wilful misconduct uncapped.`,
    },
    "data-breach-capped": {
      zh: (p) =>
        p.kind === "excluded"
          ? `数据丢失的损失被排除在赔偿范围之外；审查标准：数据泄露、数据丢失及违反保密义务的责任不受限制。`
          : `责任上限同样适用于数据泄露和违反保密义务，未作除外约定；审查标准：数据泄露、违反保密义务及故意不当行为不受上限限制。`,
      en: (p) =>
        p.kind === "excluded"
          ? `Loss of data is excluded from the vendor's liability; playbook: liability for data breaches, data loss and breaches of confidentiality is not limited.`
          : `The cap also covers data breaches and breaches of confidentiality, with no carve-out; playbook: data breaches, confidentiality and wilful misconduct uncapped.`,
    },
  },
  clause: {
    zh: "乙方在本协议项下的累计赔偿责任不低于违约事件发生前{minCapMonthsOfFees}个月内甲方已支付的全部费用；但因乙方违反数据安全或保密义务、导致甲方数据泄露、丢失或损毁，或因乙方故意或重大过失造成的损失，不受前述上限及任何损失类型排除条款的限制。",
    en: "The Vendor's aggregate liability under this Agreement shall be no less than the total fees paid by the Customer in the {minCapMonthsOfFees} months preceding the event giving rise to the claim. Neither that limit nor any exclusion of types of loss applies to losses caused by the Vendor's breach of its data security or confidentiality obligations, by any breach, loss or corruption of Customer Data, or by the Vendor's wilful misconduct or gross negligence.",
  },
};
