/**
 * The key terms (engine/keyTerms.ts) in words: their names and groups in Chinese and English, and
 * each value as a reader says it. Terms that are also values the rules read keep VALUE_NAMES' names.
 */
import type { KeyTerm, KeyTermId } from "../engine/keyTerms";
import type { Language } from "../engine/types";
import { VALUE_NAMES } from "./compareWording";
import { formatReadValue } from "./valueFormat";

type Words = { zh: string; en: string };

export type KeyTermGroup = "term" | "notices" | "fees" | "users" | "service" | "law" | "data";

/** The groups of the overview's summary, in order, with the terms each holds. */
export const KEY_TERM_GROUPS: readonly { id: KeyTermGroup; name: Words; terms: KeyTermId[] }[] = [
  {
    id: "term",
    name: { zh: "期限与续约", en: "Term and renewal" },
    terms: ["termLength", "automaticRenewal", "cancellationNoticeDays"],
  },
  {
    id: "notices",
    name: { zh: "通知期限", en: "Notice periods" },
    terms: ["terminationNotice", "breachNotice"],
  },
  {
    id: "fees",
    name: { zh: "费用与付款", en: "Fees and payment" },
    terms: ["paymentPeriod", "paymentDays", "annualIncreasePercent"],
  },
  { id: "users", name: { zh: "用户数", en: "Users" }, terms: ["userCap"] },
  {
    id: "service",
    name: { zh: "服务水平", en: "Service levels" },
    terms: [
      "availabilityPercent",
      "p1ResponseHours",
      "p2ResponseHours",
      "p3ResponseHours",
      "anyResponseHours",
    ],
  },
  {
    id: "law",
    name: { zh: "法律与争议", en: "Law and disputes" },
    terms: ["governingLaw", "forum"],
  },
  { id: "data", name: { zh: "数据存储", en: "Data location" }, terms: ["storageLocation"] },
];

/** Names of the terms that are not (or not only) a rule's value. */
const OWN_NAMES: Partial<Record<KeyTermId, Words>> = {
  termLength: { zh: "合同期限", en: "Term" },
  terminationNotice: { zh: "提前解约通知期", en: "Termination notice" },
  breachNotice: { zh: "数据安全事件通知时限", en: "Data breach notice" },
  paymentPeriod: { zh: "付款周期", en: "Payment schedule" },
  paymentDays: { zh: "付款期限", en: "Payment due within" },
  userCap: { zh: "授权用户数", en: "Licensed users" },
  availabilityPercent: { zh: "SLA 可用率", en: "SLA availability" },
};

export function keyTermName(id: KeyTermId, language: Language): string {
  return OWN_NAMES[id]?.[language] ?? VALUE_NAMES[id]?.[language] ?? id;
}

export function keyTermGroupName(group: KeyTermGroup, language: Language): string {
  return KEY_TERM_GROUPS.find((g) => g.id === group)!.name[language];
}

/** A term's value: "90 days" / "90日", "Yes" / "是", "State of California" as written. */
export function formatKeyTerm(term: KeyTerm, language: Language): string {
  return formatReadValue(term.value, language);
}
