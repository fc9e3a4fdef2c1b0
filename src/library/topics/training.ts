/** training: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import { hours, type TopicWording } from "../topicWording";

const position = (p: Reason["params"], lang: Language) =>
  lang === "zh"
    ? `免费提供不少于${p.minSessions}次现场培训，每次不少于${hours(p.minHours, "zh")}，覆盖销售、客服、市场及管理人员，并提供操作手册和视频教程`
    : `at least ${p.minSessions} on-site sessions of at least ${hours(p.minHours, "en")} each, free of charge, covering sales, service, marketing and management, with manuals and video tutorials`;

/** "2次线上培训，每次2小时" / "2 remote sessions of 2 hours" from what was read. */
const read = (p: Reason["params"], lang: Language): string => {
  const remote = p.remote !== undefined;
  if (lang === "zh") {
    const parts: string[] = [];
    if (p.sessions !== undefined) parts.push(`${p.sessions}次${remote ? "线上" : ""}培训`);
    else if (remote) parts.push("仅线上培训");
    if (p.hours !== undefined) parts.push(`每次${hours(p.hours, "zh")}`);
    if (p.totalHours !== undefined) parts.push(`合计${hours(p.totalHours, "zh")}`);
    return parts.join("，");
  }
  const parts: string[] = [];
  if (p.sessions !== undefined) {
    parts.push(
      `${p.sessions}${remote ? " remote" : ""} session${Number(p.sessions) === 1 ? "" : "s"}`
    );
  } else if (remote) parts.push("remote sessions only");
  if (p.hours !== undefined)
    parts.push(`${parts.length ? "of " : "sessions of "}${hours(p.hours, "en")}`);
  if (p.totalHours !== undefined) parts.push(`${hours(p.totalHours, "en")} in total`);
  return parts.join(" ");
};

export const training: TopicWording = {
  topic: "training",
  messages: {
    "training-charged": {
      zh: (p) =>
        `培训：${p.kind === "documentation" ? "仅提供在线文档或不提供现场培训" : "另行收费"}；审查标准：${position(p, "zh")}。`,
      en: (p) =>
        `Training: ${p.kind === "documentation" ? "online documentation only, no on-site training" : "charged separately"}; playbook: ${position(p, "en")}.`,
    },
    "training-too-little": {
      zh: (p) =>
        `培训：${read(p, "zh")}；审查标准：不少于${p.minSessions}次现场培训，每次不少于${hours(p.minHours, "zh")}。`,
      en: (p) =>
        `Training: ${read(p, "en")}; playbook: at least ${p.minSessions} on-site sessions of at least ${hours(p.minHours, "en")} each.`,
    },
  },
  clause: {
    zh: "乙方应免费提供不少于{minOnsiteSessions}次现场培训，每次不少于{minSessionHours}小时，覆盖甲方销售、客服、市场及管理等各类用户，并免费提供操作手册和视频教程；培训计划、内容及时间由双方书面确认，培训相关费用均已包含在本协议价款中。",
    en: "The Vendor shall provide, free of charge, at least {minOnsiteSessions} on-site training sessions of at least {minSessionHours} hours each, covering all user roles of the Customer (sales, service, marketing and management), together with user manuals and video tutorials. The training plan, content and dates shall be agreed in writing, and all training costs are included in the fees under this Agreement.",
  },
};
