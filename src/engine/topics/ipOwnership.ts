/**
 * ip-ownership — 知识产权. Risky: the configurations, reports, workflows, templates and data models made
 * by or for the customer are "jointly owned" / 双方共有, or belong to the vendor. Meets: they belong to
 * the customer (the vendor may use them only to serve this customer). The vendor's own platform IP
 * ("Vendor owns the Service") is not this topic.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { definesTerm, firstMatch, isBody, sentences, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/**
 * What the customer's work in the system is called, in English and in Chinese: two patterns, as
 * one they search a clause four times slower.
 */
const WORK_EN =
  /configurations?|customi[sz]ations?|custom (?:fields?|objects?|development|code|reports?)|\breports?\b|dashboards?|workflows?|templates?|data models?|deliverables?|work product/;
const WORK_ZH =
  /定制成果|定製成果|客制|客製|定制开发|定製開發|(?:个性化|個性化)?配置|设置成果|設定|报表|報表|仪表盘|儀表板|工作流|(?:审批|審批|业务|業務)流程|审批流|審批流|模板|範本|数据模型|數據模型|資料模型|开发成果|開發成果|交付成果|交付物|工作成果|二次开发|二次開發/;
const isWork = (text: string) => WORK_EN.test(text) || WORK_ZH.test(text);
const OWNERSHIP =
  /intellectual property|\bown(?:s|ed|ership|er)?\b|right,? title(?:,)? and interest|\btitle\b|\bbelong|\bvest|proprietary|\bproperty\b|知识产权|知識產權|智慧财产|智慧財產|所有权|所有權|归属|歸屬|所有|共有|享有|拥有|擁有/;

const VENDOR = String.raw`(?:the )?(?:vendor|supplier|provider|licensor|contractor|seller|we|us|乙方|服务商|服務商|供应商|供應商|厂商|廠商)`;
const CUSTOMER = String.raw`(?:the )?(?:customer|client|licensee|subscriber|purchaser|buyer|you|甲方|客户|客戶)`;

/** "jointly owned by Vendor and Customer" / "由双方共有". */
const JOINT =
  /jointly[\s-]owned|joint(?:ly)? (?:owners?|ownership)|co-own|owned jointly|shared ownership|(?:双方|雙方)(?:共同)?共有|(?:双方|雙方)共同(?:所有|享有|拥有|擁有)|共同所有|共同享有/;

/** Who owns, as "<owner> owns" or "owned by / belongs to / vests in <owner>". */
function ownerPatterns(party: string, possessive: string): RegExp {
  return new RegExp(
    [
      String.raw`\b(?:${possessive}) (?:sole |exclusive )?(?:property|intellectual property)\b`,
      String.raw`(?:owned (?:solely |exclusively |wholly |entirely )?by|(?:the )?(?:sole |exclusive )?property of|belong(?:s|ing)? (?:solely |exclusively )?to|vest(?:s|ed)? (?:solely |exclusively )?in|remain(?:s)? with|retained by|assigned to)\s+${party}\b`,
      String.raw`\b${party}\s+(?:shall\s+|will\s+|does\s+|hereby\s+)?(?:solely\s+|exclusively\s+)?(?:own|owns|retain|retains|hold|holds|acquire|acquires)\b(?:\s+(?:all|the|exclusive|sole|any))?`,
      String.raw`(?<![不非])(?:归|歸)(?:属于?|屬於?)?${party}(?:单独|單獨|独家|獨家)?(?:所有|享有)?`,
      String.raw`(?<![不非])(?:属于|屬於)${party}`,
      String.raw`(?:由|为|為)${party}(?:单独|單獨|独家|獨家)?(?:所有|享有|拥有|擁有)`,
      String.raw`${party}(?:单独|單獨|独家|獨家)?(?:享有|拥有|擁有)(?:[^。;,不无無]{0,20})?(?:知识产权|知識產權|所有权|所有權|权利|權利)`,
    ].join("|")
  );
}
const VENDOR_OWNS = ownerPatterns(
  VENDOR,
  String.raw`our|(?:vendor|supplier|provider|licensor|seller)'s`
);
const CUSTOMER_OWNS = ownerPatterns(
  CUSTOMER,
  String.raw`your|(?:customer|client|licensee|subscriber|purchaser|buyer)'s`
);
/** "No Work Product shall be jointly owned", "不属于双方共有": a denial is not a claim. */
const DENIAL =
  /\b(?:no|not|never|nor)\b[^.;,]{0,60}$|(?:不|非|并非|並非|不得|不属于|不屬於)[^。;,]{0,6}$/;
