/** performance: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const seconds = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}秒` : `${n} second${Number(n) === 1 ? "" : "s"}`;

/** The time as the contract wrote it, with seconds added when it was in other units. */
const written = (p: Reason["params"], lang: Language) => {
  const text = String(p.written ?? "");
  if (!text || /^[\d.]+\s*(?:s|secs?|seconds?|秒)$/i.test(text)) return seconds(p.seconds, lang);
  return lang === "zh" ? `${text}（${p.seconds}秒）` : `${text} (${p.seconds} seconds)`;
};

export const performance: TopicWording = {
  topic: "performance",
  messages: {
    "no-performance-commitment": {
      zh: (p) =>
        p.what === "page"
          ? `页面加载时间：${written(p, "zh")}；审查标准：不超过${seconds(p.max, "zh")}。`
          : p.what === "query"
            ? `查询响应时间：${written(p, "zh")}；审查标准：不超过${seconds(p.max, "zh")}。`
            : `系统性能未作承诺；审查标准：页面加载不超过${seconds(p.maxPage, "zh")}，查询结果不超过${seconds(p.maxQuery, "zh")}，并在约定的并发用户数下达到。`,
      en: (p) =>
        p.what === "page"
          ? `Page load time: ${written(p, "en")}; playbook: at most ${seconds(p.max, "en")}.`
          : p.what === "query"
            ? `Query response time: ${written(p, "en")}; playbook: at most ${seconds(p.max, "en")}.`
            : `Performance is not committed; playbook: page load within ${seconds(p.maxPage, "en")} and query results within ${seconds(p.maxQuery, "en")}, at the agreed number of concurrent users.`,
    },
  },
  clause: {
    zh: "乙方承诺，在双方约定的并发用户数下，本服务的页面加载时间不超过{maxPageLoadSeconds}秒，查询结果返回时间不超过{maxQuerySeconds}秒，批量操作在双方书面约定的时限内完成；上述性能指标纳入服务等级协议（SLA）附件，未达标的，乙方按该附件承担责任。",
    en: "The Vendor commits that, at the number of concurrent users agreed by the parties, pages of the Service load within {maxPageLoadSeconds} seconds, query results are returned within {maxQuerySeconds} seconds and batch operations complete within the times agreed in writing; these performance levels form part of the Service Level Appendix, and the Vendor is liable under that Appendix for any failure to meet them.",
  },
};
