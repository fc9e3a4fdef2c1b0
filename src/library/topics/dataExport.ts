/** data-export: messages and the standard clause. */
import { days, type TopicWording } from "../topicWording";

const WHY_ZH: Record<string, string> = {
  refused: "合同明确不提供数据导出或返还",
  absent: "合同未约定客户导出或取回数据的权利",
  charged: "数据导出需另行付费",
  proprietary: "数据仅能以供应商专有格式导出",
};
const WHY_EN: Record<string, string> = {
  refused: "The contract refuses data export or return",
  absent: "The contract gives the customer no right to export or retrieve its data",
  charged: "Data export is charged",
  proprietary: "Data can only be exported in the vendor's proprietary format",
};

export const dataExport: TopicWording = {
  topic: "data-export",
  messages: {
    "no-export": {
      zh: (p) =>
        `${WHY_ZH[String(p.why)] ?? WHY_ZH.absent}；审查标准：客户可随时免费以CSV、Excel等通用格式导出全部数据，终止后数据至少保留${days(p.minDays, "zh")}。`,
      en: (p) =>
        `${WHY_EN[String(p.why)] ?? WHY_EN.absent}; playbook: full export at any time, free of charge, in common formats (CSV / Excel), with data kept at least ${days(p.minDays, "en")} after termination.`,
    },
    "early-deletion": {
      zh: (p) =>
        `合同终止后数据保留期：${Number(p.days) === 0 ? "立即删除" : days(p.days, "zh")}；审查标准：至少保留${days(p.minDays, "zh")}供客户导出，期满后删除并书面确认。`,
      en: (p) =>
        `Data kept after termination: ${Number(p.days) === 0 ? "none (deleted immediately)" : days(p.days, "en")}; playbook: at least ${days(p.minDays, "en")} for export, then deleted with written confirmation.`,
    },
  },
  clause: {
    zh: "在服务期内及本协议终止或期满后{minRetentionDaysAfterTermination}日内，甲方有权随时以{formats}等通用格式免费导出全部甲方数据，乙方应提供必要的协助。上述期限届满后，乙方应删除其持有的全部甲方数据（包括备份），并向甲方出具书面删除确认。",
    en: "During the Term and for {minRetentionDaysAfterTermination} days after this Agreement terminates or expires, the Customer may at any time export all Customer Data free of charge in common formats ({formats}), and the Vendor shall provide any assistance reasonably required. After that period the Vendor shall delete all Customer Data in its possession, including backups, and confirm the deletion to the Customer in writing.",
  },
};
