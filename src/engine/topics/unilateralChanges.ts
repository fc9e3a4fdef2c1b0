/**
 * unilateral-changes — 单方变更与口头承诺. Risky: the vendor may change the terms or the service at
 * any time, at its discretion, or by posting new terms online that bind on "continued use". Meets:
 * changes only by a written amendment signed by both parties; an entire-agreement clause that puts
 * every promise in the contract. Price rises alone are pricing-changes, and change requests are
 * change-requests.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { isBody, sentences, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /amend|modif|\bchang|revis|\bvar(?:y|iation)|\bupdat|entire agreement|whole agreement|supersed|\bpost(?:ing|ed)\b|变更|變更|修改|修订|修訂|更改|调整|調整|补充|補充|完整协议|完整協議|全部协议|全部協議|口头|口頭/;

/** What a change must touch to be this topic: the contract's terms, or the service itself. */
const TERMS =
  /this agreement|these terms|the terms|terms and conditions|terms of (?:service|use)|this contract|the agreement|(?:service|its|the|our) (?:policies|rules|terms)|service level|\bsla\b|本协议|本協議|本合同|协议|協議|合同|条款|條款|服务规则|服務規則|服务等级|服務等級|服务标准|服務標準|规则|規則|政策/;
/** "under this Agreement", "根据本协议约定": the contract as a frame, not as what is changed. */
const BY_REFERENCE =
  /(?:in accordance with|under|pursuant to|as permitted by|during the term of|subject to|within the scope of) (?:this|the) (?:agreement|contract)|(?:根据|根據|按照|依据|依據|依照|按|在|于|於|依)(?:本)?(?:协议|協議|合同)(?:的)?(?:约定|約定|规定|規定|项下|項下|期限|期间|期間|范围|範圍|内|內)?/g;
const SERVICE = /\bservices?\b|features|functionality|functions|服务|服務|功能/;
/** A change clause of the contract: amendment, entire agreement, oral promises. */
const CHANGE_CLAUSE =
  /(?:this agreement|these terms|the terms|this contract|the agreement)[^.;]{0,60}\b(?:amend|modif|chang|vari|supplement|waive)|\b(?:amend|modif|chang|vary|varied|variation|supplement|revis)\w*[^.;]{0,40}(?:this agreement|these terms|the terms|terms and conditions|this contract|the agreement)|\bamendments?\b|entire agreement|whole agreement|supersedes?|oral (?:promises|representations|statements|agreements|commitments)|(?:本协议|本協議|本合同|协议|協議|合同|条款|條款)[^。;]{0,20}(?:的)?(?:任何)?(?:变更|變更|修改|修订|修訂|更改|补充|補充)|(?:变更|變更|修改|修订|修訂|更改|调整|調整)[^。;]{0,20}(?:本协议|本協議|本合同|协议条款|協議條款|合同条款|合同條款|服务规则|服務規則|服务条款|服務條款)|完整协议|完整協議|全部协议|全部協議|完整合同|取代[^。;]{0,60}(?:口头|口頭)|(?:口头|口頭)(?:承诺|承諾|约定|約定|陈述|陳述)/;
/** Other topics' "changes": change requests, invoice details, contact addresses, bank accounts. */
const OTHER_CHANGES =
  /change requests?|change orders?|需求变更|需求變更|变更需求|變更需求|变更请求|變更請求|变更管理|變更管理|开票信息|開票信息|联系地址|聯繫地址|联系人|聯繫人|收款账户|收款帳戶|通知地址/;

