/**
 * The bundled buyer's playbook: the 27 topics of PLAYBOOK.md with their stable ids, the severity when
 * the protective clause is missing, and the default positions (numbers a firm can change).
 */
import type { Playbook, PlaybookTopic, PositionValue, Severity } from "../engine/types";

const topic = (
  id: string,
  zh: string,
  en: string,
  severity: Severity,
  position: Record<string, PositionValue>
): PlaybookTopic => ({ id, title: { zh, en }, severity, required: true, enabled: true, position });

export const defaultPlaybook: Playbook = {
  version: 1,
  name: "Buyer's CRM/SaaS playbook (default)",
  topics: [
    topic("term-renewal", "合同期限与自动续约", "Term and automatic renewal", "high", {
      automaticRenewal: false,
      maxCancellationNoticeDays: 30,
      minReminderDays: 30,
    }),
    topic("payment-terms", "付款方式", "Payment terms", "medium", {
      paymentPeriod: "quarter",
      refundUnusedPrepaid: true,
    }),
    topic("invoicing", "发票", "Invoicing", "low", { maxInvoiceBusinessDays: 5 }),
    topic("pricing-changes", "价格调整与费率锁定", "Price changes and rate lock", "medium", {
      priceLockYears: 2,
      maxAnnualIncreasePercent: 5,
    }),
    topic("licensing-model", "授权方式与用户数", "Licensing model and user count", "high", {
      additionalUsersAtSameUnitPrice: true,
      growthHeadroomYears: 3,
    }),
    topic("upgrade-policy", "升级政策", "Upgrade policy", "high", { upgradesIncluded: true }),
    topic("hidden-fees", "隐藏费用与版本增项", "Hidden fees and edition add-ons", "medium", {
      allFeesListed: true,
    }),
    topic("functional-scope", "功能交付与功能清单", "Functional scope and feature list", "high", {
      featureAppendix: true,
    }),
    topic(
      "implementation-acceptance",
      "实施服务与验收",
      "Implementation and acceptance",
      "medium",
      {
        writtenAcceptance: true,
        liquidatedDamages: true,
      }
    ),
    topic("training", "培训", "Training", "low", { minOnsiteSessions: 3, minSessionHours: 6 }),
    topic("data-migration", "数据迁移", "Data migration", "medium", {
      vendorMigrates: true,
      backupUntilSignOff: true,
    }),
    topic("integration", "系统集成", "Integration", "medium", {
      namedSystems: true,
      apiDocumentation: true,
    }),
    topic("change-requests", "变更管理", "Change requests", "low", {
      freeCustomisationHoursPerYear: 10,
    }),
    topic("support-response", "技术支持响应时效", "Support response times", "high", {
      maxP1ResponseHours: 1,
      maxP2ResponseHours: 4,
      maxP3ResponseHours: 24,
    }),
    topic("availability-sla", "SLA 可用性", "Availability SLA", "high", {
      minAvailabilityPercent: 99.9,
      serviceCredits: true,
    }),
    topic("performance", "性能指标", "Performance", "medium", {
      maxPageLoadSeconds: 3,
      maxQuerySeconds: 5,
    }),
    topic("maintenance", "售后维护", "Maintenance", "medium", {
      minFreeMaintenanceYears: 1,
      priceLockYears: 2,
    }),
    topic("data-ownership", "数据归属", "Data ownership", "high", { customerOwnsData: true }),
    topic("data-export", "数据导出与迁出", "Data export and exit", "high", {
      exportFree: true,
      formats: ["CSV", "Excel"],
      minRetentionDaysAfterTermination: 30,
    }),
    topic("data-residency", "数据存储地与合规", "Data residency and compliance", "high", {
      region: "mainland China",
      maxBreachNoticeHours: 24,
    }),
    topic("data-access", "数据访问权限", "Access to customer data", "medium", {
      accessLogged: true,
      leastPrivilege: true,
    }),
    topic("confidentiality", "保密", "Confidentiality", "medium", {
      mutual: true,
      survivesTermination: true,
      minSurvivalYears: 3,
    }),
    topic("ip-ownership", "知识产权", "Intellectual property in configurations", "high", {
      customerOwnsConfigurations: true,
    }),
    topic("termination-exit", "提前解约与退出机制", "Termination and exit", "high", {
      convenienceNoticeDays: 60,
      maxTerminationFeePercent: 30,
    }),
    topic("governing-law", "法律适用与争议解决", "Governing law and disputes", "high", {
      preferredLaw: "PRC",
      forum: "customer's location",
    }),
    topic(
      "unilateral-changes",
      "单方变更与口头承诺",
      "Unilateral changes and oral promises",
      "high",
      {
        writtenAmendmentOnly: true,
      }
    ),
    topic("liability-cap", "责任限制", "Limitation of liability", "medium", {
      minCapMonthsOfFees: 12,
    }),
  ],
};
