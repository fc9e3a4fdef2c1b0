/** data-residency: messages and the standard clause. */
import type { Language, Reason } from "../../engine/types";
import type { TopicWording } from "../topicWording";

const region = (p: Reason["params"], lang: Language) => {
  const name = String(p.region ?? "mainland China");
  return lang === "zh" && /mainland china/i.test(name) ? "中国大陆境内" : name;
};

export const dataResidency: TopicWording = {
  topic: "data-residency",
  messages: {
    "data-abroad": {
      zh: (p) =>
        `${p.where ? `数据可存储于或传输至约定地区以外（“${p.where}”）` : "合同未约定数据存储地"}；审查标准：数据存储于${region(p, "zh")}，未经客户书面同意不得跨境传输。`,
      en: (p) =>
        `${p.where ? `Data may be stored or transferred outside the agreed region ("${p.where}")` : "The contract does not say where the data is stored"}; playbook: storage in ${region(p, "en")}, no cross-border transfer without the customer's written consent.`,
    },
  },
  clause: {
    zh: "甲方数据（包括备份及容灾数据）应存储于中国大陆境内的数据中心；未经甲方事先书面同意，乙方不得将甲方数据传输、存储或处理于中国大陆境外。乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》等适用的法律法规，每年接受独立第三方安全审计并向甲方提供审计结论；发生数据安全事件的，乙方应在知悉后{maxBreachNoticeHours}小时内书面通知甲方。",
    en: "Customer Data, including backups and disaster-recovery copies, shall be stored in data centres located in {region}, and the Vendor shall not transfer, store or process Customer Data outside {region} without the Customer's prior written consent. The Vendor shall comply with the Personal Information Protection Law of the PRC, the Data Security Law and any other applicable data-protection law, undergo an independent third-party security audit every year and share its conclusions with the Customer, and notify the Customer in writing within {maxBreachNoticeHours} hours of becoming aware of any security incident affecting Customer Data.",
  },
};