/** "Vendor may amend …", "乙方有权…修订本协议条款". */
const VENDOR = String.raw`(?:\b(?:vendor|supplier|provider|licensor|company|we)\b|乙方|服务商|服務商|供应商|供應商|厂商|廠商)`;
const VENDOR_MAY_CHANGE = new RegExp(
  String.raw`${VENDOR}(?:'s)?[^.;。]{0,40}?\b(?:may|reserves? the right to|shall have the right to|has the right to|is entitled to|can)\s+(?:(?!not\b|never\b)\w+\s+){0,3}?(?:amend|modify|change|revise|alter|vary|supplement|replace|discontinue|remove|reduce|withdraw)\b` +
    String.raw`|${VENDOR}[^.;。]{0,40}?\b(?:may|reserves? the right to|can)\s+update\s+(?:this agreement|these terms|the terms|terms and conditions|terms of (?:service|use)|(?:the |its )?(?:service level agreement|sla|service levels|(?:[\w-]+ ){0,2}polic(?:y|ies)|terms))` +
    String.raw`|${VENDOR}[^。;]{0,20}?(?:有权|有權|可以|(?<![不无無])可(?!能)|保留)[^。;不无無]{0,30}?(?:变更|變更|修改|修订|修訂|更改|调整|調整|补充|補充|下线|下線|取消|删减|刪減|替换|替換)`
);
/** Passive forms and acceptance by use: "may be amended by posting", "继续使用…视为接受". */
const PASSIVE_CHANGE =
  /(?:this agreement|these terms|the terms|terms and conditions|policies)[^.;]{0,40}\b(?:may|can|will) be (?:amended|modified|changed|updated|revised|supplemented)\b[^.;]{0,80}(?:by (?:vendor|supplier|provider|us|posting)|at any time|from time to time|posting|posted)|continued use[^.;]{0,100}(?:constitutes?|deemed|means|signifies|indicates) (?:your |customer's |its )?(?:acceptance|agreement|consent)|继续使用[^。;]{0,40}(?:视为|視為)[^。;]{0,10}(?:接受|同意|认可)|繼續使用[^。;]{0,40}視為[^。;]{0,10}(?:接受|同意|認可)|修订后的[^。;]{0,30}(?:公布|公告|发布|發布)之日起生效|修訂後的[^。;]{0,30}(?:公布|公告|發布)之日起生效/;
/** What makes a vendor's change one-sided: any time, its discretion, without consent, by posting. */
const UNILATERAL =
  /reserves? the right|保留[^。;]{0,30}(?:权利|權利)|at any time|from time to time|in its (?:sole |absolute )?discretion|at its (?:sole |absolute )?discretion|without (?:prior )?(?:notice|consent|the consent|customer's consent|approval)|unilateral|\bby posting|upon posting|\bposted\b|on its website|continued use|随时|隨時|单方|單方|自行|无需[^。;]{0,10}(?:通知|同意)|無需[^。;]{0,10}(?:通知|同意)|不另行通知|(?:网站|網站|官网|官網|平台)[^。;]{0,10}(?:公布|公告|发布|發布|發佈)|视为(?:甲方)?(?:同意|接受)|視為(?:甲方)?(?:同意|接受)|(?:根据|根據)(?:其)?(?:经营|經營|业务|業務)需要/;
/** A change the vendor may make only with consent or without harm is not one-sided. */
const TEMPERED =
  /(?:with|upon|subject to) (?:the )?(?:customer's )?(?:prior )?written (?:consent|agreement|approval)|signed by both|mutual written|\b(?:not|no (?:such )?\w+|without) (?:(?:will|shall) )?(?:materially |significantly )?(?:reduc|degrad|diminish|decreas|adversely affect)|经甲方(?:事先)?书面同意|經甲方(?:事先)?書面同意|不(?:得)?(?:降低|减少|減少|削减|削減)/;

/**
 * A word every match of VENDOR_MAY_CHANGE, PASSIVE_CHANGE and CHANGE_CLAUSE contains: a sentence
 * without one neither changes nor addresses the terms.
 */
const CHANGE_WORDS =
  /amend|modif|chang|revis|alter|vari|vary|supplement|replac|discontinu|remov|reduc|withdraw|updat|waive|continued use|entire agreement|whole agreement|supersed|oral |变更|變更|修改|修订|修訂|更改|调整|調整|补充|補充|下线|下線|取消|删减|刪減|替换|替換|继续使用|繼續使用|完整|全部协议|全部協議|口头|口頭/;

type Risk = { start: number; end: number; written: string };

/** The vendor's one-sided change in a sentence: the span from the vendor's right to its qualifier. */
function unilateralIn(s: Sentence): Risk | undefined {
  if (TEMPERED.test(s.text)) return undefined;
  const passive = PASSIVE_CHANGE.exec(s.text);
  const active = VENDOR_MAY_CHANGE.exec(s.text);
  const change = active ?? passive;
  if (!change) return undefined;
  const qualifier = active ? UNILATERAL.exec(s.text) : passive;
  if (active) {
    // A right to amend the terms is one-sided by itself; a right to change the service only when
    // it is unqualified (any time, at its discretion, by posting). Prices alone are pricing-changes.
    const object = s.text
      .slice(change.index, change.index + change[0].length + 40)
      .replace(BY_REFERENCE, " ");
    const onTerms = TERMS.test(object);
    if (!onTerms && !(SERVICE.test(object) && qualifier)) return undefined;
  }
  const last = qualifier ?? change;
  const start = Math.min(change.index, last.index);
  const end = Math.max(change.index + change[0].length, last.index + last[0].length);
  return { start: s.start + start, end: s.start + end, written: s.text.slice(start, end) };
}

export const unilateralChanges: TopicRule = {
  id: "unilateral-changes",
  matches: (clause) => isBody(clause) && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = { writtenAmendmentOnly: topic.position.writtenAmendmentOnly ?? true };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      // A sentence matches one of the three only where the whole clause does (their lookarounds
      // read only inside the match): no sentence of the clause can change or address the terms.
      const norm = clause.norm;
      if (!CHANGE_CLAUSE.test(norm) && !VENDOR_MAY_CHANGE.test(norm) && !PASSIVE_CHANGE.test(norm))
        continue;
      let addresses = false;
      let risk: Risk | undefined;
      for (const s of sentences(norm)) {
        if (!CHANGE_WORDS.test(s.text)) continue;
        if (OTHER_CHANGES.test(s.text) && !CHANGE_CLAUSE.test(s.text)) continue;
        const r = unilateralIn(s);
        addresses ||= r !== undefined || CHANGE_CLAUSE.test(s.text);
        risk ??= r;
      }
      if (!addresses) continue;
      relevant.push(clause);
      if (!risk) continue;
      const written = clause.text.slice(risk.start, risk.end);
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, risk.start, risk.end),
          "high",
          { code: "unilateral-change", params: { written } },
          { unilateralChange: { value: true, text: written } },
          position
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
