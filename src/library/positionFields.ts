/**
 * What each playbook position is (docs/judging.md): its kind — a number with a unit and a sane range, a
 * yes/no, a choice, a text, a list of texts — and its label in Chinese and English. The settings form
 * renders a field from it, and the playbook file validates each value against it.
 */
import type { PositionValue } from "../engine/types";

export type Bilingual = { zh: string; en: string };

export type Unit =
  "day" | "businessDay" | "hour" | "second" | "month" | "year" | "percent" | "session";

export const UNITS: Record<Unit, Bilingual> = {
  day: { en: "days", zh: "天" },
  businessDay: { en: "business days", zh: "个工作日" },
  hour: { en: "hours", zh: "小时" },
  second: { en: "seconds", zh: "秒" },
  month: { en: "months", zh: "个月" },
  year: { en: "years", zh: "年" },
  percent: { en: "%", zh: "%" },
  session: { en: "sessions", zh: "场" },
};

/**
 * Whether the review's verdicts change with the value ("review"), only the messages and the suggested
 * wording ("wording"), or neither yet ("none": the protective position is fixed in the rules, the
 * playbook records it).
 */
export type Effect = "review" | "wording" | "none";

type Common = { label: Bilingual; effect: Effect };

export type PositionField =
  | (Common & { kind: "number"; unit: Unit; min: number; max: number; integer: boolean })
  | (Common & { kind: "boolean" })
  | (Common & { kind: "enum"; choices: { value: string; label: Bilingual }[] })
  | (Common & { kind: "string"; maxLength: number })
  | (Common & { kind: "stringList"; maxItems: number; maxLength: number });

const num = (
  en: string,
  zh: string,
  unit: Unit,
  min: number,
  max: number,
  effect: Effect = "review"
): PositionField => ({
  kind: "number",
  label: { en, zh },
  unit,
  min,
  max,
  // Days and counts are whole; hours, years, months, seconds and percentages may be fractions.
  integer: unit === "day" || unit === "businessDay" || unit === "session",
  effect,
});
const yes = (en: string, zh: string): PositionField => ({
  kind: "boolean",
  label: { en, zh },
  effect: "none",
});
const text = (en: string, zh: string, effect: Effect): PositionField => ({
  kind: "string",
  label: { en, zh },
  maxLength: 100,
  effect,
});

