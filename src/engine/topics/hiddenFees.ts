/**
 * hidden-fees — 隐藏费用与版本增项. Risky: "additional fees may apply" (可能收取额外费用), fees set
 * by reference to a price list or rates the vendor can change, a fee the vendor may charge with no
 * amount, features shown in demos reserved for a higher edition. Meets: every fee is listed in the
 * contract or its appendices and nothing outside them is payable.
 */
import { anchorIn } from "../clauseText";
import { findMoney } from "../numbers/money";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, blank, isBody, sentences, zhRe } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/**
 * The topic's words, English and Chinese apart: one alternation of both scans the contract about a
 * third more slowly than the two in turn.
 */
const SIGNAL_EN =
  /additional|extra|other (?:fees|charges|costs)|further (?:fees|charges)|price list|list price|rate card|standard rates?|edition|higher (?:tier|plan)|separately|not included|demonstrat|(?:may|reserves the right to) charge/;
const SIGNAL_ZH =
  /另行|额外|其他费用|附加费|价目|价格表|价格政策|收费标准|版本|高级版|旗舰版|增值服务|增项|不包含|不包括|以外|之外|收取|演示|售前/;

const FEE =
  /\bfees?\b|\bcharges?\b|\bcosts?\b|\bpric(?:e|es|ing)\b|\brates?\b|payable|\bpay\b|费|价|收取/;
/** Beyond the listed fees: extra, separate, other, outside the contract, a higher edition. */
const BEYOND =
  /\badditional\b|\bextra\b|\bother\b|\bfurther\b|separate(?:ly)?|not included|excluded|outside|beyond|\bonly\b|solely|exclusively|\bno (?:other|additional|further)\b|higher (?:tier|plan|edition)|price list|list price|rate card|standard rates?|另行|额外|其他|附加|以外|之外|除[^。；;]{0,40}外|不包含|不包括|未列明|列明|仅|价目|价格表|价格政策|收费标准|增值|增项/;
/** The vendor may charge something: "Vendor may charge a fee", "乙方有权按次收取数据恢复服务费". */
const MAY_CHARGE =
  /(?:vendor|supplier|provider|licensor)\b[^.;]{0,20}\b(?:may|reserves the right to|is entitled to)\b[^.;]{0,30}\bcharge\b|(?:乙方|供应商|服务商)[^。；;]{0,20}(?:有权|可以|可)[^。；;]{0,30}(?:收取|收费|计费)/;
