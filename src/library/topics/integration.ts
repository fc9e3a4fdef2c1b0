/** integration: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const reason = (kind: string, p: Reason["params"], lang: Language): string | undefined => {
  switch (kind) {
    case "capped":
      if (lang === "zh")
        return p.calls !== undefined ? `API调用上限${p.calls}次` : "API调用受限或可被限流";
      return p.calls !== undefined
        ? `API calls capped at ${Number(p.calls).toLocaleString("en-US")}`
        : "API calls capped or throttled";
    case "charged":
      return lang === "zh" ? "集成或API使用另行收费" : "integration or API use charged separately";
    case "customer":
      return lang === "zh"
        ? "集成由甲方自行负责并承担费用"
        : "integration left to the customer at its own cost";
    case "as-available":
      return lang === "zh"
        ? "API仅按供应商意愿提供、可随时变更"
        : "API offered only as available, changeable at will";
    default:
      return undefined;
  }
};

const reasons = (p: Reason["params"], lang: Language) =>
  String(p.kinds ?? "")
    .split(",")
    .map((k) => reason(k, p, lang))
    .filter((r): r is string => r !== undefined)
    .join(lang === "zh" ? "，" : ", ");

export const integration: TopicWording = {
  topic: "integration",
  messages: {
    "api-limited": {
      zh: (p) =>
        `系统集成：${reasons(p, "zh")}；审查标准：合同列明需集成的系统，免费提供API文档及技术支持，集成失败的可退款或免费延期。`,
      en: (p) =>
        `Integration: ${reasons(p, "en")}; playbook: the systems to integrate named in the contract, API documentation and technical support included, a refund or free extension if the integration fails.`,
    },
  },
  clause: {
    zh: "乙方负责将本系统与甲方的以下系统集成：［ERP系统］、［财务系统］、［邮件营销平台］（以双方书面确认的清单为准），集成费用已包含在本协议价款中。乙方应免费提供完整的API文档和技术支持，不限制API调用次数，API的使用不另行收费；集成未能按期实现约定功能的，甲方有权要求退还相应费用或由乙方免费延长服务期。",
    en: "The Vendor shall integrate the Service with the following systems of the Customer: [ERP system], [finance system] and [e-mail marketing platform] (or as listed in a schedule signed by both parties), at no additional charge. The Vendor shall provide complete API documentation and technical support free of charge, and API calls shall not be capped, throttled or charged separately. If an integration does not deliver the agreed functions on time, the Customer may claim a refund of the related fees or a free extension of the subscription term.",
  },
};
