/**
 * Why a finding matters, in Chinese and English, from its reason code and the numbers read. The
 * engine puts the document-language text in the report; the pane may render the user's language.
 */
import type { Language, Reason } from "../engine/types";

type Render = (params: Reason["params"]) => string;
type Messages = Record<string, Record<string, { zh: Render; en: Render }>>;

const days = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}日` : `${n} day${n === 1 ? "" : "s"}`;
const hours = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}小时` : `${n} hour${n === 1 ? "" : "s"}`;

/** The time as the contract wrote it, with hours added when it was in other units. */
const written = (p: Reason["params"], lang: Language) => {
  const text = String(p.written ?? "");
  if (!text || /hour|小时/i.test(text)) return hours(p.hours, lang);
  return lang === "zh" ? `${text}（约${p.hours}小时）` : `${text} (about ${p.hours} hours)`;
};

const MESSAGES: Messages = {
  "term-renewal": {
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
  "governing-law": {
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
  "support-response": {
    "response-too-slow": {
      zh: (p) =>
        `${p.level}级问题响应时间：${written(p, "zh")}；审查标准：不超过${hours(p.max, "zh")}。`,
      en: (p) =>
        `${p.level} response time: ${written(p, "en")}; playbook: at most ${hours(p.max, "en")}.`,
    },
    "no-severity-levels": {
      zh: (p) =>
        `响应时间：${written(p, "zh")}，未区分故障等级；审查标准：重大数据事故${hours(p.max, "zh")}内响应，严重故障4小时，一般问题24小时。`,
      en: (p) =>
        `Response time: ${written(p, "en")}, with no severity levels; playbook: ${hours(p.max, "en")} for a major data incident, 4 hours for a severe fault, 24 hours for ordinary questions.`,
    },
  },
};

/** The message for a finding, or a plain fallback naming the code when a firm's rule is unknown. */
export function renderMessage(topic: string, reason: Reason, language: Language): string {
  const render = MESSAGES[topic]?.[reason.code]?.[language];
  return render ? render(reason.params) : `${topic}: ${reason.code}`;
}
