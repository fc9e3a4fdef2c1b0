/**
 * payment-terms — 付款方式. Risky: the whole year (or the whole multi-year term) paid upfront;
 * prepaid fees that are never refunded ("non-refundable", "概不退还"). Meets: quarterly payment in
 * advance or in arrears, or payment by milestone, with prepaid fees for the unused period refunded.
 */
import { anchorIn, sentenceAround } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, blank, isBody, sentences } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /\bpa(?:y|id)|prepa|in advance|in arrears|up-?front|refund|instal|付款|支付|付清|缴纳|预付|首期款|尾款|分期|[退返][还款]|结算|计收/;

/** Paying: the verb, or the noun in a sentence about when fees fall due. */
const PAY =
  /\b(?:pa(?:y|ys|id|yable|yments?)|prepa(?:y|id|yment)|due|invoiced|billed)\b|支付|付款|付清|缴纳|预付|结算|计收|收取/;
/** When or how: a schedule, an instalment plan, an event that triggers payment, or the channel. */
const SCHEDULE =
  /\b(?:annual(?:ly)?|yearly|quarterly|monthly|semi-annual(?:ly)?|in advance|in arrears|up-?front|in full|lump sum|instal(?:l)?ments?|milestones?|net\s*\d+|each (?:year|quarter|month)|per (?:year|quarter|month|annum)|quarter|wire transfer|bank transfer|bank account)\b|within[^.;]{1,40}(?:after|of|from|following)[^.;]{0,20}(?:invoice|effective date|signing|execution|acceptance|receipt)|一次性|预付|提前|按(?:服务)?(?:年|季|月|里程碑|进度|阶段)|每(?:一)?(?:个)?(?:服务)?(?:年|季|月)|分期|首期|首付|尾款|里程碑|验收(?:合格)?(?:后|之日)|(?:签订|签署|生效)(?:之日|后)|[季年月]付|全额(?:支付|付清|付款)|账户|账号|转账|汇款/;
/** Payment that is not the fee schedule: overage billing (licensing), late-payment interest. */
const NOT_SCHEDULE =
  /overage|in excess|exceed|late payment|overdue|not paid when due|interest|termination (?:fee|charge)|liab|damages|indemn|超额|超出|超过|逾期|滞纳|违约金|终止费|解约金|赔偿|责任/;

/** The whole year or the whole term at once. */
const ANNUAL_UPFRONT =
  /(?:annual(?:ly)?|yearly|each year|per (?:year|annum)|twelve \(12\) months|12 months|one \(1\) year|one year)[^.;]{0,40}\b(?:in advance|up-?front)|\b(?:in advance|up-?front)[^.;]{0,60}(?:annual|yearly|each (?:subscription )?year|(?:entire|whole|full) (?:year|term|subscription term|initial term|initial subscription term))|(?:entire|whole|full|total)\s+(?:contract value|subscription term|initial (?:subscription )?term|term)[^.;]{0,60}(?:up-?front|in advance|in full|lump sum|(?:upon|on) (?:signing|execution|the effective date))|\b(?:up-?front|in advance|lump sum)[^.;]{0,60}(?:entire|whole|full|total)\s+(?:contract value|subscription term|initial (?:subscription )?term|term)|\b(?:invoiced|billed|payable|paid|charged|pay)\s+(?:annually|yearly|once a year|per year|on an annual basis)(?![^.;]{0,30}arrears)|一次性(?:支付|付清|缴纳|预付|付款)[^。；;]{0,30}(?:年|全部(?:订阅)?费|服务期|合同总?(?:价|额|款))|(?:年|服务期)[^。；;]{0,30}(?:一次性|提前)(?:支付|付清|缴纳|付款)|按(?:服务)?年(?:度)?(?:预付|支付|付款)|年付|预付(?:全年|一年|整年|[12一二两三]年|全部)|(?:全年|整年)(?:费用|订阅费)?[^。；;]{0,10}(?:预付|提前支付|一次性)|100\s*% of the (?:(?:annual|total|subscription|contract) )+(?:fees?|price|value)|(?:合同)?(?:总价款|总价|总金额|全部价款)的?(?:100%|百分之(?:一)?百)|全额支付(?:合同)?(?:总价|价款|总金额)/;
/** Paying ahead, and a period of a year or more: together, the year (or term) is paid upfront. */
const ADVANCE =
  /\bin advance\b|\bup-?front\b|\bprepa(?:y|id|yment)\b|\blump[- ]sum\b|in (?:a )?single (?:payment|instal(?:l)?ment)|一次性(?:支付|付清|缴纳|付款|预付)|预付|提前(?:支付|付清|缴纳)/;
const LONG_PERIOD =
  /\b(?:annual(?:ly)?|yearly|years?|twelve \(12\) months|12 months|(?:subscription |initial |renewal )?term)\b|年|服务期/;

/** The multi-year term, not one year, paid at once. */
const WHOLE_TERM = /entire|whole|full|total|term\b|服务期|合同/;
/** "three-year term", "3年": a stated length of several years. */
const MULTI_YEAR = /(?:two|three|four|five|[2-9]|\([2-9]\))[- ]years?|[二两三四五2-9]\s*年(?!度)/;
/** Quarterly or monthly instalments: the year is not paid at once. */
const SHORTER_PERIOD =
  /\b(?:quarterly|monthly|each (?:calendar )?(?:quarter|month)|per (?:quarter|month))\b|按(?:季|月)|每(?:个)?(?:季|月)|季付|月付/;
