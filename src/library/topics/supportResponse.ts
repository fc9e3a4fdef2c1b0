/** support-response: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import { hours, type TopicWording } from "../topicWording";

/** The time as the contract wrote it, with hours added when it was in other units. */
const written = (p: Reason["params"], lang: Language) => {
  const text = String(p.written ?? "");
  if (!text || /hour|小时/i.test(text)) return hours(p.hours, lang);
  return lang === "zh" ? `${text}（约${p.hours}小时）` : `${text} (about ${p.hours} hours)`;
};

export const supportResponse: TopicWording = {
  topic: "support-response",
  messages: {
    "response-too-slow": {
      zh: (p) =>
        `${p.level}级问题响应时间：${written(p, "zh")}；审查标准：不超过${hours(p.max, "zh")}。`,
      en: (p) =>
        `${p.level} response time: ${written(p, "en")}; playbook: at most ${hours(p.max, "en")}.`,
    },
    "no-severity-levels": {
      zh: (p) =>
        `响应时间：${written(p, "zh")}，未区分故障等级；审查标准：重大数据事故${hours(p.max, "zh")}内响应，严重故障4小时，一般问题24小时。`,
      en: (p) =>
        `Response time: ${written(p, "en")}, with no severity levels; playbook: ${hours(p.max, "en")} for a major data incident, 4 hours for a severe fault, 24 hours for ordinary questions.`,
    },
  },
  clause: {
    zh: "乙方提供7×24小时技术支持，并按以下时限书面确认响应：重大数据事故或系统中断（P1级）{maxP1ResponseHours}小时内响应；严重故障、关键功能不可用（P2级）{maxP2ResponseHours}小时内响应；一般问题（P3级）{maxP3ResponseHours}小时内响应。",
    en: "The Vendor provides 7×24 technical support and shall respond, confirmed in writing, within {maxP1ResponseHours} hour(s) to a major data incident or system outage (P1), within {maxP2ResponseHours} hours to a severe fault that makes a key function unusable (P2), and within {maxP3ResponseHours} hours to an ordinary question (P3).",
  },
};