/** Demo or marketing features reserved for another (higher) edition. */
const EDITION_RESERVE = new RegExp(
  [
    String.raw`(?:features?|functionality|functions?)\b[^.;]{0,160}(?:demonstrat|\bdemos?\b|trials?|sales process|presentations?|marketing|roadmaps?|brochures?)[^.;]{0,160}(?:not (?:be )?included|do(?:es)? not form part|not part of|excluded|higher edition|premium edition|enterprise edition|add-ons?|separately)|(?:demonstrat|\bdemos?\b|trials?|sales process|presentations?|marketing|roadmaps?|brochures?)[^.;]{0,160}(?:features?|functionality)[^.;]{0,80}(?:not (?:be )?included|do(?:es)? not form part|not part of|excluded|higher edition|premium edition|enterprise edition|separately)`,
    String.raw`(?:only|exclusively) (?:available )?(?:in|with) (?:the |a )?(?:higher|premium|enterprise|ultimate|advanced) (?:edition|tier|plan|version)`,
    `(?:演示|售前|宣传|展示|推介|方案介绍)[^。；;]{0,80}功能[^。；;]{0,60}(?:不构成[^。；;]{0,20}(?:交付|义务|承诺)|不属于[^。；;]{0,20}版本|不包含|不包括|高级版|旗舰版|企业版|需另行购买|另行购买|另行收费|另行计[费价])`,
    `(?:仅|只)(?:在|限|适用于)?[^。；;]{0,6}(?:高级版|旗舰版|企业版)`,
  ].join("|")
);
/** Fees whose amount is open: "additional fees may apply", "可能收取额外费用". */
const OPEN_FEES = new RegExp(
  [
    String.raw`(?:additional|extra|further|separate) (?:fees?|charges?|costs?)[^.;]{0,30}(?:may|might|will|shall|could)? ?(?:apply|be (?:charged|payable|incurred|levied))`,
    String.raw`(?:may|might|will|shall|could) be subject to (?:additional|extra|further|separate)? ?(?:fees?|charges?|costs?)|subject to (?:additional|extra|further|separate) (?:fees?|charges?|costs?)`,
    String.raw`at (?:an )?additional (?:cost|charge|fee)|(?:charged|billed|invoiced|priced|payable) (?:separately|in addition)`,
    `(?:可能|可|将|有权)[^。；;]{0,20}(?:另行|额外)?(?:收取|收费|计费)[^。；;]{0,10}(?:额外)?费用|(?:另行|额外)(?:收取|收费|计费|付费)|额外费用|需(?:另行)?(?:支付|付费)(?:额外)?费用`,
  ].join("|")
);
/** Fees by reference to a price list or rates the vendor sets and can change. */
const PRICE_LIST_REF = new RegExp(
  [
    String.raw`(?:vendor's|its|supplier's|provider's|our) (?:then[\s-]current |current |standard |published |prevailing )?(?:price list|list prices?|pricing|rate card|rates?|price schedule)`,
    String.raw`(?:price list|pricing|rates?)[^.;]{0,30}(?:published|posted|available) on (?:vendor's|its|the vendor's|the) website|(?:standard|prevailing|published) (?:rates|prices|price list)`,
    `(?:官网|网站)[^。；;]{0,20}(?:价格|价目|收费标准|报价)|(?:价格|价目|收费标准)[^。；;]{0,20}以[^。；;]{0,20}(?:官网|网站|公布|公告)[^。；;]{0,10}为准`,
    `(?:乙方|供应商)(?:届时|当时)?(?:有效|公布|适用)?的?(?:标准)?(?:价目表|价格表|收费标准|价格政策)`,
  ].join("|")
);
/** Priced inside the contract after all: an amount, or the contract's own rate card. */
const CONTRACT_PRICE =
  /(?:rate|price|fee)s? (?:set out|stated|specified|listed) in (?:section|clause|schedule|appendix|exhibit|annex|the order form|the fee table|this agreement)|(?:set out|listed|specified) in (?:the )?(?:order form|fee table|schedule|appendix|exhibit|annex)|(?:按|依)(?:照)?(?:本协议|本合同|本合约|本条|本款)?第[^。；;]{1,10}[条款项]|(?:按|依)(?:照)?本(?:协议|合同|合约)(?:约定|规定)的|附件[一二三四五六七八九十\d]*(?:同时|中|内)?(?:所列|列明|约定)/;
/** Nothing outside the contract is payable: "no other fees shall be payable", "不得另行收费". */
const PROTECTIVE = new RegExp(
  [
    String.raw`no (?:other|additional|further|hidden) (?:fees?|charges?|costs?|amounts?)[^.;]{0,40}`,
    String.raw`(?:shall|will) not (?:charge|invoice|bill|be (?:liable|required|obliged) to pay)[^.;]{0,40}`,
    // "shall not be capped, throttled or charged separately": the charge is one of the verbs negated.
    String.raw`(?:shall|will|may|must) not be (?:[a-z-]+,?\s+){0,4}(?:or\s+|and\s+)?(?:charged|billed|invoiced|priced|payable)(?: separately| in addition)?`,
    String.raw`not (?:be )?(?:liable|obliged|required) (?:for|to pay) any (?:fees?|charges?|amounts?)[^.;]{0,40}`,
    `除[^。；;]{0,40}外[^。；;]{0,20}(?:不|无需|无须)[^。；;]{0,10}(?:支付|承担|收取)[^。；;]{0,10}`,
    `(?:无需|无须|不需要?|不必|不得|不会|不再|不)[^。；;，,]{0,12}(?:另行|额外)?(?:收取|收费|计费|付费|支付|承担)[^。；;，,]{0,10}`,
    `无(?:任何)?(?:其他|额外|隐藏)费用`,
  ].join("|"),
  "g"
);
/**
 * The yardstick is the contract's own list, not an edition: "features shown in demos but not listed
 * in this Appendix are not promised", "演示中展示但未列入本附件的功能，不构成乙方的承诺" — the buyer's
 * scope clause, which leaves nothing payable outside the contract.
 */
