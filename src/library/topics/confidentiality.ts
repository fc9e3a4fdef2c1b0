/** confidentiality: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const years = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}年` : `${n} year${Number(n) === 1 ? "" : "s"}`;

/** The period as written, with years added when the contract counted in months or days. */
const period = (p: Reason["params"], lang: Language) => {
  const text = String(p.written);
  if (/year|年/i.test(text)) return text;
  return lang === "zh"
    ? `${text}（约${years(p.years, "zh")}）`
    : `${text} (about ${years(p.years, "en")})`;
};

export const confidentiality: TopicWording = {
  topic: "confidentiality",
  messages: {
    "one-sided": {
      zh: () =>
        `保密义务只约束甲方，乙方对甲方的客户名单、销售策略、定价模型等信息不负保密义务；审查标准：双方互负保密义务（至少乙方及其人员对甲方信息保密），仅为提供服务使用，且在协议终止后继续有效。`,
      en: () =>
        `The confidentiality duty binds only the customer; the vendor owes no confidence for the customer's lists, sales strategy or pricing models; playbook: mutual confidentiality (at least the vendor and its staff keep the customer's information confidential), use only for the service, surviving termination.`,
    },
    "short-duty": {
      zh: (p) =>
        Number(p.years) === 0
          ? `保密义务随协议终止而终止（“${p.written}”）；审查标准：协议终止后继续有效，至少${years(p.min, "zh")}。`
          : `保密义务仅持续${period(p, "zh")}；审查标准：协议终止后继续有效，至少${years(p.min, "zh")}。`,
      en: (p) =>
        Number(p.years) === 0
          ? `The confidentiality duty ends with the agreement ("${p.written}"); playbook: it survives termination, for at least ${years(p.min, "en")}.`
          : `The confidentiality duty lasts only ${period(p, "en")}; playbook: it survives termination, for at least ${years(p.min, "en")}.`,
    },
  },
  clause: {
    zh: "双方均应对在签订和履行本协议过程中知悉的对方保密信息（包括甲方的客户名单、销售策略、定价模型及甲方数据）严格保密，仅为履行本协议之目的使用，并仅向因履行本协议确需知悉且负有同等保密义务的员工披露；乙方应确保其员工及分包商遵守本条约定。本条义务不因本协议的终止或期满而解除，直至相关信息依法进入公有领域为止。",
    en: "Each party shall keep confidential all Confidential Information of the other party obtained in connection with this Agreement (including the Customer's customer lists, sales strategies, pricing models and Customer Data), use it only to perform this Agreement and disclose it only to employees who need to know it and are bound by equivalent duties; the Vendor shall ensure that its staff and subcontractors comply with this clause. These obligations survive the expiry or termination of this Agreement for as long as the information remains confidential.",
  },
};
