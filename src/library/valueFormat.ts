/**
 * Values read from a contract and the playbook's positions, as a reader says them in Chinese or
 * English: "90 days" / "90日", "at most 30 days" / "不超过30日", "Quarterly" / "按季度", "Yes" / "是".
 */
import type { Language, PositionValue, ReadValue } from "../engine/types";

type Words = { zh: string; en: string };

/** A playbook position beside the value it answers (state/findingDetails.ts pairs them). */
export type ShownPosition = {
  key: string;
  value: PositionValue;
  /** "max": the document's number must not exceed it; "min": must reach it. */
  bound?: "max" | "min";
  /** The position's unit (NUMERIC_POSITIONS' positionUnit), for numbers. */
  unit?: string;
};

const UNITS: Record<string, { zh: string; en: [string, string]; tight?: boolean }> = {
  minute: { zh: "分钟", en: ["minute", "minutes"] },
  hour: { zh: "小时", en: ["hour", "hours"] },
  day: { zh: "日", en: ["day", "days"] },
  "business-day": { zh: "个工作日", en: ["business day", "business days"] },
  week: { zh: "周", en: ["week", "weeks"] },
  month: { zh: "个月", en: ["month", "months"] },
  year: { zh: "年", en: ["year", "years"] },
  second: { zh: "秒", en: ["second", "seconds"] },
  percent: { zh: "%", en: ["%", "%"], tight: true },
  user: { zh: "个用户", en: ["user", "users"] },
  call: { zh: "次调用", en: ["call", "calls"] },
  count: { zh: "", en: ["", ""] },
};
const UNIT_ALIASES: Record<string, string> = { "%": "percent", days: "day", hours: "hour" };

/** Codes the rules report as values, and strings the bundled playbook states. */
const CODES: Record<string, Words> = {
  quarter: { zh: "按季度", en: "Quarterly" },
  month: { zh: "按月", en: "Monthly" },
  year: { zh: "按年", en: "Yearly" },
  term: { zh: "整个服务期一次性", en: "Whole term at once" },
  milestone: { zh: "按里程碑", en: "By milestone" },
  unstated: { zh: "未约定", en: "Not stated" },
  refused: { zh: "不提供", en: "Refused" },
  discretionary: { zh: "由供应商决定", en: "At the vendor's discretion" },
  vendor: { zh: "供应商", en: "The vendor" },
  joint: { zh: "双方共有", en: "Jointly owned" },
  customer: { zh: "客户", en: "The customer" },
  PRC: { zh: "中华人民共和国法律", en: "PRC law" },
  "customer's location": { zh: "客户所在地", en: "The customer's location" },
  "mainland China": { zh: "中国大陆", en: "Mainland China" },
};

/** What a yes/no position promises, where its key differs from the value it answers. */
const PROMISES: Record<string, Words> = {
  fixedRenewalPrice: { zh: "续约价格在合同中锁定", en: "Renewal price fixed in the contract" },
  additionalUsersAtSameUnitPrice: {
    zh: "增购用户按相同单价",
    en: "Additional users at the same unit price",
  },
  upgradesIncluded: { zh: "所有更新和新版本免费包含", en: "All updates and new versions included" },
  allFeesListed: { zh: "全部费用列明于合同", en: "Every fee listed in the contract" },
  featureAppendix: { zh: "附功能清单", en: "A feature list in the contract" },
  writtenAcceptance: { zh: "按验收标准书面验收", en: "Written acceptance against criteria" },
  vendorMigrates: { zh: "由供应商负责迁移", en: "The vendor migrates the data" },
  namedSystems: { zh: "列明对接系统", en: "Named systems integrated" },
  customerOwnsData: { zh: "数据归客户所有", en: "The customer owns its data" },
  exportFree: { zh: "随时免费导出", en: "Free export at any time" },
  customerOwnsConfigurations: {
    zh: "配置成果归客户所有",
    en: "Configurations belong to the customer",
  },
  writtenAmendmentOnly: { zh: "仅经双方书面签署变更", en: "Changes only by signed amendment" },
  dataBreachUncapped: { zh: "数据泄露责任不设上限", en: "Data breaches uncapped" },
  leastPrivilege: { zh: "最小权限访问", en: "Least-privilege access" },
};

const YES: Words = { zh: "是", en: "Yes" };
const NO: Words = { zh: "否", en: "No" };

/** "90 days", "90日", "99.9%", "50 users". */
export function withUnit(value: number, unit: string | undefined, language: Language): string {
  const u = UNITS[UNIT_ALIASES[unit ?? ""] ?? unit ?? "count"];
  if (!u) return `${value} ${unit}`;
  if (u.tight) return `${value}${u.zh}`;
  if (language === "zh") return `${value}${u.zh}`;
  const word = u.en[value === 1 ? 0 : 1];
  return word ? `${value} ${word}` : String(value);
}

/** A value read from the document, or a place as written. */
export function formatReadValue(read: ReadValue | string, language: Language): string {
  if (typeof read === "string") return read;
  const { value, unit } = read;
  if (typeof value === "boolean") return (value ? YES : NO)[language];
  if (typeof value === "number") return withUnit(value, unit, language);
  return CODES[value]?.[language] ?? value;
}

/** The playbook's side: "at most 30 days", "不低于99.9%", "PRC law", "All updates … included". */
export function formatPosition(position: ShownPosition, language: Language): string {
  const { key, value, bound, unit } = position;
  if (typeof value === "number") {
    const amount = withUnit(value, unit, language);
    if (!bound) return amount;
    if (language === "zh") return `${bound === "max" ? "不超过" : "不低于"}${amount}`;
    return `${bound === "max" ? "at most" : "at least"} ${amount}`;
  }
  if (typeof value === "boolean") {
    const promise = PROMISES[key];
    if (promise && value) return promise[language];
    return (value ? YES : NO)[language];
  }
  if (Array.isArray(value)) return value.join(language === "zh" ? "、" : ", ");
  return CODES[value]?.[language] ?? value;
}
