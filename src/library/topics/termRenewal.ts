/** term-renewal: messages and the standard clause. */
import { days, type TopicWording } from "../topicWording";

export const termRenewal: TopicWording = {
  topic: "term-renewal",
  messages: {
    "notice-too-long": {
      zh: (p) =>
        `合同自动续约，不续约须提前通知：${days(p.notice, "zh")}；审查标准：最多${days(p.max, "zh")}，且应以双方书面确认续约为原则。`,
      en: (p) =>
        `The contract renews automatically; cancellation notice: ${days(p.notice, "en")}; playbook: at most ${days(p.max, "en")}, and renewal only on both parties' written confirmation.`,
    },
    "automatic-renewal": {
      zh: (p) =>
        `合同到期自动续约，且未约定到期前书面提醒；审查标准：到期终止，续约须双方书面确认（或到期前至少${days(p.max, "zh")}书面提醒并可随时取消）。`,
      en: (p) =>
        `The contract renews automatically with no written reminder before expiry; playbook: it expires unless both parties confirm renewal in writing (or a written reminder at least ${days(p.max, "en")} before expiry, cancellable on short notice).`,
    },
    "renewal-price": {
      zh: () => `续约按供应商届时价格执行，费用可被单方上调；审查标准：续约价格在合同中锁定。`,
      en: () =>
        `Renewal is at the vendor's then-current prices, so fees can rise unilaterally; playbook: renewal prices fixed in the contract.`,
    },
  },
  clause: {
    zh: "本协议期限届满即终止。如需续约，须经双方书面确认；乙方应于期满前至少{minReminderDays}日书面提醒甲方，甲方可于期满前{maxCancellationNoticeDays}日内随时书面通知不续约，续约价格不高于本期价格。",
    en: "This Agreement expires at the end of the Term unless both parties confirm its renewal in writing. The Vendor shall remind the Customer in writing at least {minReminderDays} days before expiry, and the Customer may decline renewal by written notice given no later than {maxCancellationNoticeDays} days before expiry. Renewal fees shall not exceed the fees of the current Term.",
  },
};
