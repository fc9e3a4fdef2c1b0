/** ip-ownership: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const owner = (p: Reason["params"], lang: Language) => {
  if (p.owner === "joint") return lang === "zh" ? "由双方共有" : "jointly owned";
  return lang === "zh" ? "归乙方所有" : "owned by the vendor";
};

export const ipOwnership: TopicWording = {
  topic: "ip-ownership",
  messages: {
    "ip-not-customer": {
      zh: (p) =>
        `为甲方制作的配置、报表、工作流、模板或数据模型${owner(p, "zh")}（“${p.written}”）；审查标准：全部归甲方所有，乙方仅可为向甲方提供服务而使用。`,
      en: (p) =>
        `Configurations, reports, workflows, templates or data models made for the customer are ${owner(p, "en")} ("${p.written}"); playbook: all of them belong to the customer, and the vendor may use them only to serve this customer.`,
    },
  },
  clause: {
    zh: "甲方在使用本服务过程中自行或委托乙方制作的全部配置、字段、表单、报表、仪表盘、工作流、审批流、模板及数据模型（“定制成果”），其知识产权及其他权利均归甲方所有；乙方仅可为向甲方提供本协议项下服务之目的使用定制成果，不得将其用于其他客户或向第三方提供。乙方就本软件本身享有的知识产权不受影响。",
    en: 'All configurations, fields, forms, reports, dashboards, workflows, approval processes, templates and data models created by or for the Customer in the course of its use of the Service ("Configurations") and all intellectual property rights in them belong to the Customer. The Vendor may use the Configurations only to provide the Service to the Customer under this Agreement and shall not use them for any other customer or disclose them to any third party. The Vendor\'s rights in the Service itself are not affected.',
  },
};
