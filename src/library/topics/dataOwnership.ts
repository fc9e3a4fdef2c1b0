/** data-ownership: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const dataOwnership: TopicWording = {
  topic: "data-ownership",
  messages: {
    "vendor-uses-data": {
      zh: (p) =>
        `供应商可将客户数据用于自身目的或对其主张权利（“${p.use}”）；审查标准：客户数据全部归客户所有，供应商仅可为提供本服务而使用。`,
      en: (p) =>
        `The vendor may use customer data for its own purposes or claims rights in it ("${p.use}"); playbook: the customer owns all its data, and the vendor uses it only to provide the service.`,
    },
  },
  clause: {
    zh: "甲方数据（包括客户资料、交易记录、沟通记录及由其汇总、分析或衍生的任何数据）的所有权及其他一切权利均归甲方所有。乙方仅可为向甲方提供本服务之目的处理甲方数据，不得将其用于数据分析、产品改进、模型训练、市场推广或任何其他目的，亦不得向任何第三方披露或提供。",
    en: "All right, title and interest in the Customer Data (including customer records, transactions, communication history and any data aggregated, analysed or derived from them) belong to the Customer. The Vendor may process Customer Data only to provide the Service to the Customer, and shall not use it for analytics, product improvement, model training, marketing or any other purpose, nor disclose or make it available to any third party.",
  },
};
