/**
 * pricing-changes — 价格调整与费率锁定. Risky: the vendor may raise fees at renewal or "from time to
 * time" (then-current list prices, a price policy it can revise, discounts that lapse after the first
 * term); an increase cap above the playbook's 5 % a year. Meets: fees fixed for the term, rates locked
 * for 2 years, or rises capped at 5 % a year.
 */
import { anchorIn } from "../clauseText";
import { findPercentages } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, blank, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

/**
 * The topic's words, English and Chinese apart: one alternation of both scans the contract about a
 * third more slowly than the two in turn.
 */
const SIGNAL_EN =
  /increase|raise|adjust|amend|revis|escalat|uplift|renewal (?:pric|fee|rate)|same (?:unit )?(?:rate|price|fee|pricing)|then[\s-](?:current|prevailing)|list price|discount|promotional|introductory|\bcpi\b|consumer price|inflation|price (?:lock|protection|hold)|fixed|locked|unchanged/;
const SIGNAL_ZH =
  /续(?:约|订|期|签)|调整|调价|上调|涨|提[价高]|修[订改]|变更|核定|届时|当时|最新|优惠|折扣|锁定|不变|固定/;

const PRICE =
  "(?:(?:subscription |service |unit |list |applicable |recurring )?(?:fees|prices?|pricing|rates?|charges|price list))";
const PRICE_ZH = "(?:价格|费用|费率|收费标准|单价|订阅费|服务费|价目|价格政策)";

/** "Change request" is not a price change. */
const CHANGE_REQUEST = /change (?:requests?|orders?|control)|变更(?:需求|请求)|需求变更/g;
/** The price of extra users or usage: the licensing topic judges it. */
const OVERAGE =
  /overage|in excess of (?:the |its )?(?:subscri|licen|allot|quota|purchased|permitted|number)|exceeds? (?:the |its )?(?:number|user|subscri|licen|quota|limit|cap|allot|\d)|additional (?:named )?(?:users?|seats?|licen[cs]es?)|超额|超出(?:部分|上限|额度|授权|的用|订购)|超过(?:上述)?(?:上限|额度|授权|订购)|增购|新增(?:用户|账号)/;

/** Protective: "shall not be increased", "fixed for the term", "保持不变", "不得上调". */
const PROTECTIVE = new RegExp(
  [
    String.raw`(?:shall|will|may|must) not (?:be )?(?:increase|raise|adjust|change|modif|revis|amend)\w*`,
    String.raw`no (?:price |fee )?(?:increases?|adjustments?|changes?)`,
    String.raw`not (?:be )?subject to (?:any )?(?:increase|change|adjustment|revision)s?`,
    String.raw`remain (?:fixed|firm|unchanged|the same)|\b(?:fixed|firm|locked|held|unchanged)\b`,
    `不(?:得|会|予|作|再)?(?:随意|单方|擅自)?(?:调整|上调|提高|上涨|涨价|调价|变更|修[订改])`,
    `保持不变|固定不变|锁定`,
  ].join("|"),
  "g"
);

/** The vendor may raise prices, now or at renewal. */
const INCREASE = new RegExp(
  [
    String.raw`(?:vendor|supplier|provider|licensor|we)\b[^.;]{0,30}\b(?:may|reserves the right to|is entitled to|shall be entitled to|can|will)\b[^.;]{0,40}\b(?:increase|raise|adjust|change|modify|revise|update|amend|reprice)\w*\b[^.;]{0,40}${PRICE}`,
    String.raw`${PRICE}[^.;]{0,30}\b(?:(?:may|will|shall|can) (?:be )?(?:increased|raised|adjusted|changed|revised|updated|escalated|repriced)|(?:are|is|shall be|will be) subject to (?:change|increase|adjustment|revision|escalation))`,
    String.raw`(?:discount|promotional|introductory)[^.;]{0,100}(?:shall not|will not|does not|do not|no longer|cease to) apply|(?:discount|promotional|introductory)[^.;]{0,60}(?:only|solely) (?:to|for|during|in) the (?:initial|first)|(?:discount|promotional|introductory)[^.;]{0,40}(?:expire|lapse)s?`,
    `(?:乙方|供应商|服务商|卖方)[^。；;]{0,10}(?:有权|可以|可|保留)[^。；;]{0,30}(?:调整|上调|提高|变更|修[订改]|重新核定|重新定价)[^。；;，,]{0,20}${PRICE_ZH}`,
    `${PRICE_ZH}[^。；;，,]{0,10}(?:可能|将|会|可)?(?:随时|不时|适时|每年)?(?:调整|上调|上涨|变动)`,
    `(?:优惠|折扣)[^。；;]{0,20}(?:不再|不)(?:适用|享有)|(?:优惠|折扣)[^。；;]{0,20}(?:失效|取消)|(?:优惠|折扣)[^。；;]{0,20}(?:仅|只)(?:适用|限)于?(?:初始|首个|首期|第一|首年)`,
    `涨价|调价|提价`,
  ].join("|")
);

/**
 * The vendor's then-current prices: a price change when they set the subscription or renewal fees
 * (an add-on priced off a changeable list is a hidden fee, judged there).
 */