/** Topic id → position key → field, in the order the form shows them. */
export const POSITION_FIELDS: Record<string, Record<string, PositionField>> = {
  "term-renewal": {
    automaticRenewal: yes("Automatic renewal acceptable", "接受自动续约"),
    maxCancellationNoticeDays: num(
      "Longest notice to stop renewal",
      "阻止续约的通知期上限",
      "day",
      0,
      365
    ),
    minReminderDays: num(
      "Written renewal reminder at least",
      "续约书面提醒至少提前",
      "day",
      0,
      365,
      "wording"
    ),
  },
  "payment-terms": {
    paymentPeriod: {
      kind: "enum",
      label: { en: "Payment instalment", zh: "付款周期" },
      // The rules and messages know quarterly (default) and monthly; a whole year upfront is the risk.
      choices: [
        { value: "quarter", label: { en: "Quarterly", zh: "按季度" } },
        { value: "month", label: { en: "Monthly", zh: "按月" } },
      ],
      effect: "wording",
    },
    refundUnusedPrepaid: yes(
      "Unused prepaid fees refunded on termination",
      "终止时退还未使用的预付费用"
    ),
  },
  invoicing: {
    maxInvoiceBusinessDays: num("Invoice issued within", "开具发票期限", "businessDay", 0, 60),
  },
  "pricing-changes": {
    priceLockYears: num("Prices locked for at least", "价格锁定至少", "year", 0, 10, "wording"),
    maxAnnualIncreasePercent: num(
      "Largest yearly price increase",
      "年度涨价上限",
      "percent",
      0,
      100
    ),
  },
  "licensing-model": {
    additionalUsersAtSameUnitPrice: yes(
      "Additional users at the same unit price",
      "新增用户按原单价"
    ),
    growthHeadroomYears: num(
      "User growth priced for",
      "用户增长价格覆盖",
      "year",
      0,
      10,
      "wording"
    ),
  },
  "upgrade-policy": {
    upgradesIncluded: yes("All upgrades included at no extra charge", "所有升级免费包含"),
  },
  "hidden-fees": { allFeesListed: yes("Every fee listed in the contract", "所有费用在合同中列明") },
  "functional-scope": {
    featureAppendix: yes("Feature list or Functional Scope Appendix", "功能清单或功能范围附件"),
  },
  "implementation-acceptance": {
    writtenAcceptance: yes("Written acceptance against criteria", "按验收标准书面验收"),
    liquidatedDamages: yes("Liquidated damages for late delivery", "延期交付违约金"),
  },
  training: {
    minOnsiteSessions: num("On-site training sessions at least", "现场培训至少", "session", 0, 100),
    minSessionHours: num("Each session lasts at least", "每场培训至少", "hour", 0, 24),
  },
  "data-migration": {
    vendorMigrates: yes("Vendor migrates the existing data", "由供应商负责数据迁移"),
    backupUntilSignOff: yes("Backup kept until sign-off", "签收前保留数据备份"),
  },
  integration: {
    namedSystems: yes("Systems to integrate named in the contract", "合同列明需集成的系统"),
    apiDocumentation: yes("API documentation and support included", "提供 API 文档与支持"),
  },
  "change-requests": {
    freeCustomisationHoursPerYear: num(
      "Free customisation per year",
      "每年免费定制",
      "hour",
      0,
      10000
    ),
  },
  "support-response": {
    maxP1ResponseHours: num(
      "Slowest P1 (urgent) response",
      "P1（紧急）响应时间上限",
      "hour",
      0,
      168
    ),
    maxP2ResponseHours: num("Slowest P2 response", "P2 响应时间上限", "hour", 0, 168),
    maxP3ResponseHours: num("Slowest P3 response", "P3 响应时间上限", "hour", 0, 720),
  },
  "availability-sla": {
    minAvailabilityPercent: num("Lowest monthly availability", "月可用性下限", "percent", 90, 100),
    serviceCredits: yes("Service credits when the target is missed", "未达标时给予服务赔偿"),
  },
  performance: {
    maxPageLoadSeconds: num("Slowest page load", "页面加载时间上限", "second", 0, 60),
    maxQuerySeconds: num("Slowest query", "查询时间上限", "second", 0, 300),
  },
  maintenance: {
    minFreeMaintenanceYears: num("Free maintenance at least", "免费维护期至少", "year", 0, 10),
    priceLockYears: num("Maintenance price locked for", "维护价格锁定", "year", 0, 10, "wording"),
  },
  "data-ownership": { customerOwnsData: yes("Customer owns all its data", "客户拥有全部数据") },
  "data-export": {
    exportFree: yes("Free export at any time", "随时免费导出"),
    formats: {
      kind: "stringList",
      label: { en: "Export formats", zh: "导出格式" },
      maxItems: 10,
      maxLength: 40,
      effect: "wording",
    },
    minRetentionDaysAfterTermination: num(
      "Data kept after termination at least",
      "终止后数据至少保留",
      "day",
      0,
      365
    ),
  },
  "data-residency": {
    region: text("Where the data must be stored", "数据存储地", "review"),
    maxBreachNoticeHours: num(
      "Security incident notice within",
      "安全事件通知时限",
      "hour",
      0,
      720,
      "wording"
    ),
  },
  "data-access": {
    accessLogged: yes("Vendor access logged", "供应商访问留有日志"),
    leastPrivilege: yes("Need-to-know access only", "仅限必要人员访问"),
  },
  confidentiality: {
    mutual: yes("Mutual confidentiality", "双方对等保密"),
    survivesTermination: yes("Survives termination", "终止后继续有效"),
    minSurvivalYears: num(
      "Duty lasts after termination at least",
      "终止后保密义务至少",
      "year",
      0,
      50
    ),
  },
  "ip-ownership": {
    customerOwnsConfigurations: yes(
      "Customer owns configurations, reports and workflows",
      "配置、报表与工作流归客户所有"
    ),
  },
  "termination-exit": {
    convenienceNoticeDays: num(
      "Notice to terminate for convenience",
      "无因解约通知期",
      "day",
      0,
      365,
      "wording"
    ),
    maxTerminationFeePercent: num(
      "Largest early termination fee, of the remaining fees",
      "提前解约费上限（占剩余费用）",
      "percent",
      0,
      100
    ),
  },
  "governing-law": {
    preferredLaw: text("Governing law", "适用法律", "none"),
    forum: text("Dispute forum", "争议解决地", "none"),
  },
  "unilateral-changes": {
    writtenAmendmentOnly: yes("Changes only by signed written amendment", "仅可经双方书面签署变更"),
  },
  "liability-cap": {
    minCapMonthsOfFees: num(
      "Liability cap at least, in months of fees",
      "责任上限至少（月服务费）",
      "month",
      0,
      120
    ),
  },
};

