/** What each form error says beside its field, in Chinese and English, with its numbers. */
import type { Language } from "../../engine/types";
import type { FieldError, FieldErrorCode } from "./types";

type Params = NonNullable<FieldError["params"]>;
type Message = (p: Params) => string;

/** Record over every code: the compiler refuses a code without words in both languages. */
const MESSAGES: Record<FieldErrorCode, { zh: Message; en: Message }> = {
  "not-a-number": { zh: () => "请输入数字。", en: () => "Enter a number." },
  "not-an-integer": { zh: () => "请输入整数。", en: () => "Enter a whole number." },
  required: { zh: () => "此项不能为空。", en: () => "This field cannot be empty." },
  duplicate: {
    zh: (p) => `“${p.value}”重复，每项名称须唯一。`,
    en: (p) => `"${p.value}" appears twice; each name must be unique.`,
  },
  "appendix-number-range": {
    zh: (p) => `附件编号须在 ${p.min} 至 ${p.max} 之间。`,
    en: (p) => `The appendix number must be between ${p.min} and ${p.max}.`,
  },
  "availability-range": {
    zh: (p) => `可用性须在 ${p.min}% 至 ${p.max}% 之间。`,
    en: (p) => `Availability must be between ${p.min} and ${p.max} %.`,
  },
  "maintenance-hours-range": {
    zh: (p) => `每月计划维护时长须在 ${p.min} 至 ${p.max} 小时之间。`,
    en: (p) => `Scheduled maintenance must be between ${p.min} and ${p.max} hours a month.`,
  },
  "notice-hours-negative": {
    zh: () => "维护提前通知时间不能为负数。",
    en: () => "The maintenance notice period cannot be negative.",
  },
  "termination-months-min": {
    zh: (p) => `解约所需的连续未达标月数至少为 ${p.min} 个月。`,
    en: (p) =>
      `The months below target before the customer may terminate must be at least ${p.min}.`,
  },
  "credits-required": {
    zh: () => "请至少设置一档服务抵扣。",
    en: () => "Add at least one service credit tier.",
  },
  "credit-threshold-range": {
    zh: (p) => `抵扣档位的可用性须大于 ${p.min}%、不超过 ${p.max}%。`,
    en: (p) => `A credit tier's availability must be above ${p.min} % and at most ${p.max} %.`,
  },
  "credit-threshold-above-target": {
    zh: (p) => `抵扣档位的可用性不能高于可用性承诺 ${p.target}%。`,
    en: (p) => `A credit tier cannot start above the availability target of ${p.target} %.`,
  },
  "credit-threshold-order": {
    zh: (p) => `各档可用性须逐档降低：本档须低于上一档的 ${p.previous}%。`,
    en: (p) => `Each tier must be lower than the one above it (${p.previous} %).`,
  },
  "credit-percent-range": {
    zh: (p) => `抵扣比例须在 ${p.min}% 至 ${p.max}% 之间。`,
    en: (p) => `The credit must be between ${p.min} and ${p.max} % of the month's fees.`,
  },
  "credit-percent-order": {
    zh: (p) => `可用性越低，抵扣比例应越高：本档须高于上一档的 ${p.previous}%。`,
    en: (p) => `A lower tier must earn a larger credit than the one above it (${p.previous} %).`,
  },
  "severities-required": {
    zh: () => "请至少设置一个问题等级。",
    en: () => "Add at least one severity level.",
  },
  "time-not-positive": { zh: () => "时间须大于 0。", en: () => "The time must be more than 0." },
  "response-after-resolution": {
    zh: (p) => `${p.level}级的解决时限不能短于响应时间。`,
    en: (p) => `${p.level}: the resolution target cannot be shorter than the response time.`,
  },
  "p1-not-fastest": {
    zh: (p) => `P1 级为最紧急的等级，其响应和解决时限不能慢于 ${p.level} 级。`,
    en: (p) => `P1 is the most urgent level: its times cannot be slower than ${p.level}'s.`,
  },
  "metrics-required": {
    zh: () => "请至少设置一项性能指标。",
    en: () => "Add at least one performance metric.",
  },
  "features-required": {
    zh: () => "请至少勾选一项功能。",
    en: () => "Select at least one feature.",
  },
  "phases-required": {
    zh: () => "请至少设置一个交付阶段。",
    en: () => "Add at least one delivery phase.",
  },
  "fee-negative": { zh: () => "费用不能为负数。", en: () => "The fee cannot be negative." },
  "fee-missing": {
    zh: () => "需另付费的功能须写明费用金额。",
    en: () => "State the fee of a feature that costs extra.",
  },
  "fee-when-included": {
    zh: () => "已包含在服务费内的功能不应另列费用。",
    en: () => "A feature included in the fees cannot have an extra fee.",
  },
  "phase-unknown": {
    zh: (p) => `交付阶段“${p.phase}”不在交付计划中。`,
    en: (p) => `The phase "${p.phase}" is not in the delivery schedule.`,
  },
  "date-invalid": {
    zh: (p) => `“${p.value}”不是有效日期（格式：2025-06-30）。`,
    en: (p) => `"${p.value}" is not a valid date (format: 2025-06-30).`,
  },
  "date-order": {
    zh: (p) => `计划日期不能早于上一阶段的 ${p.previous}。`,
    en: (p) => `The planned date cannot be earlier than the previous phase's (${p.previous}).`,
  },
};

export function fieldErrorMessage(error: FieldError, language: Language): string {
  const message = MESSAGES[error.code];
  // A code from a newer form version: say something rather than nothing.
  if (!message) return language === "zh" ? "此项有误。" : "This value is not valid.";
  return message[language](error.params ?? {});
}

/** Every code that has a message: for tests and the UI's own checks. */
export const FIELD_ERROR_CODES = Object.keys(MESSAGES) as FieldErrorCode[];
