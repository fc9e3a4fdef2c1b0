/**
 * integration — 系统集成 / 系統整合. Risky: the API only "as available", API calls capped or throttled,
 * API access or integration charged separately, or integration left to the customer at its own cost.
 * Meets: named systems are integrated by the vendor, with API documentation and support included.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import {
  chargedIn,
  CUSTOMER_EN,
  CUSTOMER_ZH,
  underHeading,
  VENDOR_WORD,
  deliveryMatches,
} from "./delivery";
import { firstMatch, negatedAt, sentences, zhRe, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /integrat|\bapis?\b|application programming|interface|connector|webhook|集成|对接|整合|串接|介接|接口|介面|打通/;

/** Integration with other systems, or the API the customer integrates through. */
const INTEGRATION = zhRe(
  [
    String.raw`integrat(?:e|es|ed|ing|ion|ions)\b[^.;]{0,50}\b(?:with|into|between)\b|\bintegration (?:services?|work|project|testing|points?|requirements?|scope|plan|support|fees?)|system integration`,
    String.raw`\binterfaces? (?:to|with) (?:the )?(?:customer's|its|third[\s-]party|other|existing)|application programming interfaces?|connectors? (?:to|for|with)|web ?hooks?`,
    String.raw`\bapis?\b[^.;]{0,60}\b(?:access|calls?|requests?|documentation|limits?|usage|rate|quota|throttl|available|provid|integrat|connect|support)|\b(?:access|provide|make available|documentation|support)\b[^.;]{0,40}\bapis?\b`,
    String.raw`(?:与|和|同|跟)[^。；]{0,40}(?:系统|平台|软件|应用|erp|crm|oa)[^。；]{0,12}(?:集成|对接|整合|串接|介接|打通|连接|互通)`,
    String.raw`(?:集成|对接|整合|串接|介接|打通)[^。；]{0,12}(?:系统|平台|erp|财务|邮件|oa|hr|第三方)|系统(?:集成|整合|串接|介接)`,
    String.raw`api[^。；]{0,12}(?:调用|呼叫|接口|文档|文件|访问|存取|限额|次数|提供|开放|对接|集成|串接|支持)|(?:提供|开放)[^。；]{0,12}api|应用程序接口|应用程式介面|开放(?:接口|平台)|(?:接口|介面)(?:文档|文件|调用|开发|对接|规范|服务|技术支持)`,
  ].join("|")
);

/** "limited to 1,000 API calls", "throttle", "API调用次数上限", "限流". */
const CAPPED =
  /(?:limited to|capped at|up to|maximum of|no more than|not (?:to )?exceed)\s+[\d,]+[^.;]{0,30}\b(?:api\s+)?(?:calls?|requests?)|\b(?:api\s+)?(?:calls?|requests?)\b[^.;]{0,40}\b(?:limit(?:ed|s)?|cap(?:ped|s)?|quotas?|throttl\w*)|\bthrottl\w*|rate[\s-]limit\w*|(?:调用|请求|呼叫)(?:次数)?[^。；]{0,10}(?:上限|限额|限制|限流|配额)|上限[^。；]{0,12}次|限额|限流/;
const UNLIMITED =
  /\bnot\b|\bno\b|unlimited|without (?:any )?limit|不限|不设|无上限|不受限制|不作限制/;
