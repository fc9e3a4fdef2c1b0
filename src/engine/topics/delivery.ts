/**
 * What the six delivery topics (functional scope, implementation and acceptance, training, data
 * migration, integration, change requests) read alike: which clauses can address them, the headings
 * that name them, the parties, and the wording that makes a service "charged separately" — with its
 * negations ("at no additional charge", "不另行收费").
 */
import type { Clause } from "../segment";
import { cn, firstMatch, inDefinitionsSection, isBody, negatedAt, zhRe } from "./reading";

/** The customer and the vendor as contracts name them (Chinese and English), for `clause.norm`. */
export const CUSTOMER_ZH = "(?:甲方|客户|用户|需方|买方|采购方|委托方)";
export const VENDOR_ZH = "(?:乙方|供应商|服务商|服务方|厂商|供方|卖方)";
export const CUSTOMER_EN = String.raw`(?:the )?(?:customer|client|licensee|subscriber|buyer|purchaser)(?:'s)?`;

/**
 * Clauses that can address a delivery topic: body text and table rows, not definitions — including
 * those the segmenter does not mark ("“本软件”或“云帆CRM”：指 …", "版本：指 …") and every clause under
 * a definitions heading.
 */
export const isDeliveryBody = (clause: Clause) =>
  isBody(clause, "loose-entry") && !inDefinitionsSection(clause);

/** The vendor named inside a match means the duty crossed over to it: "Customer provides …, Vendor cleanses …". */
export const VENDOR_WORD =
  /\b(?:vendor|supplier|provider|licensor|contractor)\b|乙方|供应商|服务商|服务方|厂商|供方|卖方/;

export type DeliveryTopic =
  "scope" | "implementation" | "training" | "migration" | "integration" | "changes";

/** Headings that name each delivery topic; "other" are neighbouring topics a heading may share. */
const HEADINGS: Record<DeliveryTopic | "other", RegExp> = {
  scope: zhRe(
    String.raw`functional scope|feature list|\bfeatures\b|functionality|功能清单|功能范围|功能列表|功能说明|功能规格|功能模块`
  ),
  implementation: zhRe(
    String.raw`implementation|acceptance|onboarding|deployment|go[\s-]live|实施|验收|导入(?:服务|计划|期|专案)|系统导入|上线|部署`
  ),
  training: zhRe(String.raw`\btraining\b|培训|教育训练`),
  migration: zhRe(String.raw`migration|data import|迁移|移转|数据导入|资料导入|资料汇入`),
  integration: zhRe(String.raw`integration|interfaces?|\bapis?\b|集成|对接|接口|介面|串接|整合`),
  changes: zhRe(
    String.raw`change requests?|change management|change control|customi[sz]ation|变更管理|需求变更|变更请求|定制|客制化`
  ),
  other: zhRe(
    String.raw`maintenance|support|warrant|fees|pricing|payment|licen[cs]|维护|支持|售后|保修|费用|价格|付款|授权`
  ),
};

/**
 * The clause sits under a heading that names the topic and no other ("9. Training", "第七条 数据
 *迁移", "6. Implementation and Acceptance") — not "第七条 维护与定制", whose clauses are read by text.
 * Headings are not normalised: hence `zhRe`.
 */
export function underHeading(clause: Clause, topic: DeliveryTopic): boolean {
  if (clause.section === undefined) return false;
  // Remembered per heading: a contract has thousands of clauses under a few dozen headings.
  const key = `${topic}\u0000${clause.section}`;
  let under = UNDER_HEADING.get(key);
  if (under === undefined) {
    if (UNDER_HEADING.size >= 5000) UNDER_HEADING.clear();
    const heading = clause.section.toLowerCase();
    under =
      HEADINGS[topic].test(heading) &&
      Object.entries(HEADINGS).every(([other, re]) => other === topic || !re.test(heading));
    UNDER_HEADING.set(key, under);
  }
  return under;
}

const UNDER_HEADING = new Map<string, boolean>();

/**
 * The `matches` of a delivery topic: a clause or table row that names the topic (any of `signals`)
 * or sits under the topic's own heading, and is body text. Cheap tests first, isDeliveryBody last.
 */
