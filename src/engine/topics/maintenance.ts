/**
 * maintenance — 售后维护. Risky: a free maintenance (warranty) period shorter than the playbook's year;
 * bug fixes, security patches, compatibility or adaptation work charged ("not maintenance … performed as
 * a change request", "适配工作不属于免费维护的范围…另行收费"). Meets: at least a year of free
 * maintenance including patches and compatibility updates (for a subscription: maintenance throughout
 * the term at no extra charge).
 */
import { anchorIn, around } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, blank, definesTerm, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /maint(?:ain|enance)|bug[\s-]?fix|\bpatch|defect|error correction|hotfix|compatib|adapt|warranty period|维护|維護|运维|運維|维修|維修|补丁|補丁|修补|修補|漏洞修复|漏洞修復|缺陷|bug|兼容|相容|适配|適配|质保期|質保期|保修期|保固期/;
/**
 * Words SIGNAL cannot match without: one cheap scan rules out most clauses. No Traditional forms:
 * normalisation folds 維, 運, 補, 復, 適 and 質 (normalize.ts).
 */
const SIGNAL_WORDS =
  /maint|bug|patch|defect|error correction|hotfix|compatib|adapt|warranty period|维护|运维|维修|补丁|修补|漏洞修复|缺陷|兼容|相容|适配|质保期|保修期|保固期/;
/** Maintenance windows are downtime (availability), not the maintenance service; nor is "进行系统维护". */
const WINDOW_ONLY =
  /(?:scheduled|planned|routine|emergency|regular|major|minor) maintenance|maintenance windows?|during maintenance|(?:announce|notify|notice|perform|carry out|conduct)\w*\s+(?:\w+\s+){0,2}maintenance|例行(?:维护|維護)|计划(?:内)?维护|計劃(?:內)?維護|定期(?:维护|維護)|停机(?:维护|維護)|停機維護|紧急维护|緊急維護|(?:维护|維護)(?:窗口|期间|期間|时间|時間|时段|時段|人员|人員)|运维人员|運維人員|(?:进行|進行)(?:系统|系統)?(?:维护|維護)/g;
/** Words WINDOW_ONLY cannot match without (維護, 運維 are folded by normalisation). */
const WINDOW_WORDS = /maintenance|维护|运维/;
/** What the maintenance service is made of ("maintain" alone is any duty: "maintain safeguards"). */
const MAINTENANCE_WORK =
  /maintenance|maintain(?:s|ing)? (?:and [a-z]+ )?(?:the |its )?(?:service|system|software|platform|application|solution|product)|bug[\s-]?fix|\bpatch(?:es|ing|ed)?\b|(?:correct|fix|remedy|repair|resolve)\w*\b[^.;]{0,30}\b(?:defects?|errors?|bugs?)\b|error correction|hotfix|(?:security|compatibility) updates?|adapt\w*\b[^.;]{0,60}\b(?:new|future|later) (?:release|version|update)s?|[维維][护護](?![^。；;，,]{0,8}(?:权益|權益|利益|秩序|声誉|聲譽|形象|名誉|名譽|稳定|穩定|安全|尊严|尊嚴))|运维|運維|维修|維修|补丁|補丁|修补|修補|漏洞修复|漏洞修復|缺陷修复|缺陷修復|bug|适配|適配|质保|質保|保修|保固/;
/** A sentence about vendor staff reaching data is the data-access topic's, whatever its purpose. */
const ACCESS = /\baccess(?:es|ing)?\b|访问|訪問|查看甲方/;
/** Work that keeps the system working: patches, fixes, compatibility, adaptation to new releases. */
const UPKEEP_WORK =
  /bug[\s-]?fix|\bpatch|defect|error correction|hotfix|compatib|adapt|security update|maintenance|补丁|補丁|修补|修補|漏洞|缺陷|bug|兼容|相容|适配|適配|维护|維護|运维|運維|维修|維修/;
