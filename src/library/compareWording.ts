/**
 * The risk delta's change codes in words, Chinese and English: "Cancellation notice 30 → 90 days",
 * "解约通知期 30 → 90 日", "Governing law PRC → Singapore", "数据导出与迁出条款被删除". The engine
 * reports codes and parameters; the pane, the CLI and the reports render them in the reader's language.
 */
import type { TopicDelta } from "../engine/compare/types";
import type { Language } from "../engine/types";

type Words = { zh: string; en: string };
type Change = TopicDelta["changes"][number];

/** Human names of the values the topic rules read (docs/judging.md, "Values each finding reads"). */
export const VALUE_NAMES: Record<string, Words> = {
  automaticRenewal: { zh: "自动续约", en: "Automatic renewal" },
  cancellationNoticeDays: { zh: "解约通知期", en: "Cancellation notice" },
  renewalAtThenCurrentPrices: { zh: "续约按届时价格", en: "Renewal at then-current prices" },
  paymentPeriod: { zh: "付款周期", en: "Payment period" },
  refundUnusedPrepaid: { zh: "退还未使用的预付费", en: "Refund of unused prepaid fees" },
  invoiceDays: { zh: "开票时限", en: "Invoice deadline" },
  priceIncrease: { zh: "单方涨价", en: "Price increase" },
  annualIncreasePercent: { zh: "年涨幅上限", en: "Annual increase cap" },
  userCap: { zh: "用户数上限", en: "User cap" },
  unpricedMetering: { zh: "未定价的计量收费", en: "Unpriced metering" },
  upgradeQualifier: { zh: "升级限定条件", en: "Upgrade qualifier" },
  upgradesCharged: { zh: "升级收费", en: "Upgrades charged" },
  openEndedFee: { zh: "开放式收费", en: "Open-ended fee" },
  scopeReference: { zh: "功能范围援引", en: "Scope defined by reference" },
  deemedAcceptance: { zh: "视为验收", en: "Deemed acceptance" },
  acceptancePeriod: { zh: "验收期", en: "Acceptance period" },
  sessions: { zh: "培训场次", en: "Training sessions" },
  sessionHours: { zh: "每场培训时长", en: "Hours per training session" },
  trainingCharged: { zh: "培训收费", en: "Training charged" },
  documentationOnly: { zh: "仅提供文档", en: "Documentation only" },
  migrationByVendor: { zh: "乙方负责迁移", en: "Migration by the vendor" },
  imports: { zh: "数据导入次数", en: "Data imports" },
  migrationCharged: { zh: "迁移收费", en: "Migration charged" },
  apiCallLimit: { zh: "API 调用上限", en: "API call limit" },
  integrationCharged: { zh: "集成收费", en: "Integration charged" },
  integrationByCustomer: { zh: "客户自行集成", en: "Integration by the customer" },
  freeHoursPerYear: { zh: "每年免费定制工时", en: "Free customisation hours a year" },
  changeRate: { zh: "变更费率", en: "Change rate" },
  p1ResponseHours: { zh: "P1 响应时限", en: "P1 response time" },
  p2ResponseHours: { zh: "P2 响应时限", en: "P2 response time" },
  p3ResponseHours: { zh: "P3 响应时限", en: "P3 response time" },
  anyResponseHours: { zh: "响应时限", en: "Response time" },
  availabilityPercent: { zh: "可用率", en: "Availability" },
  qualifier: { zh: "限定语", en: "Qualifier" },
  serviceCredits: { zh: "服务抵扣", en: "Service credits" },
  pageLoadSeconds: { zh: "页面加载时间", en: "Page load time" },
  querySeconds: { zh: "查询时间", en: "Query time" },
  performanceCommitted: { zh: "性能承诺", en: "Performance committed" },
  freeMaintenanceMonths: { zh: "免费维护期", en: "Free maintenance" },
  maintenanceCharged: { zh: "维护收费", en: "Maintenance charged" },
  vendorUse: { zh: "乙方使用数据", en: "Vendor's use of the data" },
  exportRight: { zh: "数据导出权", en: "Right to export data" },
  retentionDays: { zh: "终止后数据保留期", en: "Data kept after termination" },
  storageLocation: { zh: "数据存储地", en: "Data storage location" },
  vendorAccess: { zh: "乙方访问数据", en: "Vendor access to data" },
  accessLogged: { zh: "访问留痕", en: "Access logged" },
  mutual: { zh: "双向保密", en: "Mutual confidentiality" },
  survivalYears: { zh: "保密期限", en: "Confidentiality survives" },
  configurationOwner: { zh: "配置成果归属", en: "Owner of configurations" },
  terminationForConvenience: { zh: "任意解约权", en: "Termination for convenience" },
  terminationFeePercent: { zh: "提前解约费", en: "Early termination fee" },
  governingLaw: { zh: "适用法律", en: "Governing law" },
  forum: { zh: "争议解决地", en: "Dispute forum" },
  unilateralChange: { zh: "单方变更", en: "Unilateral change" },
  capMonths: { zh: "责任上限", en: "Liability cap" },
  dataBreachCapped: { zh: "数据泄露责任受限", en: "Data breach liability capped" },
};

