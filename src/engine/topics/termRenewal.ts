/**
 * term-renewal — 合同期限与自动续约. Risky: automatic renewal, a cancellation notice longer than the
 * playbook's maximum (90 days vs 30), renewal at the vendor's then-current prices. Meets: the contract
 * expires unless both parties confirm renewal in writing, or (fallback) renews only after a written
 * reminder and can be cancelled with short notice.
 */
import { around, anchorIn, sentenceAround } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { isBody } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /auto(?:matic(?:ally)?)?[\s-]*renew|renew(?:ed|s)?\s+(?:automatically|for successive)|renewal (?:term|period)|non-renewal|not to renew|initial (?:subscription )?term|(?:term|duration) of (?:this|the) (?:agreement|contract|subscription)|subscription term|expires? (?:at|on) the end of the (?:initial |subscription )?term|confirm (?:its |the )?renewal|自动续|自动延[续长期]|自动顺延|续约|续期|续签|续订|(?:协议|合同|服务|订阅|使用)(?:有效)?期(?:限|满|为|届满)|有效期(?:为|自)/;

export const AUTO_RENEWAL =
  /auto(?:matic(?:ally)?)?[\s-]*renew|renew(?:ed|s)?\s+automatically|(?:shall|will) (?:be )?(?:renewed|extended|continue) (?:automatically )?for (?:successive|additional|further|a further|another)|自动(?:续|延|顺延)|视为(?:双方)?(?:同意)?续/;
export const NO_AUTO_RENEWAL =
  /(?:shall|will|does) not (?:be )?(?:automatically )?renew|no automatic renewal|not renew automatically|不(?:得|会|再)?自动(?:续|延|顺延)|不自动|不(?:因|得|会|再|予)[^。；，,]{0,20}自动(?:续|延|顺延)/;
export const BOTH_CONFIRM =
  /unless both parties (?:agree|confirm)|(?:only )?(?:by|upon|with) (?:the )?mutual written (?:agreement|confirmation)|both parties (?:agree|confirm) in writing to renew|双方书面(?:确认|同意)|经双方(?:书面)?(?:协商一致|确认)(?:后)?(?:方可|可以)?续/;
const REMINDER =
  /(?:remind|written reminder|notify the customer|notify customer)[^.;。；]{0,80}before|(?:书面)?提醒[^。；]{0,30}(?:甲方|客户)|(?:乙方|供应商)应(?:于|在)[^。；]{0,30}(?:书面)?(?:通知|提醒)(?:甲方|客户)/;
const CANCEL_WORDS =
  /non-renewal|not to renew|not renew|decline renewal|terminat|cancel|opt out|object|不再续|不续|不予续|终止|解除|退订|取消|异议/;
const NOTICE_WORDS = /notice|notify|notif|non-renewal|通知|告知|提出|书面/;
const THEN_CURRENT =
  /then[\s-](?:current|prevailing) (?:standard )?(?:list )?(?:prices?|pricing|rates?|fees?|price list)|prevailing (?:list )?prices?|current list prices?|届时(?:有效|适用|公布|最新)?的?(?:价格|报价|标准|价目)|当时(?:有效|适用)?的?(?:价格|标准|报价)|最新(?:的)?(?:价格|报价|价目|收费标准)/;

const REMINDER_WORDS = /remind|提醒/;
const BEFORE_ZH = /(?:前|提前|至少|不少于|不迟于)\s*$/;
const BEFORE_EN = /notice (?:period )?of\s*$|least\s*$/;
const PRIOR = /^\s*(?:\(\s*\d+\s*\)\s*)?(?:prior|before|in advance|preceding|前|之前|以前)/;

/**
 * The longest notice period in the clause. A notice period sits right next to "before": "期满前九十日",
 * "提前30天", "90 days prior to expiry", "a notice period of 60 days" — not the renewal term
 * ("自动续约一年") nearby.
 */
function longestNotice(norm: string): Duration | undefined {
  const notices = findDurations(norm).filter((d) => {
    // The notice the customer must give to stop renewal — not the vendor's reminder period.
    const [from, to] = sentenceAround(norm, d.start, d.end);
    const sentence = norm.slice(from, to);
    if (REMINDER_WORDS.test(sentence) && !CANCEL_WORDS.test(sentence)) return false;
    const justBefore = norm.slice(Math.max(0, d.start - 8), d.start);
    const justAfter = norm.slice(d.end, d.end + 30);
    return (
      NOTICE_WORDS.test(around(norm, d.start, d.end, 60, 40)) &&
      (BEFORE_ZH.test(justBefore) || PRIOR.test(justAfter) || BEFORE_EN.test(justBefore))
    );
  });
  return notices.reduce<Duration | undefined>(
    (a, d) => (a === undefined || d.hours > a.hours ? d : a),
    undefined
  );
}

export const termRenewal: TopicRule = {
  id: "term-renewal",
  matches: (clause) => isBody(clause) && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const maxNotice = positionNumber(topic, "maxCancellationNoticeDays", 30);
    const findings: Finding[] = [];
    for (const clause of matched) findings.push(...judgeClause(clause));
    return { verdict: verdictOf(findings, matched, topic), findings, clauses: matched };

    function judgeClause(clause: Clause): Finding[] {
      const out: Finding[] = [];
      const norm = clause.norm;
      const auto = AUTO_RENEWAL.exec(norm);
      const renewsAutomatically =
        auto !== null && !NO_AUTO_RENEWAL.test(norm) && !BOTH_CONFIRM.test(norm);
      // The notice period is read into the findings of an automatic renewal only.
      const longest = renewsAutomatically ? longestNotice(norm) : undefined;
      const noticeDays = longest ? Math.round(longest.hours / 24) : undefined;
      const values = {
        automaticRenewal: { value: renewsAutomatically },
        ...(longest
          ? { cancellationNoticeDays: { value: noticeDays!, unit: "day", text: longest.text } }
          : {}),
      };
      if (renewsAutomatically && longest && noticeDays! > maxNotice) {
        out.push(
          finding(
            context,
            anchorIn(snapshot, clause, longest.start, longest.end),
            "high",
            { code: "notice-too-long", params: { notice: noticeDays!, max: maxNotice } },
            values,
            { maxCancellationNoticeDays: maxNotice }
          )
        );
      } else if (renewsAutomatically && !REMINDER.test(norm)) {
        out.push(
          finding(
            context,
            anchorIn(snapshot, clause, auto!.index, auto!.index + auto![0].length),
            "high",
            { code: "automatic-renewal", params: { max: maxNotice } },
            values,
            { automaticRenewal: false, maxCancellationNoticeDays: maxNotice }
          )
        );
      }
      const price = THEN_CURRENT.exec(norm);
      if (price && (renewsAutomatically || /renew|续/.test(norm))) {
        out.push(
          finding(
            context,
            anchorIn(snapshot, clause, price.index, price.index + price[0].length),
            "medium",
            { code: "renewal-price", params: {} },
            { renewalAtThenCurrentPrices: { value: true } },
            { fixedRenewalPrice: true }
          )
        );
      }
      return out;
    }
  },
};