const LISTED_IN_CONTRACT = zhRe(
  String.raw`\bnot (?:listed|set out|specified|itemi[sz]ed) (?:in|under) (?:this|the) (?:functional scope )?(?:appendix|schedule|annex|exhibit|agreement|contract|order form|feature list)|未(?:列入|载入|列明|载明|列于)(?:本|该)?(?:附件|协议|合同|功能清单)|未在(?:本|该)?(?:附件|协议|合同|功能清单)[^。；;，,]{0,8}(?:列明|列出|载明)|(?:本|该)?附件[一二三四五六七八九十\d]*(?:中)?未(?:列明|列入|载明)`
);
/** What EDITION_RESERVE needs: features or functions, "only … edition", 功能, 高级版 … */
const EDITION_WORDS = /feature|function|only|exclusively|功能|高级版|旗舰版|企业版/;
/** Every currency sign or word findMoney reads (its prefixes and suffixes). */
const CURRENCY = /[$¥￥€£元]|人民币|港币|rmb|cny|usd|eur|hkd|sgd|gbp|dollar/i;

/** Judged elsewhere: extra users (licensing-model), renewal prices (pricing-changes), late interest. */
const ELSEWHERE =
  /overage|in excess|exceed|additional (?:named )?(?:users?|seats?)|renew|late payment|overdue|interest|taxes|超额|超出|超过|续约|续期|续签|逾期|违约金|税/;

export const hiddenFees: TopicRule = {
  id: "hidden-fees",
  matches: (clause) =>
    isBody(clause, "entry") && (SIGNAL_EN.test(clause.norm) || SIGNAL_ZH.test(clause.norm)),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = { allFeesListed: true };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const norm = clause.norm;
      let addresses = false;
      for (const { start, text: s } of sentences(norm, AS_QUOTED)) {
        const fees = FEE.test(s) && (BEYOND.test(s) || MAY_CHARGE.test(s));
        // Without fee words the sentence speaks only of a reserved edition, which needs EDITION_WORDS.
        const edition = EDITION_WORDS.test(s);
        if (!fees && !edition) continue;
        const open = blank(s, PROTECTIVE);
        const reserved = edition && !LISTED_IN_CONTRACT.test(s) ? EDITION_RESERVE.exec(open) : null;
        const speaks = reserved !== null || fees;
        if (!speaks) continue;
        const openFees = OPEN_FEES.exec(open);
        // Extra users, renewal prices and taxes are other topics' — unless fees are left open too.
        if (!reserved && !openFees && ELSEWHERE.test(s)) continue;
        addresses = true;
        // Unread for a reserved edition, a risk whatever the price; findMoney needs a CURRENCY word.
        const priced =
          !reserved && ((CURRENCY.test(s) && findMoney(s).length > 0) || CONTRACT_PRICE.test(s));
        const risk =
          reserved ??
          (priced ? null : (openFees ?? PRICE_LIST_REF.exec(open) ?? MAY_CHARGE.exec(open)));
        if (!risk) continue;
        const at = start + risk.index;
        const text = clause.text.slice(at, at + risk[0].length);
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, at, at + risk[0].length),
            "medium",
            { code: "open-ended-fees", params: { kind: reserved ? "edition" : "fee" } },
            { openEndedFee: { value: true, text } },
            position
          )
        );
      }
      if (addresses) relevant.push(clause);
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
