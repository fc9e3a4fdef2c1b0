/**
 * functional-scope — 功能交付与功能清单. Risky: the features delivered are whatever the vendor's
 * website, marketing material, demos or "the edition purchased" say — material the vendor can change
 * and the contract does not fix. Meets: the contract (or its Functional Scope Appendix) lists the
 * features; demos and web pages not listed there are expressly not promised.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { underHeading, deliveryMatches } from "./delivery";
import { sentences, zhRe, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /feature|functional|functionalit|functions|modules?\b|功能|服务内容|交付(?:范围|内容|清单)/;

/** A sentence that says what features the service has: "the features included …", "功能清单". */
const SCOPE_EN = new RegExp(
  [
    String.raw`functional (?:scope|specifications?|requirements?)|feature (?:list|set|table|schedule|matrix)|list of (?:features|functions|functionality|modules)`,
    String.raw`(?:included|standard|following) (?:features|functionality|functions|modules)`,
    String.raw`(?:features?|functionality|functions|modules)\s+(?:included|listed|set out|described|specified|provided|delivered|available)`,
    String.raw`(?:features?|functionality|functions|modules)\b[^.;]{0,50}?\b(?:are|is|shall be|will be)\s+(?:as\s+)?(?:those\b|included|listed|set out|described|specified|provided|delivered|limited to)`,
    String.raw`\b(?:includes?|including|comprises?|consists? of|provides?|delivers?)\s+(?:all\s+)?(?:the\s+)?(?:following\s+)?(?:features|functionality|functions|modules)\b`,
    String.raw`scope of (?:the )?(?:subscription|delivery|supply)`,
  ].join("|")
);
const SCOPE_ZH = zhRe(
  String.raw`功能(?:范围|清单|列表|明细|规格|说明|描述|表)|(?:包含|包括|提供|交付|具备)(?:以下|下列|如下|全部|所有|各项|的)?(?:功能|功能模块)(?![^。；，]{0,2}[的、])|功能[^。；，]{0,8}(?:包含|包括|如下|详见|见附件|列明|为准|交付)|标准功能|交付(?:范围|清单)|服务内容(?:包括|如下|为|详见)`
);
const FEATURE_WORD = /\bfeatures?\b|\bfunctionalit(?:y|ies)\b|\bfunctions\b|功能/;
/** Words every match of SCOPE_EN, SCOPE_ZH and FEATURE_WORD contains. */
const SCOPE_WORDS = /feature|functional|functions|modules|scope of|功能|交付|服[务務][内內]容/;
/** A feature table's header row: "No. | Module | Feature / description | Included | …". */
const TABLE_HEADER =
  /^(?=[\s\S]*(?:features?|functions?|functionality|功能))(?=[\s\S]*(?:modules?|included|description|phase|模块|包含|说明|描述|阶段))[\s\S]*\|/;
/** Upgrades promise new features; that is upgrade-policy, not the scope delivered. */
const UPGRADE =
  /upgrade|\bupdates?\b|new (?:versions?|releases?|features)|\breleased?\b|升级|版本更新|新版本|新功能/;

/** "有权随时调整本服务的功能…以官网公告为准", "may modify the features at any time". */
const UNILATERAL =
  /at any time|from time to time|\bmay (?:change|modify|update|amend|adjust|discontinue)|随时|有权(?:自行)?(?:调整|修改|变更|更新|下线)/;

/** Outside material the scope is read from: "as described on Vendor's website", "以官网公布的产品说明为准". */
const OUTSIDE_EN = String.raw`(?:the\s+)?(?:(?:vendor's|supplier's|provider's|licensor's|its|our|[a-z]+'s)\s+)?(?:www\.[a-z0-9.-]*[a-z0-9]|https?://[^\s,;]*[a-z0-9/]|[a-z0-9-]+\.(?:com|cn|net|io|com\.cn)\b|websites?|web ?sites?|web ?pages?|online|marketing|sales (?:materials?|process|presentations?|collateral|literature)|product (?:descriptions?|literature|pages?|sheets?|catalog(?:ue)?s?|brochures?|overviews?)|data ?sheets?|brochures?|demonstrations?|demos?|presentations?|proposals?|roadmaps?|collateral|price lists?|service descriptions?|documentation|release notes)`;
const BY_REFERENCE_EN = new RegExp(
  String.raw`(?:described|set out|specified|detailed|listed|published|shown|presented|advertised|displayed|made available|defined|demonstrated|posted)\s+(?:(?:from time to time|during the sales process)\s+)?(?:on|in|at|by|through|via|during)\s+${OUTSIDE_EN}|${OUTSIDE_EN}\s+(?:as (?:updated|amended|published|in effect)|in effect)`
);
/** What each half of BY_REFERENCE_EN contains: a verb and a space, "as updated", "in effect". */
const BY_REFERENCE_EN_WORDS =
  /(?:described|set out|specified|detailed|listed|published|shown|presented|advertised|displayed|made available|defined|demonstrated|posted)\s|as (?:updated|amended|published)|in effect/;
const byReferenceEn = (text: string) =>
  BY_REFERENCE_EN_WORDS.test(text) ? BY_REFERENCE_EN.exec(text) : null;
