/**
 * change-requests — 变更管理 / 客製化. Risky: every change request or customisation is billed at the
 * vendor's rates ("USD 1,600 per person-day", "另行报价") with no free quota, or a free quota smaller
 * than the playbook's. Meets: a yearly free quota of customisation hours, beyond it a fixed rate.
 */
import { anchorIn } from "../clauseText";
import { findMoney } from "../numbers/money";
import { findDurations, NUMBER, numberFrom } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { chargedIn, underHeading, deliveryMatches } from "./delivery";
import { firstMatch, negatedAt, sentences, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /change (?:request|order|control|management)|customi[sz]|custom (?:development|work|reports?|features?|functionality)|additional development|bespoke|enhancement request|modif|new (?:features?|functionality)|变更|定制|客制|二次开发|新增(?:功能)?需求|功能(?:调整|修改)|个性化(?:开发|需求|定制)/;

/** A change request or customisation as such — not "定制成果" owned under the IP clause. */
const CHANGE = new RegExp(
  [
    String.raw`change (?:requests?|orders?|control|management procedure)|customi[sz](?:ation|ations|e|ed|ing)\b|custom (?:development|work|reports?|features?|functionality|programming)|additional development|bespoke (?:development|work)|enhancement requests?`,
    String.raw`(?:requests?|requirements?) (?:to|for) (?:modify|change|add to|new|additional) (?:[a-z]+ )?(?:deliverables?|features?|functionality|configurations?|reports?|workflows?)|modifications? (?:to|of) (?:the )?(?:deliverables?|configurations?|system|service|reports?|workflows?)`,
    String.raw`变更(?:请求|申请|需求|管理|单|流程|控制)|需求变更|(?:按|作为)变更处理|定制(?:开发|化|功能|需求|服务|工作|报表|工时)|客[制製]化|二次开发|新增(?:功能)?需求|功能(?:调整|变更|修改)|个性化(?:开发|需求|定制)|修改、调整或新增`,
  ].join("|")
);
/** The clause says how changes are priced, quoted or approved — not a passing mention. */
const TERMS =
  /fees?|charge|rates?\b|price|cost|quot|bill|invoice|payable|paid|free|hours?|person[\s-]?days?|man[\s-]?days?|time and materials?|approv|estimate|statement of work|\bsow\b|费|价|报价|收费|计费|免费|工时|小时|人天|人日|审批|书面确认|支付/;
/** The change process itself is named: that addresses the topic even without a price. */
const PROCESS =
  /change (?:requests?|orders?|control|management procedure)|变更(?:请求|申请|管理|单|流程|控制)|需求变更|(?:按|作为)变更处理/;
const FREE =
  /\bfree\b|free of charge|at no (?:additional |extra )?(?:charge|cost)|without (?:additional )?charge|no (?:additional )?charge|included in the (?:subscription )?fees?|免费|不另(?:行)?收费|不收取(?:任何)?费用|无偿/;
/** Effort: "10 hours", "5 person-days", "十（10）个工时", "40人时", "5人天". A person-day is 8 hours. */
const EFFORT = (
  [
    [String.raw`${NUMBER}\s*(?:person|man)[\s-]?days?`, 8, /(?:person|man)[\s-]?day/],
    [String.raw`${NUMBER}\s*(?:个)?人[天日]`, 8, /人[天日]/],
    [String.raw`${NUMBER}\s*(?:个)?(?:工时|人时)`, 1, /工时|人时/],
    [String.raw`${NUMBER}\s*(?:person|man)[\s-]?hours?`, 1, /(?:person|man)[\s-]?hour/],
  ] as const
).map(([source, factor, unit]) => ({ re: new RegExp(source, "g"), factor, unit }));
/** The unit of effort a price is for: "… per consultant day", "…/人天"; or before it: "每人天…". */
const PER_UNIT =
  /^\s*\)?\s*(?:(?:per|\/|each|a|an)\s*(?:[a-z]+[\s-]){0,2}?(?:days?|hours?)\b|\/\s*(?:人天|人日|小时|工时|天)|每(?:人天|人日|小时|工时))/;
const PER_UNIT_BEFORE =
  /(?:每|\bper\s+)(?:人天|人日|小时|工时|(?:[a-z]+[\s-]){0,2}?(?:day|hour))\s*(?:的)?(?:费用|价格|单价|费率)?(?:为|是)?\s*$/;
/** Billing words in a change clause: "charged", "at the Day Rate", "per consultant day", "计费". */
const BILLED =
  /\b(?:charged|chargeable|billed|billable|invoiced)\b|\bat (?:the|a|its|vendor's|supplier's) (?:[\w-]+ ){0,2}rates?\b|\b(?:day|daily|hourly|consultant|professional services) rates?\b|\bper (?:[a-z]+[\s-]){0,2}?(?:day|hour)s?\b|as (?:additional |separate )?professional services|计费|收费|付费|人天|人日|单价/;

type Effort = { hours: number; start: number; end: number; text: string };

