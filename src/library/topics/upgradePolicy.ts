/** upgrade-policy: messages and the standard clause. */
import type { TopicWording } from "../topicWording";

export const upgradePolicy: TopicWording = {
  topic: "upgrade-policy",
  messages: {
    "qualified-upgrades": {
      zh: () =>
        `“免费升级”以供应商的官方公告、升级政策或自行决定为准，承诺可被单方掏空；审查标准：服务期内所有更新和新版本均免费提供，任何变更须经双方书面签署补充协议。`,
      en: () =>
        `"Free upgrades" are subject to the vendor's announcements, upgrade policy or discretion, so the promise can be withdrawn unilaterally; playbook: all updates and new versions included during the term at no extra charge, changeable only by a signed written amendment.`,
    },
    "paid-upgrades": {
      zh: () =>
        `升级或大版本需另行收费；审查标准：服务期内所有更新和新版本（含大版本）均包含在已付费用内，不另行收费。`,
      en: () =>
        `Upgrades or major versions are charged separately; playbook: all updates and new versions, major ones included, are covered by the fees during the term at no extra charge.`,
    },
  },
  clause: {
    zh: "服务期内，乙方发布的所有更新、升级及新版本（包括大版本）均包含在本协议约定的费用内，甲方有权免费使用，乙方不得另行收费，亦不得以官方公告、升级政策或其他单方规则限制该权利；对本条的任何变更，须经双方书面签署补充协议方可生效。",
    en: "During the Term, all updates, upgrades and new versions of the Service released by the Vendor, including major versions, are included in the fees under this Agreement and are available to the Customer at no extra charge. The Vendor shall not restrict this right by any announcement, upgrade policy or other unilateral rule, and any change to this Section requires a written amendment signed by both parties.",
  },
};
