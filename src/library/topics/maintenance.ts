/** maintenance: messages and the standard clause. */
import type { Language } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const years = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}年` : `${n} year${Number(n) === 1 ? "" : "s"}`;
const months = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}个月` : `${n} month${Number(n) === 1 ? "" : "s"}`;

export const maintenance: TopicWording = {
  topic: "maintenance",
  messages: {
    "maintenance-short": {
      zh: (p) =>
        `免费维护期：${months(p.months, "zh")}；审查标准：至少${years(p.minYears, "zh")}免费维护，含缺陷修复、安全补丁及兼容性更新。`,
      en: (p) =>
        `Free maintenance period: ${months(p.months, "en")}; playbook: at least ${years(p.minYears, "en")} of free maintenance, including bug fixes, security patches and compatibility updates.`,
    },
    "maintenance-charged": {
      zh: (p) =>
        `补丁、兼容性更新或适配工作需另行付费；审查标准：至少${years(p.minYears, "zh")}免费维护期内，缺陷修复、安全补丁及兼容性更新均不另行收费。`,
      en: (p) =>
        `Patches, compatibility or adaptation work are charged; playbook: bug fixes, security patches and compatibility updates are free for at least ${years(p.minYears, "en")}.`,
    },
  },
  clause: {
    zh: "乙方自本服务正式上线（或验收合格）之日起提供不少于{minFreeMaintenanceYears}年的免费维护服务，包括缺陷修复、安全补丁、兼容性更新以及因版本更新而需对甲方配置和集成进行的适配工作，均不另行收费。免费维护期满后的维护服务按本协议附件所列价格执行，该价格自本协议签订之日起{priceLockYears}年内不得上调。",
    en: "The Vendor shall provide free maintenance for at least {minFreeMaintenanceYears} year(s) from go-live (or acceptance), including bug fixes, security patches, compatibility updates and any work needed to adapt the Customer's configurations and integrations to new releases, at no additional charge. After that period, maintenance is provided at the prices listed in the appendix to this Agreement, which shall not increase for {priceLockYears} years from the date of this Agreement.",
  },
};
