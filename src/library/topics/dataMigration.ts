/** data-migration: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const REASONS: Record<string, { zh: string; en: string }> = {
  customer: {
    zh: "由甲方自行整理、清洗和转换数据",
    en: "the customer extracts, cleanses and formats its own data",
  },
  assist: {
    zh: "乙方仅协助，迁移仍由甲方负责",
    en: "the vendor only assists, the migration stays the customer's job",
  },
  single: { zh: "仅一次批量导入", en: "a single bulk import only" },
  charged: { zh: "迁移另行收费", en: "migration charged separately" },
};

const reasons = (p: Reason["params"], lang: Language) =>
  String(p.kinds ?? "")
    .split(",")
    .filter((k) => REASONS[k])
    .map((k) => REASONS[k][lang])
    .join(lang === "zh" ? "，" : ", ");

export const dataMigration: TopicWording = {
  topic: "data-migration",
  messages: {
    "customer-migrates": {
      zh: (p) =>
        `数据迁移：${reasons(p, "zh")}；审查标准：由乙方负责数据清洗与映射，先试点迁移，提交迁移报告，并在甲方签认前保留原始数据备份。`,
      en: (p) =>
        `Data migration: ${reasons(p, "en")}; playbook: the vendor cleanses and maps the data, migrates a pilot first, delivers a migration report and keeps a backup of the original data until sign-off.`,
    },
  },
  clause: {
    zh: "乙方负责将甲方历史数据迁移至本系统，包括数据清洗、字段映射和格式转换，迁移费用已包含在本协议价款中。乙方应先完成试点迁移并经甲方确认，再进行全量迁移，并向甲方提交书面迁移报告；在甲方书面签认迁移结果前，乙方应完整保留原始数据备份。",
    en: "The Vendor shall migrate the Customer's existing data into the Service, including data cleansing, field mapping and format conversion, at no additional charge. The Vendor shall first migrate a pilot data set for the Customer's approval, then the full data set, and shall deliver a written migration report; until the Customer signs off the migration in writing, the Vendor shall keep a complete backup of the original data.",
  },
};