const THEN_CURRENT = new RegExp(
  [
    String.raw`then[\s-](?:current|prevailing) (?:standard |published )?(?:list )?${PRICE}|(?:prevailing|current|standard) list prices?`,
    `(?:届时|当时|最新)(?:有效|公布|适用|执行)?的?(?:标准)?(?:价格|价目表?|报价|收费标准|牌价)|(?:届时|当时)[^。；;，,]{0,12}(?:牌价|标价|价目表)`,
  ].join("|")
);
const SUBSCRIPTION_FEES =
  /renew|subscription fees?|the fees|recurring|thereafter|subsequent|续|订阅费|年费|服务费|此后|之后/;

/** Words that put a percentage on a price rise: "increase of no more than 7%", "涨幅不超过5%". */
const RISE_WORDS =
  /increase|uplift|escalat|rais|adjust|rise|上调|上涨|涨幅|增幅|调整幅度|上浮|提高|调整/;

/** Price terms worth judging even when they carry no risk: the topic is addressed. */
const ADDRESSES = new RegExp(
  [
    String.raw`(?:increase|raise|adjust|change|modify|revise|escalate|uplift|amend)\w*\b[^.;]{0,40}${PRICE}`,
    String.raw`${PRICE}[^.;]{0,40}\b(?:increase|raise|adjust|change|modif|revis|escalat|uplift|fixed|firm|locked|held|unchanged|remains? (?:fixed|firm|unchanged|the same))`,
    String.raw`(?:price|fee|rate) (?:increases?|adjustments?|changes?|lock|protection|hold|escalation|cap)`,
    String.raw`then[\s-](?:current|prevailing) (?:standard |published )?(?:list )?${PRICE}|list prices?|\bcpi\b|consumer price index|inflation`,
    String.raw`(?:discount|promotional|introductory)`,
    String.raw`renewal (?:pric(?:e|es|ing)|fees?|rates?)|same (?:unit )?(?:rates?|prices?|fees?|pricing)`,
    `续(?:约|订|期|签)[^。；;，,]{0,10}(?:价格|费用|单价|订阅费)`,
    `(?:调整|上调|提高|上涨|变更|修[订改]|核定|重新定价)[^。；;，,]{0,20}${PRICE_ZH}`,
    `${PRICE_ZH}[^。；;，,]{0,10}(?:调整|上调|上涨|变动|涨幅|增幅|不变|固定|锁定)`,
    `涨价|调价|提价|优惠|折扣|锁定`,
    `(?:届时|当时|最新)(?:有效|公布|适用|执行)?的?(?:标准)?(?:价格|价目表?|报价|收费标准)`,
  ].join("|")
);

/** What every alternative of ADDRESSES needs: a price word (fee, price, rate, 价, 费) or a discount. */
const PRICE_WORDS =
  /fee|pric|rate|charge|cpi|inflation|discount|promotional|introductory|价|费|优惠|折扣|锁定/;

export const pricingChanges: TopicRule = {
  id: "pricing-changes",
  matches: (clause) =>
    isBody(clause, "entry") && (SIGNAL_EN.test(clause.norm) || SIGNAL_ZH.test(clause.norm)),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const maxRise = positionNumber(topic, "maxAnnualIncreasePercent", 5);
    const lockYears = positionNumber(topic, "priceLockYears", 2);
    const position = { priceLockYears: lockYears, maxAnnualIncreasePercent: maxRise };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      if (!PRICE_WORDS.test(clause.norm)) continue; // no sentence can pass ADDRESSES
      const norm = blank(clause.norm, CHANGE_REQUEST);
      const parts = sentences(norm, AS_QUOTED).filter(
        // PRICE_WORDS first: a cheap test that ADDRESSES needs.
        ({ text }) => PRICE_WORDS.test(text) && ADDRESSES.test(text) && !OVERAGE.test(text)
      );
      if (parts.length === 0) continue;
      relevant.push(clause);
      // A cap on rises: above the playbook's is its own finding; within it, the rise is acceptable.
      let cap: { value: number; start: number; end: number; text: string } | undefined;
      for (const { start, text: s } of parts) {
        for (const p of findPercentages(s)) {
          const near = s.slice(Math.max(0, p.start - 100), p.end + 30);
          if (!RISE_WORDS.test(near)) continue;
          if (!cap || p.value > cap.value) {
            cap = { value: p.value, start: start + p.start, end: start + p.end, text: p.text };
          }
        }
      }
      if (cap && cap.value > maxRise) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, cap.start, cap.end),
            "medium",
            { code: "increase-cap-high", params: { percent: cap.value, max: maxRise } },
            {
              annualIncreasePercent: {
                value: cap.value,
                unit: "percent",
                text: clause.text.slice(cap.start, cap.end),
              },
            },
            position
          )
        );
        continue;
      }
      if (cap) continue; // rises capped within the playbook
      for (const { start, text } of parts) {
        const s = blank(text, PROTECTIVE);
        const raise = INCREASE.exec(s);
        const current = SUBSCRIPTION_FEES.test(s) ? THEN_CURRENT.exec(s) : null;
        const rise =
          raise && current ? (current.index < raise.index ? current : raise) : (raise ?? current);
        if (!rise) continue;
        const at = start + rise.index;
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, at, at + rise[0].length),
            "medium",
            { code: "price-increase", params: { years: lockYears, max: maxRise } },
            { priceIncrease: { value: true, text: clause.text.slice(at, at + rise[0].length) } },
            position
          )
        );
        break; // one finding per clause: the same risk said twice is one risk
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
