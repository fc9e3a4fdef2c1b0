/**
 * invoicing — 发票. Risky: the vendor issues invoices (发票) with no deadline, or with a deadline later
 * than the playbook's 5 business days after each payment. Meets: a compliant invoice within 5 business
 * days of each payment (or at once). An invoice that merely triggers payment ("payable within 30 days
 * of invoice", "收到发票后十日内付款") is the payment clause speaking, not an invoicing term.
 */
import { anchorIn } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { AS_QUOTED, blank, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL = /invoice|fapiao|发票|开票/;

/** Payment triggered by an invoice: the invoice comes first, so this says nothing about issuing it. */
const PAYMENT_TRIGGER =
  /(?:of|after|from|following|upon|against)\s+(?:the\s+)?(?:date of\s+)?(?:(?:the\s+)?receipt of\s+)?(?:(?:the|a|an|each|such|any|vendor's|supplier's|its|valid|correct|proper|undisputed|an undisputed|relevant|corresponding)\s+)*invoices?(?:\s+date)?|invoice date|invoiced amounts?|disputed? (?:an? |any )?invoices?|收到[^。；;，,]{0,20}发票[^。；;，,]{0,8}(?:后|之日|当日)/g;
/** The payment an invoice follows: "after receipt of the payment", "收到甲方每笔付款之日起". */
const PAYMENT_EVENT =
  /(?:after|of|from|following|upon|on)\s+(?:the\s+)?(?:receipt of\s+|receiving\s+)?(?:the\s+|each\s+|such\s+|any\s+|customer's\s+|that\s+)?payments?|收到[^。；;，,]{0,12}(?:付款|款项|费用|货款)(?:之日|后)?|(?:付款|支付)(?:之日|后)/g;

/** The vendor issues the invoice. */
const ISSUES =
  /\b(?:issue[sd]?|issuing|provide[sd]?|providing|deliver(?:s|ed)?|send|sends|sent|furnish(?:es|ed)?|render(?:s|ed)?|submit(?:s|ted)?)\b[^.;]{0,60}\binvoices?\b|\binvoices?\b[^.;]{0,40}\b(?:shall|will|must|are to|is to)\s+(?:be\s+)?(?:issued|provided|delivered|sent|rendered|furnished)|fapiao|(?:vat|tax|value[- ]added tax) invoices?|(?:开具|开立|出具|提供|寄送|交付)[^。；;]{0,30}发票|发票[^。；;]{0,10}(?:开具|开立|出具)|开票/;
/** Verbs that say which act a time limit belongs to. */
const ISSUE_VERB =
  /\b(?:issue|provide|deliver|send|furnish|render|submit)\w*|\binvoices?\b|fapiao|开具|开立|出具|开票|发票/g;
const PAY_VERB = /\bpa(?:y|ys|id|yable)\b|支付|付款|付清|结清|缴纳/g;
/** At once: "upon receipt of payment", "立即开具", "当日". */
const AT_ONCE =
  /\binvoices?\b[^.;]{0,40}\b(?:immediately|forthwith|simultaneously|contemporaneously|(?:on|upon|at) (?:the )?(?:receipt of|same day as|time of) (?:the |each |such )?payment)|(?:immediately|forthwith|simultaneously)[^.;]{0,30}\binvoices?\b|立即开具|同时开具|当[日天]开具|即时开具/;

/** The nearest match of `pattern` (global) to [from, to): its distance, or Infinity. */
function nearest(text: string, pattern: RegExp, from: number, to: number): number {
  let best = Infinity;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const d = m.index >= to ? m.index - to : from - (m.index + m[0].length);
    if (d >= 0 && d < best) best = d;
  }
  return best;
}

/**
 * Is this time limit the invoice's? English names the act first ("issue … an invoice within five
 * days"), Chinese after ("五个工作日内，向甲方开具"), so the nearer verb on the usual side decides,
 * and the other side when that one has none ("Within five Business Days …, Supplier shall issue").
 */
function isInvoiceDeadline(sentence: string, d: Duration): boolean {
  const cjk = (sentence.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const chinese = cjk * 3 > sentence.replace(/\s/g, "").length;
  const after = sentence.slice(d.end);
  const before = sentence.slice(0, d.start);
  const verbAfter = () => {
    const issue = nearest(after, ISSUE_VERB, 0, 0);
    const pay = nearest(after, PAY_VERB, 0, 0);
    return issue === pay ? undefined : issue < pay;
  };
  const verbBefore = () => {
    const issue = nearest(before, ISSUE_VERB, before.length, before.length);
    const pay = nearest(before, PAY_VERB, before.length, before.length);
    return issue === pay ? undefined : issue < pay;
  };
  return (chinese ? (verbAfter() ?? verbBefore()) : (verbBefore() ?? verbAfter())) ?? false;
}

/** A deadline in calendar days as business days: a week of seven has five. */
function businessDays(d: Duration): number {
  return d.unit === "business-day" ? d.value : Math.floor(((d.hours / 24) * 5) / 7);
}

export const invoicing: TopicRule = {
  id: "invoicing",
  matches: (clause) => isBody(clause, "entry") && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const max = positionNumber(topic, "maxInvoiceBusinessDays", 5);
    const position = { maxInvoiceBusinessDays: max };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      // Only the issuing of invoices: payment "within 30 days of invoice" is blanked first.
      const norm = blank(clause.norm, PAYMENT_TRIGGER);
      const issuing = sentences(norm, AS_QUOTED).filter(({ text }) => ISSUES.test(text));
      if (issuing.length === 0) continue;
      relevant.push(clause);
      let deadline: { d: Duration; start: number; days: number } | undefined;
      let atOnce = false;
      for (const { start, text: s } of issuing) {
        if (AT_ONCE.test(s)) atOnce = true;
        const events = blank(s, PAYMENT_EVENT);
        for (const d of findDurations(events)) {
          if (!isInvoiceDeadline(events, d)) continue;
          const days = businessDays(d);
          if (!deadline || days > deadline.days) deadline = { d, start: start + d.start, days };
        }
      }
      if (deadline) {
        const { d, start, days } = deadline;
        if (days <= max) continue;
        const text = clause.text.slice(start, start + d.text.length);
        // Days as written ("10 business days", "15日"); weeks and months counted in calendar days.
        const inDays = d.unit === "business-day" || d.unit === "day";
        const values: Record<string, ReadValue> = {
          invoiceDays: inDays
            ? { value: d.value, unit: d.unit, text }
            : { value: Math.round(d.hours / 24), unit: "day", text },
        };
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, start, start + d.text.length),
            "low",
            { code: "invoice-late", params: { days: d.value, unit: d.unit, max } },
            values,
            position
          )
        );
      } else if (!atOnce) {
        const first = issuing[0];
        const hit = ISSUES.exec(first.text)!;
        const at = first.start + hit.index;
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, at, at + hit[0].length),
            "low",
            { code: "no-invoice-deadline", params: { max } },
            {},
            position
          )
        );
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
