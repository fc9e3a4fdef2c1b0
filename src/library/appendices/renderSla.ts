/**
 * The Service Level Appendix as a document fragment (APPENDICES.md §B): availability and its
 * measurement with the maintenance window, service credits and the termination right, support
 * severities with response and resolution times, performance levels and conditions, the monthly
 * report and the audit right. Every number is the form's.
 */
import type { FragmentBlock } from "../../engine/fragment";
import type { Language } from "../../engine/types";
import {
  availabilityPercent,
  hoursText,
  plain,
  resolutionCell,
  responseCell,
  targetCell,
} from "./format";
import type { SlaForm } from "./types";

/** "7×24" in Chinese reads "7×24小时"; free text ("工作日9:00–18:00") stays as written. */
const ROUND_THE_CLOCK = /^\d+\s*[×xX*]\s*\d+$/;

/** The most urgent level's name ("P1"), for the support-hours sentence. */
const firstLevel = (form: SlaForm) => form.severities[0]?.level.trim() || "P1";

function availabilityClause(form: SlaForm, language: Language): string {
  const target = availabilityPercent(form.availability);
  const { hoursPerMonth, noticeHours, outsideBusinessHours } = form.maintenance;
  const hours = (n: number) => hoursText(n, language);
  if (language === "zh") {
    const notice = noticeHours > 0 ? `至少提前${hours(noticeHours)}` : "事先";
    const window =
      hoursPerMonth > 0
        ? `计划内维护仅可在${outsideBusinessHours ? "工作时间以外、" : ""}乙方${notice}书面通知甲方的维护窗口内进行，每月累计不超过${hours(hoursPerMonth)}；其他任何服务中断均计为不可用时间。`
        : "本服务不设计划内维护停机时间，任何服务中断均计为不可用时间。";
    return (
      `一、服务可用性：本服务每月可用性不低于${target}。` +
      "可用性按自然月计算，即当月本服务在生产环境中可供甲方用户正常使用的时间占当月总时间的比例；仅依本条约定进行的计划内维护时间不计入不可用时间。" +
      window
    );
  }
  const notice = noticeHours > 0 ? `at least ${hours(noticeHours)} in advance` : "in advance";
  const window =
    hoursPerMonth > 0
      ? `Scheduled maintenance may take place only in windows announced to the Customer in writing ${notice}${outsideBusinessHours ? ", outside business hours," : ""} and for no more than ${hours(hoursPerMonth)} in any month; any other interruption counts as unavailability.`
      : "The Service has no scheduled maintenance downtime; any interruption counts as unavailability.";
  return [
    `1. Availability. The Service shall have a monthly availability of at least ${target}.`,
    "Availability is measured for each calendar month as the time the Service is available to the Customer's users in production, as a percentage of the total time in that month; only scheduled maintenance carried out in accordance with this section is excluded.",
    window,
  ].join(" ");
}

function creditBlocks(form: SlaForm, language: Language): FragmentBlock[] {
  const target = availabilityPercent(form.availability);
  const months = form.terminationAfterMonths;
  const rows = form.credits.map((c) =>
    language === "zh"
      ? [`低于${availabilityPercent(c.below)}`, `${plain(c.creditPercent)}%`]
      : [`Below ${availabilityPercent(c.below)}`, `${plain(c.creditPercent)}%`]
  );
  if (language === "zh") {
    const missed = months > 1 ? `连续${months}个月` : "任一自然月";
    return [
      {
        kind: "paragraph",
        text: "二、服务抵扣：任一自然月可用性低于下表所列水平的，乙方应按对应比例抵扣甲方当月服务费；同时低于多个水平的，适用其中最高的抵扣比例：",
      },
      { kind: "table", header: ["月度可用性", "服务抵扣（占当月服务费的比例）"], rows },
      {
        kind: "paragraph",
        text:
          "服务抵扣从下一期账单中扣减；无后续账单的，乙方应于30日内退还甲方。服务抵扣不影响甲方依本协议享有的其他权利。" +
          `${missed}可用性低于${target}的，甲方有权书面通知解除本协议，且无需支付任何解约费用，乙方应退还甲方已预付但尚未使用期间的服务费。`,
      },
    ];
  }
  const missed = months > 1 ? `in ${months} consecutive months` : "in any calendar month";
  return [
    {
      kind: "paragraph",
      text: "2. Service credits. If the availability in a calendar month falls below a level in the table below, the Vendor shall credit the Customer the percentage of that month's fees shown against it; where several levels are missed, only the largest credit applies:",
    },
    {
      kind: "table",
      header: ["Monthly availability", "Service credit (% of that month's fees)"],
      rows,
    },
    {
      kind: "paragraph",
      text: [
        "Service credits are deducted from the next invoice or, where no further invoice is due, refunded to the Customer within 30 days, and do not limit the Customer's other remedies.",
        `If the availability falls below ${target} ${missed}, the Customer may terminate this Agreement by written notice without paying any termination fee, and the Vendor shall refund the prepaid fees for the unused period.`,
      ].join(" "),
    },
  ];
}