function effortsIn(s: Sentence): Effort[] {
  const out: Effort[] = findDurations(s.text)
    .filter((d) => d.unit === "hour")
    .map((d) => ({ hours: d.value, start: d.start, end: d.end, text: d.text }));
  for (const { re, factor, unit } of EFFORT) {
    if (!unit.test(s.text)) continue; // no match without its unit
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const value = numberFrom(m);
      if (value === undefined || Number.isNaN(value)) continue;
      out.push({ hours: value * factor, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** Billing words not turned around ("… are not charged"). */
const billedIn = (text: string) =>
  // firstMatch finds nothing where the pattern does not match at all.
  BILLED.test(text) ? firstMatch(BILLED, text, (m) => !negatedAt(text, m.index)) : undefined;

/** A price "on quotation": "quoted", "另行报价". */
const QUOTE = /\bquot(?:e|ed|es|ation)\b|另行报价|另行報價|单独报价|單獨報價/;

type Quota = { hours: number; clause: Clause; start: number; end: number; text: string };
type Billing = {
  clause: Clause;
  start: number;
  end: number;
  rate?: string;
  amount?: number;
  currency?: string;
};

export const changeRequests: TopicRule = {
  id: "change-requests",
  matches: deliveryMatches([SIGNAL], "changes"),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minFree = positionNumber(topic, "freeCustomisationHoursPerYear", 10);
    const position = { freeCustomisationHoursPerYear: minFree };
    const relevant: Clause[] = [];
    const quotas: Quota[] = [];
    const billed: Billing[] = [];

    for (const clause of matched) {
      const under = underHeading(clause, "changes");
      // CHANGE does not look around: no sentence matches it where the whole clause does not.
      if (!under && !CHANGE.test(clause.norm)) continue;
      const all = sentences(clause.norm);
      const about = all.map((s) => under || CHANGE.test(s.text));
      if (!about.includes(true)) continue;
      const priced = all.map((s) => TERMS.test(s.text));
      if (!priced.includes(true) && !under && !all.some((s, i) => about[i] && PROCESS.test(s.text)))
        continue;
      relevant.push(clause);
      let bill: Billing | undefined;
      let hasQuota = false;
      for (const [i, s] of all.entries()) {
        if (!priced[i]) continue;
        const free = FREE.exec(s.text);
        if (free) {
          for (const e of effortsIn(s)) {
            if (PER_UNIT.test(s.text.slice(e.end))) continue;
            quotas.push({
              hours: e.hours,
              clause,
              start: s.start + e.start,
              end: s.start + e.end,
              text: clause.text.slice(s.start + e.start, s.start + e.end),
            });
            hasQuota = true;
          }
          if (hasQuota) continue;
        }
        // The price sits in a change sentence or the one after it ("…按需求变更处理。乙方将另行报价…").
        if (bill || !(about[i] || about[i - 1])) continue;
        const rate = rateIn(s);
        const fee = rate ? undefined : (chargedIn(s.text) ?? (free ? undefined : billedIn(s.text)));
        const quote = QUOTE.exec(s.text);
        const at =
          rate ??
          (fee ? { start: fee.index, end: fee.index + fee[0].length } : undefined) ??
          (quote && !free ? { start: quote.index, end: quote.index + quote[0].length } : undefined);
        if (!at) continue;
        bill = {
          clause,
          start: s.start + at.start,
          end: s.start + at.end,
          ...(rate
            ? {
                rate: clause.text.slice(s.start + rate.start, s.start + rate.end).trim(),
                amount: rate.amount,
                currency: rate.currency,
              }
            : {}),
        };
      }
      if (bill) billed.push(bill);
    }

    const findings: Finding[] = [];
    const quota = quotas.reduce<Quota | undefined>(
      (a, q) => (!a || q.hours > a.hours ? q : a),
      undefined
    );
    if (quota && quota.hours < minFree) {
      findings.push(
        finding(
          context,
          anchorIn(snapshot, quota.clause, quota.start, quota.end),
          "low",
          { code: "changes-billed", params: { freeHours: quota.hours, minFree } },
          { freeHoursPerYear: { value: quota.hours, unit: "hour", text: quota.text } },
          position
        )
      );
    } else if (!quota) {
      for (const b of billed) {
        const values: Record<string, ReadValue> = { freeHoursPerYear: { value: 0, unit: "hour" } };
        const params: Record<string, string | number> = { minFree };
        if (b.rate) {
          values.changeRate = { value: b.amount!, unit: b.currency, text: b.rate };
          params.rate = b.rate;
        }
        findings.push(
          finding(
            context,
            anchorIn(snapshot, b.clause, b.start, b.end),
            "low",
            { code: "changes-billed", params },
            values,
            position
          )
        );
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};

/** "USD 1,600 per person-day", "人民币叁仟元（¥3,000）/人天": the money and its unit of effort. */
function rateIn(
  s: Sentence
): { start: number; end: number; amount: number; currency: string } | undefined {
  const money = findMoney(s.text);
  for (let i = 0; i < money.length; i++) {
    const m = money[i];
    // "叁仟元（¥3,000）/人天": the bracketed figure repeats the first; the unit follows it.
    const next = money[i + 1];
    const repeat = next && /^\s*\(\s*$/.test(s.text.slice(m.end, next.start)) ? next : undefined;
    const end = (repeat ?? m).end;
    const unit = PER_UNIT.exec(s.text.slice(end));
    const unitBefore = PER_UNIT_BEFORE.exec(s.text.slice(0, m.start));
    if (unit) {
      return {
        start: m.start,
        end: end + unit.index + unit[0].length,
        amount: m.amount,
        currency: m.currency,
      };
    }
    if (unitBefore) {
      return { start: unitBefore.index, end, amount: m.amount, currency: m.currency };
    }
  }
  return undefined;
}