/** The finding reasons, as a reader names the risk (docs/judging.md, "deviates when"). */
export const REASON_NAMES: Record<string, Words> = {
  "automatic-renewal": { zh: "自动续约且无书面提醒", en: "automatic renewal without a reminder" },
  "notice-too-long": { zh: "不续约通知期过长", en: "cancellation notice too long" },
  "renewal-price": { zh: "续约按届时价格", en: "renewal at then-current prices" },
  "annual-upfront": { zh: "整年预付", en: "a year or more paid up front" },
  "non-refundable": { zh: "预付费用不予退还", en: "prepaid fees non-refundable" },
  "no-invoice-deadline": { zh: "未约定开票时限", en: "no deadline for invoices" },
  "invoice-late": { zh: "开票时限过长", en: "invoices late" },
  "price-increase": { zh: "供应商可单方涨价", en: "vendor may raise prices" },
  "increase-cap-high": { zh: "涨价上限过高", en: "price increase cap too high" },
  "user-cap-overage": { zh: "用户数上限及超额收费", en: "user cap with overage charges" },
  "unpriced-metering": { zh: "计量收费未定价", en: "metered use not priced" },
  "qualified-upgrades": { zh: "免费升级附限定条件", en: "free upgrades qualified" },
  "paid-upgrades": { zh: "升级收费", en: "upgrades charged" },
  "open-ended-fees": { zh: "开放式额外收费", en: "open-ended extra fees" },
  "scope-by-reference": { zh: "功能范围以外部资料为准", en: "scope defined by outside material" },
  "deemed-acceptance": { zh: "视为验收合格", en: "deemed acceptance" },
  "training-charged": { zh: "培训另行收费", en: "training charged" },
  "training-too-little": { zh: "培训不足", en: "too little training" },
  "customer-migrates": { zh: "数据迁移由客户负责", en: "customer migrates its own data" },
  "api-limited": {
    zh: "接口受限或集成由客户负担",
    en: "API limited or integration at customer's cost",
  },
  "changes-billed": { zh: "变更全部收费", en: "every change billed" },
  "response-too-slow": { zh: "响应时限过长", en: "support response too slow" },
  "no-severity-levels": { zh: "未按故障等级约定响应", en: "no severity levels" },
  "availability-low": { zh: "可用率过低", en: "availability too low" },
  "efforts-only": { zh: "仅承诺合理努力", en: "efforts only" },
  "no-credits": { zh: "无服务抵扣", en: "no service credits" },
  "no-performance-commitment": { zh: "无性能承诺", en: "no performance commitment" },
  "maintenance-short": { zh: "免费维护期过短", en: "free maintenance too short" },
  "maintenance-charged": { zh: "维护另行收费", en: "maintenance charged" },
  "vendor-uses-data": { zh: "供应商自用客户数据", en: "vendor uses customer data" },
  "no-export": { zh: "无免费导出", en: "no free data export" },
  "early-deletion": { zh: "终止后过早删除数据", en: "data deleted too soon" },
  "data-abroad": { zh: "数据存储于境外或地点不明", en: "data stored abroad or anywhere" },
  "free-access": { zh: "供应商可随意访问数据", en: "vendor may access data freely" },
  "one-sided": { zh: "单方保密义务", en: "one-sided confidentiality" },
  "short-duty": { zh: "保密期限过短", en: "confidentiality ends too soon" },
  "ip-not-customer": { zh: "配置成果不归客户", en: "configurations not the customer's" },
  "no-convenience-exit": { zh: "无任意解约权", en: "no termination for convenience" },
  "exit-fee-high": { zh: "提前解约费过高", en: "early termination fee too high" },
  "foreign-law": { zh: "适用境外法律", en: "foreign governing law" },
  "foreign-forum": { zh: "境外争议解决", en: "foreign dispute forum" },
  "vendor-forum": { zh: "供应商所在地管辖", en: "disputes at the vendor's home" },
  "unilateral-change": { zh: "供应商可单方变更", en: "vendor may change terms unilaterally" },
  "cap-too-low": { zh: "责任上限过低", en: "liability cap too low" },
  "data-breach-capped": { zh: "数据泄露责任受限", en: "data breaches capped" },
};

const VERDICT_NAMES: Record<string, Words> = {
  meets: { zh: "符合", en: "meets" },
  deviates: { zh: "偏离", en: "deviates" },
  missing: { zh: "缺失", en: "missing" },
  "not-found": { zh: "未涉及", en: "not addressed" },
};