const BY_REFERENCE_ZH = zhRe(
  String.raw`以[^。；]{0,40}(?:官方网站|官网|网站|网页|宣传|产品说明|产品介绍|产品手册|白皮书|演示|公告|届时公布|产品目录)[^。；]{0,24}为准|(?:官方网站|官网|网站|网页)(?:上)?(?:公布|发布|展示|列明|说明|介绍)的|(?:参照|依照|按照|根据)[^。；]{0,20}(?:官方网站|官网|网站|宣传资料|产品说明|产品介绍|产品手册)`
);
/**
 * The edition as the yardstick of the features: "features available for the Edition", "that do not
 * form part of that Edition", "所订购版本包含的功能", "版本的标准功能". Naming the edition ordered is not.
 */
const EDITION = String.raw`(?:the|that|such|customer's|its|applicable|relevant)\s+(?:[a-z]+\s+){0,2}?(?:edition|plan|tier|package|subscription plan|service plan|service tier)\b`;
const EDITION_EN = new RegExp(
  String.raw`\b(?:available|included|contained|offered)\s+(?:for|in|with|under)\s+${EDITION}|(?:features?|functionality|functions)\s+(?:of|for|in|under)\s+${EDITION}|form(?:s|ing)? (?:a )?part of\s+${EDITION}|\b(?:edition|plan|tier|package) (?:purchased|subscribed|ordered|selected)`
);
const EDITION_ZH = zhRe(
  String.raw`版本(?:所)?(?:包含|包括|具备|提供)?(?:的|之)?(?:标准)?功能|(?:基础|标准|专业|旗舰|企业)版(?:所)?(?:包含|包括|具备)?(?:的|之)?(?:标准)?功能`
);
/** The list the scope comes from is in the contract itself. */
const LISTED_EN =
  /(?:listed|set out|specified|enumerated|itemi[sz]ed|detailed)\s+(?:in|under|at)\s+(?:this|the|an?)\s+(?:functional scope\s+)?(?:appendix|schedule|annex|exhibit|attachment|order form|statement of work|feature list|agreement)|(?:appendix|schedule|annex|exhibit|attachment)\s+(?:[a-z]|\d+)\b(?![-\w])|listed (?:here|herein|below|above)|not listed|the following|as follows|functional scope appendix|feature list/;
const LISTED_ZH =
  /附件[一二三四五六七八九十\d]*|本(?:附件|协议|合同|订单)(?:中|内)?(?:所)?(?:列明|列出|所列|载明|约定)|(?:列明|所列|列出|载明)的|功能清单|以下|如下|下列|下表/;
/** "… are not included / not promised / 不构成交付义务": an exclusion, not a definition of scope. */
const EXCLUSION =
  /\b(?:not|never)\b[^.;]{0,40}\b(?:included|promised|part of|form part|binding|commitments?|obligations?|warrant|deliver)|\bare excluded\b|do not form part|不构成|不属于|不视为|不作为|不包括|不包含|不承诺|无义务|不具有?约束力/;

type Reference = { start: number; end: number };

/** Where a sentence reads the scope from outside the contract, if it does. */
function referenceIn(s: Sentence): Reference | undefined {
  if (LISTED_EN.test(s.text) || LISTED_ZH.test(s.text)) return undefined;
  // An exclusion of demo / marketing features is protective unless its yardstick is the edition.
  const outside = EXCLUSION.test(s.text)
    ? null
    : (byReferenceEn(s.text) ?? BY_REFERENCE_ZH.exec(s.text));
  const hit = outside ?? EDITION_EN.exec(s.text) ?? EDITION_ZH.exec(s.text);
  if (!hit) return undefined;
  return { start: s.start + hit.index, end: s.start + hit.index + hit[0].length };
}

function speaksOfScope(clause: Clause, s: Sentence): boolean {
  // A sentence (not a table row) speaks of scope only through SCOPE_EN, SCOPE_ZH or FEATURE_WORD.
  if (clause.kind !== "table-row" && !SCOPE_WORDS.test(s.text)) return false;
  if (UPGRADE.test(s.text)) return false;
  if (clause.kind === "table-row") return TABLE_HEADER.test(s.text);
  if (SCOPE_EN.test(s.text) || SCOPE_ZH.test(s.text)) return true;
  // "甲方所訂購版本之功能，以乙方官方網站公布之產品說明為準": features read from elsewhere — unless
  // the sentence lets the vendor change the service at will (that is unilateral-changes).
  return (
    FEATURE_WORD.test(s.text) &&
    !UNILATERAL.test(s.text) &&
    (byReferenceEn(s.text) !== null || BY_REFERENCE_ZH.test(s.text) || EDITION_ZH.test(s.text))
  );
}

export const functionalScope: TopicRule = {
  id: "functional-scope",
  matches: deliveryMatches([SIGNAL], "scope"),
  judge(context, matched) {
    const { snapshot } = context;
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      // Without SCOPE_WORDS no sentence of the clause speaks of scope: no need to split it.
      const pieces =
        clause.kind === "table-row"
          ? [whole(clause)]
          : SCOPE_WORDS.test(clause.norm)
            ? sentences(clause.norm)
            : [];
      const scoped = pieces.filter((s) => speaksOfScope(clause, s));
      if (scoped.length === 0 && !underHeading(clause, "scope")) continue;
      relevant.push(clause);
      // One finding per clause: its first sentence that reads the scope from outside material.
      const ref = scoped.map(referenceIn).find((r) => r !== undefined);
      if (!ref) continue;
      const written = clause.text.slice(ref.start, ref.end).trim();
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, ref.start, ref.end),
          "high",
          { code: "scope-by-reference", params: { reference: written } },
          { scopeReference: { value: written } },
          { featureAppendix: true }
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, context.topic), findings, clauses: relevant };
  },
};

function whole(clause: Clause): Sentence {
  return { start: 0, end: clause.norm.length, text: clause.norm };
}
