/**
 * implementation-acceptance — 实施服务与验收. Risky: a deliverable is "deemed accepted" on delivery,
 * on use, or after N days without a written objection (视为验收合格). Meets: acceptance only by
 * written sign-off against agreed criteria. A delivery clause that names no remedy for delay is not a
 * finding by itself (docs/judging.md).
 */
import { anchorIn } from "../clauseText";
import { findDurations } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { CUSTOMER_ZH, underHeading, deliveryMatches } from "./delivery";
import { firstMatch, sentences, zhRe, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /implementation|accept|go[\s-]live|onboarding|project plan|验收|实施|上线|导入(?:服务|计划|期|专案|顾问)|里程碑|试运行/;

/** The clause speaks of implementation or acceptance, not of "accepting" terms or a quotation. */
const ADDRESSES_EN =
  /implementation (?:services?|plan|project|schedule|phase|package|work|milestones?|team|consultants?|period|timeline|activities|methodology|of the (?:service|system|crm|solution|platform|software))|go[\s-]live|acceptance (?:test|testing|criteria|certificate|procedure|process|period|sign-?off|form|report)|user acceptance|(?:final|written|formal) acceptance|accept(?:ance of)? (?:the |each |any |such |a )?(?:deliverables?|milestones?|implementation|system|work product|configurations?|phase)|onboarding services?|project plan|(?:delivery|implementation) (?:schedule|timetable)/;
const ADDRESSES_ZH =
  /验收|实施(?:服务(?!费)|计划|方案|周期|进度|工作|阶段|顾问|团队|项目|内容|期间|范围)|上线|导入(?:服务|计划|期|专案|顾问)|项目(?:实施|计划|进度|里程碑)|里程碑|交付(?:计划|进度|时间表|周期)|试运行/;
/** A table row (order form, fee table) counts only with acceptance or a go-live schedule in it. */
const ADDRESSES_ROW = /accept|go[\s-]live|milestone|验收|上线|里程碑/;
/** "Implementation fees are payable …" is a payment term. */
const FEE_AFTER = /^\s*(?:services?\s+)?(?:fees?|charges?|prices?)\b/;

const DEEMED_EN =
  /deemed (?:to (?:have been|be) )?accepted|deemed (?:to have )?accept(?:ed|ance)|deemed acceptance|(?:treated|considered|regarded) as (?:having been )?accepted|acceptance (?:shall|will) be deemed|(?:constitutes?|shall constitute|will constitute) (?:final |full )?acceptance|automatically accepted|accepted (?:automatically|upon delivery|on delivery)|acceptance (?:occurs|takes place|shall occur|will occur) (?:up)?on (?:delivery|go[\s-]live|activation|installation|completion)|\b(?:fails?|failure|does not|do not)\b[^.;]{0,120}\b(?:shall|will|is|are)\s+(?:be\s+)?(?:automatically\s+)?accepted\b/;
const DEEMED_ZH = zhRe(
  String.raw`(?:视|视同|视作|认定)为?(?:${CUSTOMER_ZH})?(?:已)?(?:验收(?:合格|通过|完成)?|通过验收|完成验收|接受(?:交付|验收|该交付成果)?|认可(?:交付|验收)?|确认验收|同意验收|无异议)|视同验收|自动(?:验收|通过验收)|即(?:为|视为)验收|(?:即|则)?(?:视为|即为|视作)(?:验收)?合格`
);
/** Deemed acceptance of terms, an invoice or a quotation is another topic's. */
const NOT_DELIVERY_OBJECT =
  /^\s*(?:of|to)\s+(?:the\s+|such\s+|any\s+)?(?:amended|modified|updated|revised|new|changed)?\s*(?:terms|agreement|changes?|order form|quotation|quote|invoices?|prices?|policies|policy)/;
const DELIVERY_CONTEXT =
  /deliverable|milestone|implementation|configuration|go[\s-]live|acceptance|phase|work product|project|installation|delivery|delivered|test|验收|交付|实施|成果|上线|里程碑|阶段|测试|项目/;
const NOT_DELIVERY_CONTEXT =
  /invoice|statement of account|quotation|\bquote\b|amended terms|amendment|posting|发票|对账|账单|报价|修订后|修改后的(?:条款|内容)|可用性/;
/** "shall not be deemed accepted", "in no event … deemed accepted", "不视为验收", "不因使用而视为验收". */
const NEGATED_EN =
  /\b(?:not|never)\s+(?:be\s+)?(?:deemed\s+|considered\s+|treated\s+)?$|\bno\s+(?:deliverable|milestone|phase|work|system|service|configuration|implementation)s?\s+(?:shall|will|may|is|are)\s+(?:be\s+)?$|\bin no (?:event|case)\b[^.;]*$|\b(?:neither|nor)\b[^.;,]*$/;
const NEGATED_ZH = zhRe(
  String.raw`(?:不|不得|不应|不能|均不|并不|亦不|不会|不予|不可|绝不|概不)(?:被)?$|不(?:得)?(?:因|以)[^。；]{0,30}(?:而)?$`
);

type Deemed = { start: number; end: number };

/** "6.4 Deemed Acceptance." — a clause title names the rule; the finding quotes the rule itself. */
const TITLE = /^\s*(?:[\d.]+\s+)?[^.;。；]{1,60}[.。]\s*$/;

function deemedIn(clause: Clause, parts: () => Sentence[]): Deemed | undefined {
  if (!DELIVERY_CONTEXT.test(clause.norm)) return undefined;
  // Neither pattern looks around: a sentence matches only where the whole clause does.
  if (!DEEMED_EN.test(clause.norm) && !DEEMED_ZH.test(clause.norm)) return undefined;
  const found: Deemed[] = [];
  for (const [i, s] of parts().entries()) {
    if (NOT_DELIVERY_CONTEXT.test(s.text)) continue;
    const keep = (m: RegExpExecArray) => {
      const before = s.text.slice(0, m.index);
      const after = s.text.slice(m.index + m[0].length);
      return (
        !NEGATED_EN.test(before) && !NEGATED_ZH.test(before) && !NOT_DELIVERY_OBJECT.test(after)
      );
    };
    // firstMatch finds nothing where the pattern does not match at all.
    const m =
      (DEEMED_EN.test(s.text) ? firstMatch(DEEMED_EN, s.text, keep) : undefined) ??
      (DEEMED_ZH.test(s.text) ? firstMatch(DEEMED_ZH, s.text, keep) : undefined);
    if (!m) continue;
    const at = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (i === 0 && TITLE.test(s.text)) found.push(at);
    else return at;
  }
  return found[0];
}

/** "30% payable upon final acceptance" mentions acceptance in passing; it is a payment term. */
const PAYMENT = /payable|\bpaid\b|payment|invoice|付款|支付|付清|发票/;

function addresses(clause: Clause, parts: () => Sentence[]): boolean {
  if (underHeading(clause, "implementation")) return true;
  if (clause.kind === "table-row") return ADDRESSES_ROW.test(clause.norm);
  // A sentence matches ADDRESSES_EN or ADDRESSES_ZH only where the whole clause does ("(?!费)"
  // reads one character, the same in both).
  if (!ADDRESSES_ZH.test(clause.norm) && !ADDRESSES_EN.test(clause.norm)) return false;
  return parts().some((s) => {
    if (PAYMENT.test(s.text)) return false;
    if (ADDRESSES_ZH.test(s.text)) return true;
    if (!ADDRESSES_EN.test(s.text)) return false;
    const hit = firstMatch(
      ADDRESSES_EN,
      s.text,
      (m) => !FEE_AFTER.test(s.text.slice(m.index + m[0].length))
    );
    return hit !== undefined;
  });
}

export const implementationAcceptance: TopicRule = {
  id: "implementation-acceptance",
  matches: deliveryMatches([SIGNAL], "implementation"),
  judge(context, matched) {
    const { snapshot } = context;
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      // The clause's sentences, split at most once and only when a pattern can match.
      let split: Sentence[] | undefined;
      const parts = () => (split ??= sentences(clause.norm));
      const deemed = deemedIn(clause, parts);
      if (!deemed && !addresses(clause, parts)) continue;
      relevant.push(clause);
      if (!deemed) continue;
      // The period of silence that turns into acceptance: the last day count before the phrase.
      const period = findDurations(clause.norm)
        .filter((d) => d.end <= deemed.start && /day|week/.test(d.unit))
        .pop();
      const values: Record<string, ReadValue> = { deemedAcceptance: { value: true } };
      if (period) {
        values.acceptancePeriod = { value: period.value, unit: period.unit, text: period.text };
      }
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, deemed.start, deemed.end),
          "medium",
          {
            code: "deemed-acceptance",
            params: period ? { periodValue: period.value, periodUnit: period.unit } : {},
          },
          values,
          { writtenAcceptance: true }
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, context.topic), findings, clauses: relevant };
  },
};
