/**
 * The clause library: the buyer's standard wording per topic, in Chinese and English, with the
 * playbook's numbers filled in ({placeholder} = a position key of that topic).
 */
import type { Language, PlaybookTopic } from "../engine/types";

export type StandardClause = { topic: string; zh: string; en: string };

export const standardClauses: StandardClause[] = [
  {
    topic: "term-renewal",
    zh: "本协议期限届满即终止。如需续约，须经双方书面确认；乙方应于期满前至少{minReminderDays}日书面提醒甲方，甲方可于期满前{maxCancellationNoticeDays}日内随时书面通知不续约，续约价格不高于本期价格。",
    en: "This Agreement expires at the end of the Term unless both parties confirm its renewal in writing. The Vendor shall remind the Customer in writing at least {minReminderDays} days before expiry, and the Customer may decline renewal by written notice given no later than {maxCancellationNoticeDays} days before expiry. Renewal fees shall not exceed the fees of the current Term.",
  },
  {
    topic: "governing-law",
    zh: "本协议的订立、效力、解释、履行及争议解决均适用中华人民共和国法律（不含港澳台地区法律）。因本协议产生的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。",
    en: "This Agreement is governed by the laws of the People's Republic of China (excluding the laws of Hong Kong, Macau and Taiwan). Any dispute arising from this Agreement shall first be resolved by friendly negotiation; failing that, either party may bring proceedings before the competent people's court at the Customer's location.",
  },
  {
    topic: "support-response",
    zh: "乙方提供7×24小时技术支持，并按以下时限书面确认响应：重大数据事故或系统中断（P1级）{maxP1ResponseHours}小时内响应；严重故障、关键功能不可用（P2级）{maxP2ResponseHours}小时内响应；一般问题（P3级）{maxP3ResponseHours}小时内响应。",
    en: "The Vendor provides 7×24 technical support and shall respond, confirmed in writing, within {maxP1ResponseHours} hour(s) to a major data incident or system outage (P1), within {maxP2ResponseHours} hours to a severe fault that makes a key function unusable (P2), and within {maxP3ResponseHours} hours to an ordinary question (P3).",
  },
];

const byTopic = new Map(standardClauses.map((c) => [c.topic, c]));

/** The standard clause for a topic in a language, with the playbook's numbers; null if none yet. */
export function renderClause(topic: PlaybookTopic, language: Language): string | null {
  const clause = byTopic.get(topic.id);
  if (!clause) return null;
  return clause[language].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = topic.position[key];
    return value === undefined ? whole : Array.isArray(value) ? value.join(", ") : String(value);
  });
}