/** Units as the rules report them ("day", "%", …) and as NUMERIC_POSITIONS names them. */
const UNITS: Record<string, { zh: string; en: (n: number) => string; tight?: boolean }> = {
  day: { zh: "日", en: (n) => (n === 1 ? "day" : "days") },
  "business-day": { zh: "个工作日", en: (n) => (n === 1 ? "business day" : "business days") },
  hour: { zh: "小时", en: (n) => (n === 1 ? "hour" : "hours") },
  second: { zh: "秒", en: (n) => (n === 1 ? "second" : "seconds") },
  month: { zh: "个月", en: (n) => (n === 1 ? "month" : "months") },
  year: { zh: "年", en: (n) => (n === 1 ? "year" : "years") },
  percent: { zh: "%", en: () => "%", tight: true },
  count: { zh: "", en: () => "" },
};
const UNIT_ALIASES: Record<string, string> = { "%": "percent", days: "day", hours: "hour" };

/** The unit each number is read in, for changes that do not carry one. */
const DEFAULT_UNITS: Record<string, string> = {
  cancellationNoticeDays: "day",
  invoiceDays: "business-day",
  annualIncreasePercent: "percent",
  sessions: "count",
  sessionHours: "hour",
  p1ResponseHours: "hour",
  p2ResponseHours: "hour",
  p3ResponseHours: "hour",
  anyResponseHours: "hour",
  availabilityPercent: "percent",
  pageLoadSeconds: "second",
  querySeconds: "second",
  freeMaintenanceMonths: "month",
  retentionDays: "day",
  survivalYears: "year",
  terminationFeePercent: "percent",
  capMonths: "month",
};

export function valueName(key: string, language: Language): string {
  return VALUE_NAMES[key]?.[language] ?? key;
}

export function reasonName(code: string, language: Language): string {
  return REASON_NAMES[code]?.[language] ?? code;
}

/** One change of a topic delta as a short line in `language`. */
export function describeChange(change: Change, language: Language, topicTitle?: string): string {
  const p = change.params;
  const zh = language === "zh";
  switch (change.code) {
    case "number-worse":
    case "number-better":
      return numberChange(String(p.key), p.old, p.new, p.unit, language);
    case "value-changed":
      return `${valueName(String(p.key), language)} ${shown(p.old, language)} → ${shown(p.new, language)}`;
    case "clause-removed":
      if (p.clauses === 0) {
        // The verdict went to missing while the clause stayed: it no longer says what it did.
        return zh
          ? `${topicTitle ?? ""}条款已不再涉及该事项`
          : `${topicTitle ? `${topicTitle} clause` : "Clause"} no longer covers it`;
      }
      return zh
        ? `${topicTitle ?? ""}条款被删除`
        : `${topicTitle ? `${topicTitle} clause` : "Clause"} removed`;
    case "clause-added":
      return zh
        ? `新增${topicTitle ?? ""}条款`
        : `${topicTitle ? `${topicTitle} clause` : "Clause"} added`;
    case "new-risk":
      return `${zh ? "新增风险：" : "New risk: "}${reasonName(String(p.reason), language)}${detail(p, language)}`;
    case "risk-resolved":
      return `${zh ? "风险消除：" : "Risk resolved: "}${reasonName(String(p.reason), language)}${detail(p, language)}`;
    case "verdict-changed":
      return `${zh ? "结论：" : "Verdict: "}${verdictName(p.old, language)} → ${verdictName(p.new, language)}`;
    default:
      return topicTitle ? `${topicTitle}: ${change.code}` : change.code;
  }
}

function numberChange(
  key: string,
  before: string | number | undefined,
  after: string | number | undefined,
  unit: string | number | undefined,
  language: Language
): string {
  const name = valueName(key, language);
  const u = UNITS[UNIT_ALIASES[String(unit)] ?? String(unit ?? DEFAULT_UNITS[key] ?? "count")];
  if (!u) return `${name} ${before} → ${after} ${unit}`;
  const label = language === "zh" ? u.zh : u.en(Number(after));
  if (u.tight) return `${name} ${before}${label} → ${after}${label}`;
  return label ? `${name} ${before} → ${after} ${label}` : `${name} ${before} → ${after}`;
}

/** The place a governing-law reason names: "foreign governing law (Singapore)". */
function detail(params: Change["params"], language: Language): string {
  const place = params.law ?? params.forum;
  if (place === undefined) return "";
  return language === "zh" ? `（${place}）` : ` (${place})`;
}

function shown(value: string | number | undefined, language: Language): string {
  if (value === "true") return language === "zh" ? "是" : "yes";
  if (value === "false") return language === "zh" ? "否" : "no";
  return String(value ?? "—");
}

function verdictName(verdict: string | number | undefined, language: Language): string {
  return VERDICT_NAMES[String(verdict)]?.[language] ?? String(verdict);
}
