/**
 * data-ownership — 数据归属. Risky: the vendor uses customer data (or data derived from it) for its own
 * purposes — analytics, product improvement, benchmarking, AI training, marketing — or claims rights in
 * it (a perpetual or irrevocable licence, "Vendor owns Aggregated Data", "乙方对衍生数据享有全部权利",
 * "双方共有"). A licence limited to providing the service is not a claim.
 * Meets: the customer owns all its data and the vendor uses it only to provide the service.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, definesTerm, forbidding, isBody, sentences } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/** Customer data, and data derived from it. */
const DATA =
  /\b(?:customer|client|purchaser|buyer|licensee|subscriber|your)(?:'s)?\s+(?:data|content)\b|data (?:submitted|uploaded|entered|provided|input) by (?:the )?customer|aggregated data|derived data|de-identified data|anonymi[sz]ed data|(?:甲方|客户|客戶|用户|用戶|业务|業務)(?:的)?(?:数据|數據|资料|資料)|衍生(?:数据|數據|资料|資料)|(?:汇总|彙總|匯總|聚合|匿名化?|去标识化|去識別化)(?:的|后|後)?(?:数据|數據|资料|資料)/;
const SIGNAL = new RegExp(
  `(?:${DATA.source})[\\s\\S]{0,200}(?:own|title|right|propert|belong|licen[cs]|use|purpose|sell|归|歸|所有|权|權|使用|用于|用於|利用|授权|授權|许可|許可|目的|用途)|(?:own|title|right|propert|belong|licen[cs]|use)[^.;。；]{0,120}(?:${DATA.source})`
);
/**
 * Words DATA (so SIGNAL) cannot match without: one cheap scan rules out most clauses. Simplified
 * only: normalisation folds 數據 and 資料 (normalize.ts).
 */
const DATA_WORDS = /data|content|数据|资料/;
const VENDOR =
  /\b(?:vendor|supplier|provider|licensor|service provider|we|us|our)\b|乙方|供应商|供應商|服务商|服務商|服务方|服務方/;
/** Purposes of the vendor's own. */
const OWN_PURPOSE =
  /analy(?:tics|[sz]e|[sz]is|[sz]ing)|statistic|improv(?:e|ing|ement)|optimi[sz]|benchmark|machine learning|(?:train|training) (?:of )?(?:its |any |our )?(?:ai|models?|algorithms?|artificial)|artificial intelligence|\bai\b|marketing|advertis|promot|research|develop(?:ing|ment of)? (?:new |other )?(?:products|services|features)|commerciali[sz]|monetiz|resell|\bsell|(?:its|their|our|(?:vendor|supplier|provider|licensor)'s) own (?:business )?(?:purposes?|business|benefit)|any (?:lawful |other )?purpose|other customers|数据分析|數據分析|分析|统计|統計|产品改进|產品改進|改进|改進|优化|優化|研发|研發|开发新|開發新|新产品|新產品|训练|訓練|模型|营销|營銷|行销|行銷|推广|推廣|广告|廣告|商业化|商業化|出售|销售|銷售|自身(?:目的|用途|业务|業務)|行业研究|行業研究|其他客户|其他客戶|任何目的|任何用途/;
/** Purposes no "only to provide the Service" can excuse (analytics for the customer's own reports can). */
const STRONG_PURPOSE =
  /benchmark|machine learning|train|artificial intelligence|\bai\b|marketing|advertis|promot|research|develop(?:ing|ment of)? (?:new |other )?(?:products|services)|commerciali[sz]|monetiz|resell|\bsell|its own|other customers|any (?:lawful |other )?purpose|训练|訓練|模型|营销|營銷|行销|行銷|推广|推廣|广告|廣告|商业化|商業化|出售|行业研究|行業研究|其他客户|其他客戶|新产品|新產品|任何目的|任何用途/;
/** Use verbs: the vendor doing something with the data. */
const USE =
  /\b(?:use|uses|using|used|process|exploit|analy[sz]e|aggregate|disclose|share|sell|commerciali[sz]e|copy|store)\b|licen[cs]e|使用|利用|处理|處理|分析|用于|用於|开发|開發|出售|公开|公開|披露|提供给|提供給/;
/** The vendor's own rights claimed: a broad licence, ownership of derived data, joint ownership. */
const RIGHTS_CLAIM =
  /(?:perpetual|irrevocable|sublicensable|transferable)[^.;]{0,60}licen[cs]e|licen[cs]e[^.;]{0,40}(?:perpetual|irrevocable|sublicensable)|(?:vendor|supplier|provider|licensor)(?:\s+and its (?:affiliates|licensors))?\s+(?:shall |will )?(?:own|owns|retain|retains|has|have|acquire|acquires)\s+(?:all |any )?(?:right|title|ownership|intellectual property)|jointly owned|joint(?:ly)? own|co-owned|(?:归|歸)(?:乙方|供应商|供應商|服务商|服務商)(?:所有|享有)|(?:乙方|供应商|供應商|服务商|服務商)[^。；;，,]{0,16}(?:享有|拥有|擁有|取得)[^。；;]{0,10}(?:全部|一切|所有|完整)?(?:的)?(?:权利|權利|所有权|所有權|知识产权|知識產權|权益|權益)|双方共有|雙方共有|共同所有|(?:永久|不可撤销|不可撤銷)[^。；;]{0,16}(?:许可|許可|授权|授權|使用权|使用權)/;
/** Protective: "shall not use Customer Data for any other purpose", "不得用于其他目的". */
const NEGATION = forbidding(
  String.raw`\bcan not\b|\bnot (?:be )?(?:permitted|entitled|allowed)\b|\bno (?:right|licen[cs]e)\b`,
  String.raw`\bneither\b|\bnor\b|\bprohibited\b`,
  "不可(?!撤)|不应|严禁|无权|不享有|不对[^。；;]{0,10}(?:享有|主张|主張)"
);
/** Parts of a sentence that can carry their own negation: "shall not sell Customer Data, but may use it …". */
const CONTRAST =
  /\bbut\b(?! not limited)|\bhowever\b|\bexcept that\b|\bprovided(?:,)? (?:however,? )?that\b|,?\s+and (?:may|will|shall|can)\b|但是|但(?!不限)|然而|不过|不過|[并並且]可|[并並]有[权權]/g;
/** The customer owns its data: meets the topic. */
const CUSTOMER_OWNS =
  /\b(?:customer|client|purchaser|buyer|licensee|subscriber|you)\s+(?:shall |will )?(?:own|owns|retain|retains)\s+(?:all |exclusive |sole )?(?:right|title|ownership|interest|(?:the )?(?:customer |client |purchaser |your )?(?:data|content))|(?:\b(?:customer|client|purchaser|buyer|licensee|subscriber|your)(?:'s)?\s+(?:data|content)\b)[^.;]{0,60}(?:(?:is|are|remains?|shall (?:be|remain)) (?:the )?(?:sole |exclusive )?(?:property|owned by) (?:of )?(?:the )?(?:customer|client|purchaser|buyer|you)|belongs? to (?:the )?(?:customer|client|purchaser|buyer|you))|(?:归|歸)(?:甲方|客户|客戶)(?:所有|享有)|(?:甲方|客户|客戶)(?:享有|拥有|擁有)[^。；;]{0,12}(?:所有权|所有權|全部权利|全部權利|全部权益|全部權益)|所有权(?:归|属于|屬於)(?:甲方|客户)|所有權(?:歸|屬於)(?:甲方|客戶)/;
/** Use limited to the service: meets the topic. */
const SERVICE_ONLY =
  /(?:only|solely|exclusively)\s+(?:(?:as|to the extent) (?:necessary|needed|required)\s+)?(?:to|for)\s+(?:the purpose of\s+)?(?:provid|perform|deliver)|to the extent (?:necessary|needed|required) (?:to|for) (?:provid|perform|deliver)|for no (?:other )?purpose other than|(?:仅|僅|只|只能|仅限|僅限)(?:为|為|于|於)?[^。；;]{0,12}(?:提供|履行)/;

type Span = { start: number; end: number };

/** Pieces of a sentence split at "but" / "但", each carrying its own negation. */
function pieces(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(text); m; m = CONTRAST.exec(text)) {
    out.push({ start: offset + start, end: offset + m.index });
    start = m.index;
  }
  out.push({ start: offset + start, end: offset + text.length });
  return out;
}

/** Negation governs what follows it: "shall not use Customer Data for analytics", "不得用于其他目的". */
function negatedBefore(text: string, at: number): boolean {
  return NEGATION.test(text.slice(0, at));
}

type Read = { clause: Clause; risk?: Span; addresses: boolean };

function read(clause: Clause): Read {
  const norm = clause.norm;
  let risk: Span | undefined;
  let addresses = false;
  for (const s of sentences(norm, AS_QUOTED)) {
    const sentence = s.text;
    if (!DATA.test(sentence)) continue;
    if (CUSTOMER_OWNS.test(sentence)) addresses = true;
    const vendorNamed = VENDOR.test(sentence);
    for (const p of pieces(sentence, s.start)) {
      const text = norm.slice(p.start, p.end);
      const claim = RIGHTS_CLAIM.exec(text);
      const use = vendorNamed ? USE.exec(text) : null;
      if (claim && !negatedBefore(text, claim.index)) {
        if (/joint|co-owned|共有|共同所有/.test(claim[0]) || VENDOR.test(text)) {
          addresses = true;
          risk ??= { start: p.start + claim.index, end: p.start + claim.index + claim[0].length };
          continue;
        }
      }
      if (!use) continue;
      const serviceOnly = SERVICE_ONLY.test(text);
      const purpose = (serviceOnly ? STRONG_PURPOSE : OWN_PURPOSE).exec(text);
      if (negatedBefore(text, use.index + 1) || (purpose && negatedBefore(text, purpose.index))) {
        // A forbidden use is the protective position — when it is about purposes, not disclosure.
        if (purpose || serviceOnly || /purpose|\buse|目的|用途|使用|用于|用於/.test(text)) {
          addresses = true;
        }
      } else if (purpose) {
        addresses = true;
        risk ??= {
          start: p.start + purpose.index,
          end: p.start + purpose.index + purpose[0].length,
        };
      } else if (serviceOnly || /provid|perform|deliver|提供|履行/.test(text)) {
        // "Vendor may use Customer Data to provide the Service": addressed, and nothing of its own.
        addresses = true;
      }
    }
  }
  return { clause, risk, addresses };
}

export const dataOwnership: TopicRule = {
  id: "data-ownership",
  matches: (clause) =>
    isBody(clause) &&
    DATA_WORDS.test(clause.norm) &&
    DATA.test(clause.norm) &&
    !definesTerm(clause.norm, "short-entry") &&
    SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = { customerOwnsData: topic.position.customerOwnsData ?? true };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const r of matched.map(read)) {
      if (!r.addresses) continue;
      relevant.push(r.clause);
      if (!r.risk) continue;
      const quote = r.clause.text.slice(r.risk.start, r.risk.end);
      findings.push(
        finding(
          context,
          anchorIn(snapshot, r.clause, r.risk.start, r.risk.end),
          "high",
          { code: "vendor-uses-data", params: { use: quote } },
          { vendorUse: { value: quote } },
          position
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
