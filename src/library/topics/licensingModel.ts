/** licensing-model: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const licensingModel: TopicWording = {
  topic: "licensing-model",
  messages: {
    "user-cap-overage": {
      zh: (p) =>
        `${p.users === undefined ? "用户数设有上限" : `用户数上限：${p.users}个`}，超出部分按供应商届时价格、溢价或其自行决定的价格收费；审查标准：增加用户按合同约定的相同单价计费，授权数量预留未来${p.years}年的增长空间。`,
      en: (p) =>
        `${p.users === undefined ? "Users are capped" : `User cap: ${p.users} users`}, with extra users charged at the vendor's then-current price, a premium or its discretion; playbook: additional users at the same unit price fixed in the contract, with headroom for ${p.years} years of growth.`,
    },
    "unpriced-metering": {
      zh: () =>
        `按使用量或功能模块计费，但合同未约定单价（以供应商届时价格或另行报价为准）；审查标准：授权方式及增加用户、模块或用量的单价在合同中固定。`,
      en: () =>
        `Usage or modules are metered but the contract fixes no price (the vendor's then-current rates or a later quote apply); playbook: the licence model and the unit price of additional users, modules or usage fixed in the contract.`,
    },
  },
  clause: {
    zh: "本服务按命名用户授权，首期授权用户数量以订购单为准，并已预留未来{growthHeadroomYears}年业务增长所需的用户数量。服务期内甲方可随时增加授权用户或功能模块，其单价与订购单所列单价相同，按剩余服务期折算计费；乙方不得设置按用量或功能模块计费而未在本协议中约定单价的收费项目，亦不得对超出部分收取溢价。",
    en: "The Service is licensed per named user. The initial number of users is set out in the Order Form and includes headroom for {growthHeadroomYears} years of expected growth. During the Term the Customer may add users or modules at any time at the same unit price as in the Order Form, prorated for the remainder of the Term. No usage-based or per-module charge applies unless its unit price is fixed in this Agreement, and no premium is payable for additional users.",
  },
};