/** The vendor licenses the customer's own work back to it, or the customer hands it over. */
const VENDOR_BY_LICENCE = new RegExp(
  [
    String.raw`${VENDOR}\s+(?:hereby\s+)?grants?\s+(?:to\s+)?${CUSTOMER}[^.;]{0,60}licen[cs]e`,
    String.raw`${CUSTOMER}\s+(?:hereby\s+)?(?:assigns?|transfers?)[^.;]{0,40}\bto\s+${VENDOR}`,
    String.raw`(?:乙方|服务商|服務商|供应商|供應商)[^。;]{0,10}(?:授予|许可|許可)(?:甲方|客户|客戶)[^。;]{0,30}(?:使用权|使用權|许可|許可)`,
    String.raw`(?:甲方|客户|客戶)[^。;]{0,10}(?:转让|轉讓)(?:给|給|予)?(?:乙方|服务商|服務商|供应商|供應商)`,
  ].join("|")
);

const VENDOR_STOCK =
  /\b(?:standard|pre-?built|generic|general-purpose|out-of-the-box)\b|通用|标准|標準/;

/** "Customer owns …, provided that Vendor retains the Service": each part names its own owner. */
const PART_BREAK =
  /,? (?:provided(?:,)? (?:however,? )?that|but|however|except|while|whereas) |但是|但|惟|,而|除此之外/g;

function partsOf(s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(s.text); m; m = PART_BREAK.exec(s.text)) {
    out.push({ start: s.start + from, end: s.start + m.index, text: s.text.slice(from, m.index) });
    from = m.index;
  }
  out.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return out;
}

type Owner = "joint" | "vendor" | "customer";
type Claim = { owner: Owner; start: number; end: number; written: string };

/** The first match of `pattern` in the part that is not denied ("not owned jointly with Vendor"). */
function claimed(pattern: RegExp, text: string): RegExpExecArray | undefined {
  return firstMatch(
    pattern,
    text,
    (m) => !DENIAL.test(text.slice(Math.max(0, m.index - 60), m.index))
  );
}

/** The owner a part of a sentence gives the customer's work to; joint ownership outranks the rest. */
function claimIn(part: Sentence): Claim | undefined {
  const at = (owner: Owner, m: RegExpExecArray): Claim => ({
    owner,
    start: part.start + m.index,
    end: part.start + m.index + m[0].length,
    written: m[0],
  });
  if (!isWork(part.text) && !JOINT.test(part.text)) return undefined;
  const joint = claimed(JOINT, part.text);
  if (joint) return at("joint", joint);
  // "Vendor retains the Service" is its own platform: the part must name the customer's work.
  if (!isWork(part.text)) return undefined;
  const customer = claimed(CUSTOMER_OWNS, part.text);
  if (customer) return at("customer", customer);
  const vendor = claimed(VENDOR_OWNS, part.text) ?? claimed(VENDOR_BY_LICENCE, part.text);
  // The vendor's standard templates and generic tools are its own; the customer's work is not.
  if (vendor && !VENDOR_STOCK.test(part.text)) return at("vendor", vendor);
  return undefined;
}

export const ipOwnership: TopicRule = {
  id: "ip-ownership",
  // OWNERSHIP first: fewer clauses have it, and it searches faster than WORK.
  matches: (clause) => isBody(clause) && OWNERSHIP.test(clause.norm) && isWork(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = {
      customerOwnsConfigurations: topic.position.customerOwnsConfigurations ?? true,
    };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      let addresses = false;
      let risk: Claim | undefined;
      for (const s of sentences(clause.norm)) {
        if (definesTerm(s.text, "sentence") || !isWork(s.text) || !OWNERSHIP.test(s.text)) continue;
        const claims = partsOf(s)
          .map(claimIn)
          .filter((c): c is Claim => c !== undefined);
        addresses ||= claims.length > 0 || /\bownership\b|归属|歸屬|所有权|所有權/.test(s.text);
        risk ??= claims.find((c) => c.owner !== "customer");
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
          { code: "ip-not-customer", params: { owner: risk.owner, written } },
          { configurationOwner: { value: risk.owner, text: written } },
          position
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
