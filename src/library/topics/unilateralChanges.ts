/** unilateral-changes: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const unilateralChanges: TopicWording = {
  topic: "unilateral-changes",
  messages: {
    "unilateral-change": {
      zh: (p) =>
        `乙方可单方变更合同条款或服务（“${p.written}”）；审查标准：任何变更须经双方书面签署方可生效，价格、功能、服务标准等承诺均须写入合同正文或附件。`,
      en: (p) =>
        `The vendor may change the terms or the service on its own ("${p.written}"); playbook: changes only by a written amendment signed by both parties, with every promise on price, features and service levels in the contract or its appendices.`,
    },
  },
  clause: {
    zh: "对本协议（包括其附件、服务规则、服务等级及价格）的任何变更或补充，均须由双方以书面形式作出并经双方授权代表签字盖章后方可生效；乙方在网站、宣传资料或口头作出的承诺，未写入本协议正文或附件的，应经双方书面确认后纳入本协议。乙方不得以在线公告或甲方继续使用服务等方式变更本协议。",
    en: "No amendment of or supplement to this Agreement (including its appendices, service policies, service levels and prices) is effective unless made in writing and signed by authorised representatives of both parties. Any commitment the Vendor makes on its website, in sales material or orally forms part of this Agreement only once both parties have confirmed it in writing. The Vendor may not change this Agreement by posting notices online or by treating the Customer's continued use of the Service as acceptance.",
  },
};
