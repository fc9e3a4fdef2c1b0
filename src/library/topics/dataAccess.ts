/** data-access: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

/** What the contract lets the vendor's staff do, in the words it used. */
const reading = (p: Reason["params"], lang: Language) => {
  const quoted = lang === "zh" ? `（“${p.written}”）` : ` ("${p.written}")`;
  if (p.kind === "no-logs") {
    return lang === "zh"
      ? `合同排除了对乙方人员访问甲方数据的日志记录${quoted}`
      : `The contract rules out logs of the vendor's access to customer data${quoted}`;
  }
  if (p.kind === "discretionary") {
    return lang === "zh"
      ? `乙方人员可按乙方自行判断访问甲方数据${quoted}`
      : `Vendor staff may access customer data as the vendor sees fit${quoted}`;
  }
  return lang === "zh"
    ? `乙方人员可访问甲方数据，未限于提供服务所必需，也未约定访问日志${quoted}`
    : `Vendor staff may access customer data without being limited to what the service needs, and no access is logged${quoted}`;
};

export const dataAccess: TopicWording = {
  topic: "data-access",
  messages: {
    "free-access": {
      zh: (p) =>
        `${reading(p, "zh")}；审查标准：仅在提供服务所必需时按最小权限访问，每次访问均记录日志并向甲方开放查阅，支持IP白名单。`,
      en: (p) =>
        `${reading(p, "en")}; playbook: access only as needed to provide the service, with least privilege, every access logged and the logs available to the customer, and an IP allow-list supported.`,
    },
  },
  clause: {
    zh: "乙方及其人员仅可在为甲方提供技术支持、排查故障或履行本协议所必需的范围内，按最小权限原则访问甲方数据，不得将甲方数据用于其他目的；乙方应对每一次访问记录日志（包括访问人员、时间、事由及所涉数据），日志保存于服务期内并随时供甲方查阅，并支持甲方设置IP白名单限制访问来源。",
    en: "The Vendor and its personnel may access Customer Data only to the extent necessary to provide support, resolve incidents or otherwise perform this Agreement, on a least-privilege basis, and shall not use it for any other purpose. The Vendor shall log every access (person, time, reason and data concerned), keep the logs for the Term and make them available to the Customer on request, and shall support an IP allow-list set by the Customer.",
  },
};
