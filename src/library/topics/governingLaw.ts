/** governing-law: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const governingLaw: TopicWording = {
  topic: "governing-law",
  messages: {
    "foreign-law": {
      zh: (p) => `适用法律：${p.law}；审查标准：适用中华人民共和国法律。`,
      en: (p) => `Governing law: ${p.law}; playbook: the laws of the People's Republic of China.`,
    },
    "foreign-forum": {
      zh: (p) =>
        `争议解决地：${p.forum}（境外）；审查标准：由客户所在地法院管辖或在客户所在地仲裁。`,
      en: (p) =>
        `Dispute forum: ${p.forum} (abroad); playbook: a court or arbitration at the customer's location in China.`,
    },
    "vendor-forum": {
      zh: (p) => `争议由${p.forum}管辖，对供应商有利；审查标准：由客户所在地法院管辖。`,
      en: (p) =>
        `Disputes go to ${p.forum}, the vendor's home ground; playbook: a court at the customer's location.`,
    },
  },
  clause: {
    zh: "本协议的订立、效力、解释、履行及争议解决均适用中华人民共和国法律（不含港澳台地区法律）。因本协议产生的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。",
    en: "This Agreement is governed by the laws of the People's Republic of China (excluding the laws of Hong Kong, Macau and Taiwan). Any dispute arising from this Agreement shall first be resolved by friendly negotiation; failing that, either party may bring proceedings before the competent people's court at the Customer's location.",
  },
};