const ARREARS = /in arrears|后付|期末支付|届满后支付/;

/** Prepaid fees kept whatever happens. */
const NON_REFUNDABLE =
  /non-?refundable|not refundable|\bno refunds?\b|(?:will|shall) not (?:be )?refund(?:ed)?|not (?:be )?entitled to (?:a |any )?refund|without (?:any )?refund|not (?:be )?subject to (?:any )?refund|refunds? (?:will|shall) not be|不(?:予|作|会)?(?:退[还款]|返还)|[概均]不(?:予)?退[还款]?|不得要求(?:乙方)?退|无权(?:要求)?(?:乙方)?退/;
const FEE_WORD = /fee|amount|payment|charge|price|费|款|价/;
/** "refund the prepaid fees for the unused period" / "退还未使用期间的预付费用". */
const REFUND_UNUSED =
  /refund[^.;]{0,60}(?:unused|prepaid|pro[- ]?rata|remaining|unexpired|portion)|(?:unused|prepaid|pro[- ]?rata)[^.;]{0,40}(?:shall|will) be refunded|退[还款][^。；;]{0,30}(?:未使用|剩余|尚未|预付|按比例)|(?:未使用|剩余|尚未使用)[^。；;]{0,30}(?:退[还款]|返还)/;
/** A refund only when the vendor is at fault is not the playbook's refund on termination. */
const FAULT_ONLY = /breach|for cause|default|违约|过错|乙方原因/;

const NON_REFUNDABLE_ALL = new RegExp(NON_REFUNDABLE.source, "g");
/** What NON_REFUNDABLE and REFUND_UNUSED each need: a text without these words is no refund term. */
const REFUND_WORDS = /refund|退|返还/;

const CJK = /[\u4e00-\u9fff]/;
const VERB = /\b(?:shall|will|must|may|is|are|be|pays?)\b/;

/** A clause's own title: "4.2 Annual Payment in Advance." — a few words and no verb. */
function isCaption(sentence: string): boolean {
  return sentence.length <= 60 && !CJK.test(sentence) && !VERB.test(sentence);
}

export const paymentTerms: TopicRule = {
  id: "payment-terms",
  matches: (clause) => isBody(clause, "entry") && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const paymentPeriod = String(topic.position.paymentPeriod ?? "quarter");
    const position = { paymentPeriod, refundUnusedPrepaid: true };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const norm = clause.norm;
      // "不予退还" ends in "退还": blank the refusals before looking for a promised refund.
      // Without REFUND_WORDS no sentence of the clause is a refund term (both patterns need them).
      const refundWords = REFUND_WORDS.test(norm);
      const refunds = refundWords ? REFUND_UNUSED.exec(blank(norm, NON_REFUNDABLE_ALL)) : null;
      const refundIsReal =
        refunds !== null &&
        !FAULT_ONLY.test(norm.slice(...sentenceAround(norm, refunds.index, refunds.index + 1)));
      let addresses = false;
      let upfrontFound = false;
      let nonRefundFound = false;
      const spans = sentences(norm, AS_QUOTED);
      for (const [i, { start, text: s }] of spans.entries()) {
        if (i === 0 && spans.length > 1 && isCaption(s)) continue; // "4.2 Annual Payment in Advance."
        const noRefund = refundWords ? NON_REFUNDABLE.exec(s) : null;
        const isRefundTerm =
          (noRefund !== null && FEE_WORD.test(s)) ||
          (refundWords && REFUND_UNUSED.test(blank(s, NON_REFUNDABLE_ALL)));
        const isSchedule = PAY.test(s) && SCHEDULE.test(s) && !NOT_SCHEDULE.test(s);
        if (!isRefundTerm && !isSchedule) continue;
        addresses = true;
        const upfront = isSchedule
          ? (ANNUAL_UPFRONT.exec(s) ?? (LONG_PERIOD.test(s) ? ADVANCE.exec(s) : null))
          : null;
        if (upfront && !upfrontFound && !ARREARS.test(s) && !quarterlyInstead(s, upfront[0])) {
          upfrontFound = true;
          const at = start + upfront.index;
          const text = clause.text.slice(at, at + upfront[0].length);
          const period = WHOLE_TERM.test(upfront[0]) || MULTI_YEAR.test(s) ? "term" : "year";
          findings.push(
            finding(
              context,
              anchorIn(snapshot, clause, at, at + upfront[0].length),
              "medium",
              { code: "annual-upfront", params: { period, max: paymentPeriod } },
              { paymentPeriod: { value: period, text } },
              position
            )
          );
        }
        if (noRefund && FEE_WORD.test(s) && !refundIsReal && !nonRefundFound) {
          nonRefundFound = true;
          const at = start + noRefund.index;
          const text = clause.text.slice(at, at + noRefund[0].length);
          findings.push(
            finding(
              context,
              anchorIn(snapshot, clause, at, at + noRefund[0].length),
              "medium",
              { code: "non-refundable", params: {} },
              { refundUnusedPrepaid: { value: false, text } },
              position
            )
          );
        }
      }
      if (addresses) relevant.push(clause);
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};

/** "Fees for each year are payable quarterly in advance": the year is named, the instalment is shorter. */
function quarterlyInstead(sentence: string, upfront: string): boolean {
  const explicit = /annual(?:ly)? in advance|yearly in advance|年付|按(?:服务)?年(?:度)?预付/;
  return SHORTER_PERIOD.test(sentence) && !explicit.test(upfront);
}