/** The work is billed: "charged at Vendor's rates", "as a change request", "另行收费", "不属于免费维护的范围". */
const CHARGED =
  /\b(?:charged?|chargeable|billed|billable|invoiced|paid separately|at (?:vendor's|its|the vendor's) (?:standard |then-current )?(?:rates?|prices?|fees?)|additional (?:fees?|charges?|costs?)|extra (?:fees?|charges?|costs?)|as a change request|(?:is|are) not (?:included in|covered by|part of) (?:the )?(?:free )?maintenance|(?:is|are) not maintenance|at (?:customer's|its own) (?:cost|expense))|另行(?:收费|收費|计费|計費|付费|付費|报价|報價)|额外(?:收费|费用)|額外(?:收費|費用)|(?:支付|承担|承擔)[^。；;]{0,6}(?:费用|費用)|不(?:属于|屬於|在)[^。；;]{0,6}免费(?:维护|維護)|不(?:包含|包括)在[^。；;]{0,10}(?:维护|維護)|收费|收費|付费|付費|有偿|有償/;
/** Upkeep put outside the vendor's duties: "不属于乙方的义务", "is not maintenance", "not included in support". */
const EXCLUDED =
  /不(?:属于|屬於)(?:乙方(?:的)?)?(?:义务|義務|责任|責任|免费|免費|维护|維護|运维|運維|服务范围|服務範圍)|不在[^。；;]{0,8}(?:免费|免費|维护|維護|运维|運維)[^。；;]{0,4}(?:范围|範圍)|(?:is|are) not (?:included in|covered by|part of) (?:the )?(?:free )?(?:maintenance|support)|(?:is|are) not maintenance|(?:is|are) not (?:the )?(?:vendor's|supplier's|provider's) (?:obligation|responsibility)|outside (?:the )?scope of (?:the )?(?:free )?(?:maintenance|support)|excluded from (?:the )?(?:free )?(?:maintenance|support)/;
/** It is free: "at no additional charge", "免费提供", "不另行收费" — but not "不属于免费维护". */
const FREE =
  /free of charge|at no (?:additional |extra )?(?:cost|charge|fee)|without (?:additional |extra )?(?:charge|cost|fee)|no (?:additional |extra )?(?:charge|cost|fee)|(?:shall|will) not (?:be )?charged?\b|included in the (?:subscription )?fees?|(?<!不(?:属于|屬於|在|包括|包含)?)免[费費](?![维維][护護]的[范範][围圍])|无偿|無償|不(?:另行|额外|額外)?(?:收费|收費|计费|計費|收取)|(?:无需|無需|无须|無須|不必|不需)[^。；;]{0,10}(?:付费|付費|支付|收费|收費|费用|費用)|need not pay/;
/** Charges after the free period are the playbook's own model ("thereafter at the price list rates"). */
const AFTER_PERIOD =
  /\b(?:after|thereafter|following|beyond|upon expiry)\b|期满后|期滿後|届满后|屆滿後|之后|之後|以后|以後|结束后|結束後/;
/** A free maintenance (warranty) period: "质保期为三个月", "free maintenance for six months". */
const FREE_PERIOD =
  /warranty period|free (?:maintenance|support and maintenance|maintenance and support)|maintenance period|免[费費](?:维护|維護|运维|運維|维修|維修|售后|售後|保修|保固|质保|質保)|(?:维护|維護)期|质保期|質保期|保修期|保固期/;

type Span = { start: number; end: number };

/** A duration in months (a year is 12, 365 days are 12). */
function monthsOf(d: Duration): number {
  const months =
    d.unit === "year"
      ? d.value * 12
      : d.unit === "month"
        ? d.value
        : d.unit === "week"
          ? (d.value * 7 * 12) / 365
          : (d.value * 12) / 365;
  return Math.round(months * 10) / 10;
}

type Read = { clause: Clause; period?: Duration; charged?: Span; addresses: boolean };

function read(clause: Clause): Read {
  // Maintenance-window phrases blanked, so they do not count.
  const norm = WINDOW_WORDS.test(clause.norm) ? blank(clause.norm, WINDOW_ONLY) : clause.norm;
  let period: Duration | undefined;
  let charged: Span | undefined;
  let addresses = false;
  for (const s of sentences(norm, AS_QUOTED)) {
    // Nothing a later sentence says can change what is read.
    if (addresses && period && charged) break;
    const { text } = s;
    if (!MAINTENANCE_WORK.test(text) || ACCESS.test(text)) continue;
    addresses = true;
    if (!period && (FREE_PERIOD.test(text) || FREE.test(text))) {
      // A period, not a deadline: months or years ("free of charge for six (6) months", "三个月内提供免费
      // 保固"), or at least four weeks — "fix defects free of charge within 5 business days" is a deadline.
      const d = findDurations(text).find((d) => {
        const near = around(text, d.start, d.end, 60, 60);
        return (
          (d.unit === "month" || d.unit === "year" || d.hours >= 28 * 24) &&
          d.unit !== "business-day" &&
          (FREE_PERIOD.test(near) || FREE.test(near))
        );
      });
      if (d) {
        const start = s.start + d.start;
        const end = s.start + d.end;
        period = { ...d, start, end, text: clause.text.slice(start, end) };
      }
    }
    if (charged || !UPKEEP_WORK.test(text)) continue;
    // "compatibility adaptation is not the vendor's obligation / 不属于免费维护的范围": the customer pays.
    const excluded = EXCLUDED.exec(text);
    const bill = excluded ?? CHARGED.exec(text);
    if (!bill) continue;
    // Billing after the free period is expected; billing patches or adaptation as such is not.
    const before = text.slice(0, bill.index);
    const afterFree = AFTER_PERIOD.test(before) && FREE_PERIOD.test(before);
    // "at no additional charge", "不另行收费": the free words sit right around the charge words.
    const near = text.slice(Math.max(0, bill.index - 12), bill.index + bill[0].length + 4);
    if (!afterFree && (excluded || !FREE.test(near))) {
      charged = { start: s.start + bill.index, end: s.start + bill.index + bill[0].length };
    }
  }
  return { clause, period, charged, addresses };
}

export const maintenance: TopicRule = {
  id: "maintenance",
  matches: (clause) =>
    isBody(clause) &&
    SIGNAL_WORDS.test(clause.norm) &&
    !definesTerm(clause.norm, "short-entry") &&
    SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minYears = positionNumber(topic, "minFreeMaintenanceYears", 1);
    const position = {
      minFreeMaintenanceYears: minYears,
      priceLockYears: positionNumber(topic, "priceLockYears", 2),
    };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const r of matched.map(read)) {
      if (!r.addresses) continue;
      relevant.push(r.clause);
      const months = r.period ? monthsOf(r.period) : undefined;
      if (r.period && months !== undefined && months < minYears * 12) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, r.period.start, r.period.end),
            "medium",
            {
              code: "maintenance-short",
              params: { months, written: r.period.text, minYears },
            },
            { freeMaintenanceMonths: { value: months, unit: "month", text: r.period.text } },
            position
          )
        );
      }
      if (r.charged) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, r.charged.start, r.charged.end),
            "medium",
            { code: "maintenance-charged", params: { minYears } },
            { maintenanceCharged: { value: true } },
            position
          )
        );
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