export function deliveryMatches(
  signals: RegExp[],
  topic: DeliveryTopic
): (clause: Clause) => boolean {
  return (clause) =>
    (clause.kind === "clause" || clause.kind === "table-row") &&
    (signals.some((signal) => signal.test(clause.norm)) || underHeading(clause, topic)) &&
    isDeliveryBody(clause);
}

/**
 * "Charged separately": additional fees, the vendor's rates, not included in the subscription fees,
 * at the customer's cost, 另行收费, 额外费用, 不包含在订阅费用之内, 费用由甲方承担 …
 */
const CHARGED = new RegExp(
  [
    String.raw`(?:additional|extra|separate)\s+(?:fees?|charges?|costs?|payments?|consideration)`,
    String.raw`(?:charged|billed|invoiced|payable|priced|paid for)\s+(?:separately|additionally|extra|in addition)`,
    String.raw`(?:charged|billed|invoiced|chargeable|payable)\s+(?:at|on|by reference to)\s+(?:the\s+)?(?:vendor's|supplier's|provider's|licensor's|its|then[\s-]current|standard|prevailing|applicable|hourly|daily|time)`,
    String.raw`at\s+(?:the\s+)?(?:vendor's|supplier's|provider's|licensor's|its)\s+(?:then[\s-]current\s+|standard\s+|prevailing\s+|applicable\s+|current\s+)?(?:professional services\s+|list\s+)?(?:rates?|prices?|fees?|charges?)`,
    String.raw`not (?:be )?included in the\s+(?:subscription\s+|license\s+|licence\s+|service\s+|annual\s+)?(?:fees?|price|charges?)`,
    String.raw`excluded from the\s+(?:subscription\s+)?(?:fees?|price)`,
    String.raw`at\s+(?:the\s+)?(?:customer's|client's|licensee's|its)\s+(?:own\s+|sole\s+)?(?:cost|expense|charge)`,
    String.raw`(?:customer|client|licensee)\s+(?:shall|will|must)\s+bear\s+(?:all\s+|the\s+|any\s+)?(?:related\s+)?(?:costs?|expenses?|fees?|charges?)`,
    String.raw`separate (?:statement of work|order form|order|agreement|quotation)`,
    String.raw`purchased? separately|time and materials?`,
    cn(
      String.raw`另行(?:向${VENDOR_ZH})?(?:收费|计费|付费|支付|采购|购买|签署|签订|报价|订购|计价|约定(?:费用|价格))|额外(?:的)?(?:费用|收费|付费|支付)|单独(?:收费|计费|付费|采购|购买|计价)`
    ),
    String.raw`不(?:包含|包括|含)(?:在)?[^。；]{0,14}(?:费用|价格|价款|服务费|订阅费)(?:之|以)?内|不在[^。；]{0,14}(?:费用|价格|服务费)(?:范围)?(?:之|以)?内`,
    String.raw`(?:费用|成本)(?:由|均由|应由)${CUSTOMER_ZH}(?:自行)?(?:承担|支付|负担)|${CUSTOMER_ZH}(?:应)?(?:自行)?(?:承担|支付|负担)(?:相关|全部|所有|相应)?(?:的)?(?:费用|成本)`,
    String.raw`收取(?:额外|相应|相关|服务)?(?:的)?费用|有偿(?:提供)?|自费|按[^。；]{0,20}(?:标准|价格|费率|价目|单价)(?:另行)?(?:收取|计收|收费|支付|计费|结算)`,
  ].join("|"),
  "g"
);
/** Charges for travel and lodging are not charges for the service itself. */
const TRAVEL = /travel|accommodation|lodging|per diem|差旅|交通|住宿|食宿/;
/** "Additional training beyond the included sessions is charged" — extra work, not the service. */
const BEYOND =
  /(?:additional|further|extra|more)\s+(?:training|sessions?|hours?|migrations?|imports?|integrations?)|beyond (?:the|this|that|such)|in excess of|exceed|超出|超过|额外的?(?:培训|课程|场次|迁移|集成)|增加(?:的)?(?:培训|场次)/;

/** Where `text` says the thing is charged separately (not negated, not travel, not "beyond"). */
export function chargedIn(text: string): RegExpExecArray | undefined {
  return firstMatch(CHARGED, text, (m) => {
    if (!m[0].startsWith("not") && !m[0].startsWith("不") && negatedAt(text, m.index)) return false;
    const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30);
    if (TRAVEL.test(near)) return false;
    return !BEYOND.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 10));
  });
}
