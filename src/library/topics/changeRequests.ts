/** change-requests: messages and the standard clause. */
import { hours, type TopicWording } from "../topicWording";

export const changeRequests: TopicWording = {
  topic: "change-requests",
  messages: {
    "changes-billed": {
      zh: (p) =>
        p.freeHours !== undefined
          ? `免费定制额度：每年${hours(p.freeHours, "zh")}；审查标准：每年不少于${hours(p.minFree, "zh")}，超出部分按固定小时费率计费。`
          : `需求变更：每项变更均${p.rate ? `按${p.rate}` : "按供应商报价"}收费，无免费额度；审查标准：每年免费提供${hours(p.minFree, "zh")}定制开发，超出部分按固定小时费率计费。`,
      en: (p) =>
        p.freeHours !== undefined
          ? `Free customisation: ${hours(p.freeHours, "en")} a year; playbook: at least ${hours(p.minFree, "en")} a year, then a fixed hourly rate.`
          : `Change requests: every change billed${p.rate ? ` at ${p.rate}` : " at the vendor's rates"}, with no free quota; playbook: ${hours(p.minFree, "en")} of customisation free each year, then a fixed hourly rate.`,
    },
  },
  clause: {
    zh: "每个服务年度内，乙方应免费为甲方提供不少于{freeCustomisationHoursPerYear}小时的定制开发及需求变更服务，未使用的额度可累计至下一年度；超出部分按本协议附件列明的固定小时费率计费，该费率在服务期内不得上调。每项变更须经双方书面确认工作内容和工作量后实施。",
    en: "In each contract year the Vendor shall provide at least {freeCustomisationHoursPerYear} hours of customisation and change-request work free of charge, and unused hours carry over to the next year. Work beyond that quota is charged at the fixed hourly rate set out in the fee schedule of this Agreement, which shall not increase during the term. Each change is carried out only after both parties have confirmed its scope and effort in writing.",
  },
};
