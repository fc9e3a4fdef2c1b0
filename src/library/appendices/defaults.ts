/**
 * The forms' defaults (APPENDICES.md): the 14 CRM modules and 6 phases of the Functional Scope
 * Appendix, and the Service Level Appendix's numbers — taken from the playbook's positions where it
 * has them, so the inserted appendix states what the review asks for.
 */
import type { Language, Playbook } from "../../engine/types";
import { defaultPlaybook } from "../defaultPlaybook";
import { rowIds } from "./rowIds";
import type { FeatureRow, PhaseRow, ScopeForm, SeverityLevel, SlaForm } from "./types";

type Text = { zh: string; en: string };

/** The playbook's number for a topic's position key, or the fallback when it has none. */
function position(playbook: Playbook, topic: string, key: string, fallback: number): number {
  const value = playbook.topics.find((t) => t.id === topic)?.position[key];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

// ---- Functional Scope ----

type Phase = "kickoff" | "configuration" | "integration" | "training" | "golive" | "hypercare";

const PHASE_NAMES: Record<Phase, Text> = {
  kickoff: { en: "Kick-off and requirements confirmation", zh: "项目启动与需求确认" },
  configuration: { en: "Configuration and data migration", zh: "系统配置与数据迁移" },
  integration: { en: "Integration and testing", zh: "系统集成与测试" },
  training: { en: "Training", zh: "用户培训" },
  golive: { en: "Go-live", zh: "系统上线" },
  hypercare: { en: "Post-go-live support", zh: "上线后保障" },
};

/** Modules, what each covers, and the phase it goes live in. */
const MODULES: { module: Text; feature: Text; phase: Phase }[] = [
  {
    module: { en: "Lead management", zh: "线索管理" },
    feature: {
      en: "Capture of leads from web forms, imports and campaigns; assignment, scoring and conversion",
      zh: "从网站表单、批量导入和市场活动获取线索，线索分配、评分与转化",
    },
    phase: "configuration",
  },
  {
    module: { en: "Accounts and contacts", zh: "客户与联系人" },
    feature: {
      en: "Customer accounts, contacts and their relationships, with the full history of interactions",
      zh: "客户档案、联系人及其关系，完整的往来记录",
    },
    phase: "configuration",
  },
  {
    module: { en: "Opportunities and sales pipeline", zh: "商机与销售漏斗" },
    feature: {
      en: "Opportunity stages, pipeline views and sales forecasts",
      zh: "商机阶段管理、销售漏斗视图与销售预测",
    },
    phase: "configuration",
  },
  {
    module: { en: "Quotes and orders", zh: "报价与订单" },
    feature: {
      en: "Product catalogue, quotes with approval, and orders created from accepted quotes",
      zh: "产品目录、报价及报价审批、由报价生成订单",
    },
    phase: "configuration",
  },
  {
    module: { en: "Contract management", zh: "合同管理" },
    feature: {
      en: "Contract records, key dates and expiry reminders, stored contract documents",
      zh: "合同档案、关键日期与到期提醒、合同文本存档",
    },
    phase: "configuration",
  },
  {
    module: { en: "Marketing campaigns", zh: "市场活动" },
    feature: {
      en: "Campaign planning, target lists, e-mail campaigns and tracking of campaign results",
      zh: "活动策划、目标客户名单、邮件营销及活动效果跟踪",
    },
    phase: "configuration",
  },
  {
    module: { en: "Customer service tickets", zh: "客户服务工单" },
    feature: {
      en: "Tickets from e-mail, phone and web portal; assignment, escalation and progress tracking",
      zh: "受理来自邮件、电话和网页门户的工单，工单分派、升级与进度跟踪",
    },
    phase: "configuration",
  },
  {
    module: { en: "Reports and dashboards", zh: "报表与仪表盘" },
    feature: {
      en: "Standard and custom reports, dashboards and scheduled report delivery",
      zh: "标准报表、自定义报表、仪表盘及报表定时推送",
    },
    phase: "configuration",
  },
  {
    module: { en: "Workflow and approvals", zh: "工作流与审批" },
    feature: {
      en: "Configurable workflows, approval chains and notifications",
      zh: "可配置的工作流、审批流程与消息提醒",
    },
    phase: "configuration",
  },
  {
    module: { en: "Mobile app", zh: "移动应用" },
    feature: {
      en: "iOS and Android app with access to accounts, contacts, opportunities and tasks",
      zh: "iOS 和 Android 应用，可查看和处理客户、联系人、商机及任务",
    },
    phase: "golive",
  },
  {
    module: { en: "Open API and integrations", zh: "开放接口与系统集成" },
    feature: {
      en: "Documented REST API and webhooks; interfaces with the systems named in the main body",
      zh: "提供完整文档的 REST API 和 Webhook；与本协议正文约定的系统对接",
    },
    phase: "integration",
  },
  {
    module: { en: "Data import and export", zh: "数据导入导出" },
    feature: {
      en: "Bulk import and export of all data in CSV and Excel format, at any time",
      zh: "随时以 CSV、Excel 格式批量导入和导出全部数据",
    },
    phase: "configuration",
  },
  {
    module: { en: "User roles and permissions", zh: "用户角色与权限" },
    feature: {
      en: "Roles and profiles, with field-level and record-level access rights",
      zh: "角色与权限配置，字段级和记录级访问控制",
    },
    phase: "configuration",
  },
  {
    module: { en: "Audit log", zh: "审计日志" },
    feature: {
      en: "Log of logins, data changes and exports, available to the Customer's administrators",
      zh: "记录登录、数据修改和导出操作，供甲方管理员查阅",
    },
    phase: "configuration",
  },
];

const PHASES: { phase: Phase; deliverables: Text; acceptance: Text }[] = [
  {
    phase: "kickoff",
    deliverables: {
      en: "Project plan; requirements specification and configuration design confirmed by the Customer",
      zh: "项目计划；经甲方确认的需求规格说明书和配置方案",
    },
    acceptance: {
      en: "The Customer confirms the requirements specification in writing",
      zh: "甲方书面确认需求规格说明书",
    },
  },
  {
    phase: "configuration",
    deliverables: {
      en: "System configured to the requirements specification; data cleansed, mapped and migrated by the Vendor, first a pilot migration and then the full migration, with a migration report; the original data kept backed up until sign-off",
      zh: "按需求规格说明书完成系统配置；由乙方完成数据清洗、映射和迁移，先试点迁移、后全量迁移，并提交迁移报告；原始数据备份保留至甲方签认",
    },
    acceptance: {
      en: "Configuration matches the requirements specification; pilot and full migration reconciled with the source data, with no loss or error",
      zh: "配置符合需求规格说明书；试点及全量迁移数据与源数据核对一致，无丢失、无差错",
    },
  },
  {
    phase: "integration",
    deliverables: {
      en: "Interfaces with the systems named in the main body; test plan, test cases and test report",
      zh: "与本协议正文约定系统的接口对接；测试计划、测试用例和测试报告",
    },
    acceptance: {
      en: "All test cases passed, with no open P1 or P2 defect",
      zh: "全部测试用例通过，无未解决的P1、P2级缺陷",
    },
  },
  {
    phase: "training",
    // Filled in with the training topic's numbers: see trainingDeliverables.
    deliverables: { en: "", zh: "" },
    acceptance: {
      en: "All sessions held and the training materials delivered",
      zh: "培训全部完成，培训资料已交付",
    },
  },
  {
    phase: "golive",
    deliverables: {
      en: "Production system live for all users, following the agreed cut-over plan",
      zh: "按约定的切换方案上线，全部用户在生产环境中使用",
    },
    acceptance: {
      en: "All users can log in and work in production, with no open P1 or P2 defect",
      zh: "全部用户可在生产环境中正常登录和使用，无未解决的P1、P2级缺陷",
    },
  },
  {
    phase: "hypercare",
    deliverables: {
      en: "On-site or remote assistance for the first 30 days after go-live, correction of the issues found in production, and handover to ongoing service",
      zh: "上线后30日内提供驻场或远程保障，纠正生产环境中发现的问题，并完成向日常服务的移交",
    },
    acceptance: {
      en: "Every issue raised in those 30 days closed and the handover documented",
      zh: "保障期内提出的问题均已关闭，移交文档经甲方签认",
    },
  },
];

function trainingDeliverables(playbook: Playbook, language: Language): string {
  const sessions = position(playbook, "training", "minOnsiteSessions", 3);
  const hours = position(playbook, "training", "minSessionHours", 6);
  return language === "zh"
    ? `不少于${sessions}场、每场不少于${hours}小时的现场培训，覆盖销售、服务、市场和管理等全部用户角色；用户手册和视频教程`
    : `At least ${sessions} on-site sessions of at least ${hours} hours each, covering every user role (sales, service, marketing, management); user manuals and video tutorials`;
}

export function defaultScopeForm(
  language: Language,
  playbook: Playbook = defaultPlaybook
): ScopeForm {
  const featureIds = rowIds("f", MODULES.length);
  const phaseIds = rowIds("p", PHASES.length);
  const features: FeatureRow[] = MODULES.map((m, i) => ({
    id: featureIds[i],
    selected: true,
    module: m.module[language],
    feature: m.feature[language],
    included: true,
    extraFee: null,
    phase: PHASE_NAMES[m.phase][language],
  }));
  const phases: PhaseRow[] = PHASES.map((p, i) => ({
    id: phaseIds[i],
    phase: PHASE_NAMES[p.phase][language],
    deliverables:
      p.phase === "training" ? trainingDeliverables(playbook, language) : p.deliverables[language],
    plannedDate: "",
    acceptance: p.acceptance[language],
  }));
  return { kind: "scope", number: 1, currency: "CNY", features, phases };
}

// ---- Service Level ----

const SEVERITIES: {
  level: string;
  definition: Text;
  response: number;
  resolution: SeverityLevel["resolution"];
}[] = [
  {
    level: "P1",
    definition: {
      en: "Major data incident or system down",
      zh: "重大数据事故或系统中断",
    },
    response: 1,
    resolution: { value: 4, unit: "hours" },
  },
  {
    level: "P2",
    definition: {
      en: "Severe fault: a key function cannot be used",
      zh: "严重故障，关键功能无法使用",
    },
    response: 4,
    resolution: { value: 24, unit: "hours" },
  },
  {
    level: "P3",
    definition: {
      en: "Ordinary question or minor fault",
      zh: "一般问题或轻微故障",
    },
    response: 24,
    resolution: { value: 3, unit: "business-days" },
  },
];

/** Credit tier thresholds below the default 99.9 % target; a lower target keeps those below it. */
const THRESHOLDS = [99.9, 99.5, 99.0, 98.0, 95.0, 90.0];
const CREDITS = [10, 25, 50];

/** Credit thresholds: the target itself, then the default levels below it (each step lower). */
function thresholds(target: number): number[] {
  const out = [target, ...THRESHOLDS.filter((t) => t < target)].slice(0, CREDITS.length);
  while (out.length < CREDITS.length) out.push(Math.max(0, out[out.length - 1] - 5));
  return out;
}

/** Performance is promised under load, not on an idle system (PLAYBOOK.md: performance). */
const AT_CONTRACTED_USERS: Text = {
  en: "At the contracted number of concurrent users",
  zh: "在合同约定的并发用户数下",
};

const METRICS: {
  metric: Text;
  key?: string;
  target: number;
  unit: "seconds" | "minutes";
  conditions: Text;
}[] = [
  {
    metric: { en: "Page load time", zh: "页面加载时间" },
    key: "maxPageLoadSeconds",
    target: 3,
    unit: "seconds",
    conditions: AT_CONTRACTED_USERS,
  },
  {
    metric: { en: "Query results returned", zh: "查询结果返回时间" },
    key: "maxQuerySeconds",
    target: 5,
    unit: "seconds",
    conditions: AT_CONTRACTED_USERS,
  },
  {
    metric: { en: "Batch import of 10,000 records", zh: "批量导入10,000条记录" },
    target: 10,
    unit: "minutes",
    conditions: AT_CONTRACTED_USERS,
  },
];

export function defaultSlaForm(language: Language, playbook: Playbook = defaultPlaybook): SlaForm {
  const availability = position(playbook, "availability-sla", "minAvailabilityPercent", 99.9);
  const creditIds = rowIds("c", CREDITS.length);
  const severityIds = rowIds("s", SEVERITIES.length);
  const metricIds = rowIds("m", METRICS.length);
  const tiers = thresholds(availability);
  return {
    kind: "sla",
    number: 2,
    availability,
    maintenance: { hoursPerMonth: 4, noticeHours: 72, outsideBusinessHours: true },
    credits: CREDITS.map((creditPercent, i) => ({
      id: creditIds[i],
      below: tiers[i],
      creditPercent,
    })),
    terminationAfterMonths: 3,
    severities: SEVERITIES.map((s, i) => {
      const responseHours = position(
        playbook,
        "support-response",
        `max${s.level}ResponseHours`,
        s.response
      );
      // A firm's slower response time must not leave the resolution target before it.
      const floor = s.resolution.unit === "hours" ? responseHours : Math.ceil(responseHours / 24);
      const resolution = { ...s.resolution, value: Math.max(s.resolution.value, floor) };
      return {
        id: severityIds[i],
        level: s.level,
        definition: s.definition[language],
        responseHours,
        resolution,
      };
    }),
    p1Hours: "7×24",
    performance: METRICS.map((m, i) => ({
      id: metricIds[i],
      metric: m.metric[language],
      target: m.key ? position(playbook, "performance", m.key, m.target) : m.target,
      unit: m.unit,
      conditions: m.conditions[language],
    })),
    monthlyReport: true,
  };
}