const CALL_LIMIT =
  /(?:[零〇一二两兩三四五六七八九十百千万萬壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+\s*\(\s*)?([\d,]+)\s*\)?\s*(?:api\s+)?(?:calls|requests|次)/;

/** API volume sold on top: "additional API calls can be purchased", "API调用按次收费". */
const API_PURCHASE =
  /(?:purchase|buy|pay for)[^.;]{0,30}\b(?:api|calls)\b|\b(?:api|calls)\b[^.;]{0,30}\b(?:purchased|charged|billed|chargeable)\b|api[^。；]{0,20}(?:收费|计费|付费|购买)/;

const FREE_WORDS = /\bno\b|\bnot\b|\bfree\b|without|不|免|无需|无须/;

/** Integration left to the customer: "Customer is responsible for integrating …", "甲方应自行负责". */
const CUSTOMER_INTEGRATES = new RegExp(
  [
    String.raw`${CUSTOMER_EN}\s+(?:is|shall be|will be|remains|shall remain)\s+(?:solely\s+|fully\s+)?responsible\s+for\b[^.;]{0,40}?(?:integrat|interfac|connect|develop)`,
    String.raw`${CUSTOMER_EN}\s+(?:shall|will|must)\s+(?:itself\s+)?(?:integrate|build|develop|perform)\b[^.;]{0,30}(?:integrations?|interfaces?|connectors?)`,
    String.raw`integrat\w*[^.;]{0,80}\bat\s+(?:the\s+)?(?:customer's|client's|its)\s+(?:own\s+|sole\s+)?(?:cost|expense|risk)`,
    String.raw`${CUSTOMER_ZH}(?:应|须|需|应当)?(?:自行|负责)[^。；，,]{0,30}?(?:集成|对接|整合|串接|介接|开发)`,
    String.raw`(?:集成|对接|整合|串接|介接)[^。；]{0,30}(?:应|须|需|均)?(?:由${CUSTOMER_ZH})?(?:自行)(?:负责|完成|承担|开发)`,
    String.raw`(?:集成|对接|整合|串接|介接)[^。；]{0,30}(?:费用|成本)?(?:由|应由)${CUSTOMER_ZH}(?:自行)?(?:负责|完成|承担)`,
  ].join("|")
);

/** The API only if and as the vendor chooses to offer it. */
const AS_AVAILABLE = zhRe(
  String.raw`\bas (?:and when )?available\b|\bif available\b|to the extent (?:available|(?:that )?(?:vendor|supplier|provider) makes)|where available|(?:that|which) (?:vendor|supplier|provider|it) (?:may )?(?:make|makes|chooses to make) available|at (?:vendor's|its|supplier's|provider's) (?:sole )?discretion|may (?:modify|change|discontinue|deprecate|withdraw|suspend) (?:the |any |its )?apis?|\bas[\s-]is\b(?=\s*(?:[,.;)]|$|and\b|basis|without))|\b(?:vendor|supplier|provider|it)\s+may\s+(?:\w+\s+){0,3}?(?:change|modify|discontinue|deprecate|withdraw|suspend)\w*[^.;]{0,30}\bat any time\b|视情况|酌情|(?:有权|可)(?:随时)?(?:调整|变更|停止|下线|关闭|修改)[^。；]{0,10}(?:api|接口)`
);

type Risk = { start: number; end: number; kinds: string[]; calls?: number; callsText?: string };

/** firstMatch, skipped where `pattern` (not global) matches nowhere: it would find nothing. */
function firstKept(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean) {
  return pattern.test(text) ? firstMatch(pattern, text, keep) : undefined;
}

/** The risks of the clause's sentences about integration (every sentence under its heading). */
function risksIn(clause: Clause, about: Sentence[]): Risk | undefined {
  let risk: Risk | undefined;
  const add = (kind: string, m: RegExpExecArray, offset: number) => {
    if (!risk) risk = { start: offset + m.index, end: offset + m.index + m[0].length, kinds: [] };
    if (!risk.kinds.includes(kind)) risk.kinds.push(kind);
  };
  for (const s of about) {
    const cap = firstKept(
      CAPPED,
      s.text,
      (m) => !UNLIMITED.test(m[0]) && !negatedAt(s.text, m.index)
    );
    if (cap) {
      add("capped", cap, s.start);
      const calls = CALL_LIMIT.exec(s.text);
      if (calls && risk!.calls === undefined) {
        risk!.calls = Number(calls[1].replace(/,/g, ""));
        const at = s.start + calls.index;
        risk!.callsText = clause.text.slice(at, at + calls[0].length).trim();
      }
    }
    const fee =
      chargedIn(s.text) ??
      firstKept(API_PURCHASE, s.text, (m) => !FREE_WORDS.test(m[0]) && !negatedAt(s.text, m.index));
    if (fee) add("charged", fee, s.start);
    const own = firstKept(
      CUSTOMER_INTEGRATES,
      s.text,
      (m) =>
        !negatedAt(s.text, m.index) &&
        !/无需|不必|无须|不需|\bnot\b/.test(m[0]) &&
        !VENDOR_WORD.test(m[0])
    );
    if (own) add("customer", own, s.start);
    const optional = firstKept(AS_AVAILABLE, s.text, (m) => !negatedAt(s.text, m.index));
    if (optional) add("as-available", optional, s.start);
  }
  return risk;
}

export const integration: TopicRule = {
  id: "integration",
  matches: deliveryMatches([SIGNAL], "integration"),
  judge(context, matched) {
    const { snapshot } = context;
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const under = underHeading(clause, "integration");
      // INTEGRATION does not look around: no sentence matches it where the whole clause does not.
      if (!under && !INTEGRATION.test(clause.norm)) continue;
      const parts = sentences(clause.norm);
      const about = under ? parts : parts.filter((s) => INTEGRATION.test(s.text));
      if (about.length === 0 && !under) continue;
      relevant.push(clause);
      const risk = risksIn(clause, about);
      if (!risk) continue;
      const values: Record<string, ReadValue> = {};
      const params: Record<string, string | number> = { kinds: risk.kinds.join(",") };
      if (risk.calls !== undefined) {
        values.apiCallLimit = { value: risk.calls, unit: "call", text: risk.callsText };
        params.calls = risk.calls;
      }
      if (risk.kinds.includes("charged")) values.integrationCharged = { value: true };
      if (risk.kinds.includes("customer")) values.integrationByCustomer = { value: true };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, risk.start, risk.end),
          "medium",
          { code: "api-limited", params },
          values,
          { namedSystems: true, apiDocumentation: true }
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, context.topic), findings, clauses: relevant };
  },
};