function supportBlocks(form: SlaForm, language: Language): FragmentBlock[] {
  const level = firstLevel(form);
  const p1Hours = form.p1Hours.trim();
  const rows = form.severities.map((s) => [
    s.level.trim(),
    s.definition.trim(),
    responseCell(s, language),
    resolutionCell(s, language),
  ]);
  // The support hours stand apart from the response times: "7×24" is when the desk is open.
  if (language === "zh") {
    const open = ROUND_THE_CLOCK.test(p1Hours) ? `${p1Hours}小时` : p1Hours;
    return [
      {
        kind: "paragraph",
        text: `三、技术支持：乙方通过电话、电子邮件和在线工单系统提供技术支持，${level}级事件${open}受理，其他事件在工作日工作时间受理。事件等级由甲方在报告时确定。`,
      },
      {
        kind: "paragraph",
        text: "乙方应在下表所列时限内响应并解决各等级事件（或提供临时解决方案）；“响应”指乙方合格工程师已开始处理该事件并书面告知甲方：",
      },
      { kind: "table", header: ["等级", "定义", "响应时间", "解决或临时解决方案时限"], rows },
    ];
  }
  return [
    {
      kind: "paragraph",
      text: `3. Support. The Vendor provides technical support by telephone, e-mail and online tickets: ${p1Hours} for ${level} incidents, and during business hours for other incidents. The Customer assigns the severity of each incident when reporting it.`,
    },
    {
      kind: "paragraph",
      text: "The Vendor shall respond to and resolve each incident, or provide a workaround, within the times in the table below for its severity; a response means that a qualified engineer has started work on the incident and has confirmed this to the Customer in writing:",
    },
    {
      kind: "table",
      header: ["Severity", "Definition", "Response time", "Resolution / workaround target"],
      rows,
    },
  ];
}

function performanceBlocks(form: SlaForm, language: Language): FragmentBlock[] {
  const rows = form.performance.map((m) => [
    m.metric.trim(),
    targetCell(m, language),
    m.conditions.trim(),
  ]);
  if (language === "zh") {
    return [
      {
        kind: "paragraph",
        text: "四、性能指标：本服务在生产环境中应达到下表所列性能指标；未达到的，按本附件第三条作为事件处理：",
      },
      { kind: "table", header: ["指标", "目标", "条件"], rows },
    ];
  }
  return [
    {
      kind: "paragraph",
      text: "4. Performance. The Service shall meet the performance levels in the table below in the production environment; a failure to meet any of them is an incident under section 3:",
    },
    { kind: "table", header: ["Metric", "Target", "Conditions"], rows },
  ];
}

const REPORT: Record<Language, string> = {
  zh: "五、服务报告与审计：乙方应于每月第五个工作日前向甲方提交上月书面服务报告，列明实际可用性、各事件的等级、响应时间和解决时间，以及应予抵扣的服务费。甲方有权在合理通知后，自行或委托独立第三方审计服务报告所依据的记录。",
  en: "5. Service reports and audit. By the fifth business day of each month, the Vendor shall send the Customer a written service report for the previous month, stating the availability achieved, each incident with its severity, response time and resolution time, and the service credits due. The Customer may audit the records on which the reports are based, itself or through an independent auditor, on reasonable notice.",
};

export function slaBlocks(form: SlaForm, language: Language): FragmentBlock[] {
  return [
    { kind: "paragraph", text: availabilityClause(form, language) },
    ...creditBlocks(form, language),
    ...supportBlocks(form, language),
    ...performanceBlocks(form, language),
    ...(form.monthlyReport ? [{ kind: "paragraph" as const, text: REPORT[language] }] : []),
  ];
}