/**
 * The field of a topic's position key: from POSITION_FIELDS when its kind matches the base value,
 * otherwise inferred from the base value's type (a firm's own key: no unit, no range beyond ≥ 0).
 */
export function fieldFor(topic: string, key: string, baseValue: PositionValue): PositionField {
  const known = POSITION_FIELDS[topic]?.[key];
  if (known && kindOf(baseValue) === storedKind(known)) return known;
  const label = { en: key, zh: key };
  switch (kindOf(baseValue)) {
    case "number":
      return {
        kind: "number",
        label,
        unit: "day",
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        integer: false,
        effect: "none",
      };
    case "boolean":
      return { kind: "boolean", label, effect: "none" };
    case "stringList":
      return { kind: "stringList", label, maxItems: 50, maxLength: 200, effect: "none" };
    default:
      return { kind: "string", label, maxLength: 200, effect: "none" };
  }
}

function kindOf(value: PositionValue): "number" | "boolean" | "string" | "stringList" {
  if (Array.isArray(value)) return "stringList";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

const storedKind = (field: PositionField) => (field.kind === "enum" ? "string" : field.kind);

/** The field's label with its unit, as the form shows it: "Slowest page load (seconds)". */
export function fieldLabel(field: PositionField, language: "zh" | "en"): string {
  const label = field.label[language];
  if (field.kind !== "number" || field.max === Number.MAX_SAFE_INTEGER) return label;
  const unit = UNITS[field.unit][language];
  return language === "zh" ? `${label}（${unit}）` : `${label} (${unit})`;
}

/** How a found value reads in a message: `the text "yes"`, `a list` … */
export function describeValue(value: unknown): Bilingual {
  if (value === null) return { en: "null", zh: "null" };
  if (Array.isArray(value)) return { en: "a list", zh: "列表" };
  switch (typeof value) {
    case "string":
      return { en: `the text "${clip(value)}"`, zh: `文本“${clip(value)}”` };
    case "number":
      return { en: `the number ${value}`, zh: `数字 ${value}` };
    case "boolean":
      return { en: String(value), zh: String(value) };
    default:
      return { en: "an object", zh: "对象" };
  }
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Why `value` cannot be this field's position, or null when it can. The one validation the playbook
 * file, the store and the form share.
 */
export function checkPositionValue(field: PositionField, value: unknown): Bilingual | null {
  const found = describeValue(value);
  switch (field.kind) {
    case "number": {
      const unit = UNITS[field.unit];
      const bounded = field.max !== Number.MAX_SAFE_INTEGER;
      if (typeof value !== "number" || !Number.isFinite(value))
        return bounded
          ? {
              en: `Expected a number (${unit.en}); found ${found.en}.`,
              zh: `应为数字（${unit.zh}），实际为${found.zh}。`,
            }
          : { en: `Expected a number; found ${found.en}.`, zh: `应为数字，实际为${found.zh}。` };
      if (value < field.min || value > field.max)
        return bounded
          ? {
              en: `Must be from ${field.min} to ${field.max} ${unit.en}; found ${value}.`,
              zh: `须在 ${field.min} 至 ${field.max} ${unit.zh}之间，实际为 ${value}。`,
            }
          : {
              en: `Must not be negative; found ${value}.`,
              zh: `不能为负数，实际为 ${value}。`,
            };
      if (field.integer && !Number.isInteger(value))
        return {
          en: `Must be a whole number of ${unit.en}; found ${value}.`,
          zh: `须为整数（${unit.zh}），实际为 ${value}。`,
        };
      return null;
    }
    case "boolean":
      return typeof value === "boolean"
        ? null
        : {
            en: `Expected true or false; found ${found.en}.`,
            zh: `应为 true 或 false，实际为${found.zh}。`,
          };
    case "enum": {
      if (typeof value === "string" && field.choices.some((c) => c.value === value)) return null;
      const choices = field.choices.map((c) => `"${c.value}"`).join(", ");
      const zhChoices = field.choices.map((c) => `“${c.value}”`).join("、");
      return {
        en: `Must be one of ${choices}; found ${found.en}.`,
        zh: `须为 ${zhChoices} 之一，实际为${found.zh}。`,
      };
    }
    case "string":
      if (typeof value !== "string")
        return { en: `Expected text; found ${found.en}.`, zh: `应为文本，实际为${found.zh}。` };
      return checkText(value, field.maxLength);
    case "stringList": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
        return {
          en: `Expected a list of texts, e.g. ["CSV", "Excel"]; found ${found.en}.`,
          zh: `应为文本列表，如 ["CSV", "Excel"]，实际为${found.zh}。`,
        };
      if (value.length === 0) return { en: "List at least one entry.", zh: "至少填写一项。" };
      if (value.length > field.maxItems)
        return {
          en: `At most ${field.maxItems} entries; found ${value.length}.`,
          zh: `最多 ${field.maxItems} 项，实际为 ${value.length} 项。`,
        };
      for (const entry of value as string[]) {
        const problem = checkText(entry, field.maxLength);
        if (problem) return problem;
      }
      return null;
    }
  }
}

function checkText(value: string, maxLength: number): Bilingual | null {
  if (value.trim() === "") return { en: "Must not be empty.", zh: "不能为空。" };
  if (value.length > maxLength)
    return {
      en: `At most ${maxLength} characters; found ${value.length}.`,
      zh: `最多 ${maxLength} 个字符，实际为 ${value.length} 个。`,
    };
  return null;
}

/** A position as the form's text box shows it: lists joined with ", ". */
export function formatPositionText(value: PositionValue): string {
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * What the user typed in a number, text or list box, as a position value — or why it is not one.
 * Lists are separated by commas (, ， 、) or semicolons; texts are trimmed.
 */
export function parsePositionText(
  field: PositionField,
  input: string
): { ok: true; value: PositionValue } | { ok: false; message: Bilingual } {
  const trimmed = input.trim();
  let value: PositionValue;
  if (field.kind === "number") {
    const n = trimmed === "" ? NaN : Number(trimmed);
    if (!Number.isFinite(n))
      return { ok: false, message: { en: "Enter a number.", zh: "请输入数字。" } };
    value = n;
  } else if (field.kind === "stringList") {
    value = trimmed
      .split(/[,，、;；]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  } else value = trimmed;
  const problem = checkPositionValue(field, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}
