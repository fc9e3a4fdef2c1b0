/**
 * data-access — 数据访问权限. Risky: the vendor's staff may access customer data freely or whenever the
 * vendor thinks fit ("to the extent Vendor considers necessary", "有权访问甲方数据"), with no access log.
 * Meets: access only as needed to provide the service (least privilege, need to know, or with the
 * customer's consent), every access logged and the logs available to the customer.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { blank, forbidding, isBody, sentences, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/** Cheap pre-filter: an access word and a data / account word (or an access-control term). */
const ACCESS_WORD = /access|访问|訪問|查看|查阅|查閱|调取|調取|调阅|調閱|存取|接触|接觸/;
const DATA_WORD = /data|instance|account|tenant|数据|數據|资料|資料|账号|帳號|賬號|账户|帳戶/;
const ACCESS_CONTROL =
  /access logs?|audit (?:trail|logs?)|least[\s-]privilege|ip (?:allow|white)[\s-]?list|访问(?:日志|记录)|訪問(?:日誌|記錄)|最小(?:权限|權限)|ip\s*白名[单單]/;

/**
 * Words ACCESS_WORD or ACCESS_CONTROL cannot match without: one cheap scan rules out most clauses.
 * Traditional forms only where normalisation keeps them (訪問, 查閱, 調取, 調閱, 記錄, 日誌 are
 * folded: normalize.ts).
 */
const ACCESS_WORDS =
  /access|audit|least|ip allow|ip white|访问|查看|查阅|调取|调阅|存取|接触|接觸|最小|白名/;

/** Who acts: the vendor or its staff ("its personnel", "运维人员"), or the customer and its staff. */
const VENDOR_SOURCE = String.raw`\b(?:vendor|supplier|provider|licensor|contractor|personnel|staff|employees|engineers|subcontractors|we|our)\b|乙方|服务商|服務商|供应商|供應商|厂商|廠商|服务方|服務方|人员|人員|员工|員工|工程师|工程師`;
const CUSTOMER_SOURCE = String.raw`\b(?:customer|client|licensee|subscriber|you|your)(?:'s)?(?: (?:personnel|staff|employees|administrators?|users?))?\b|(?:甲方|客户|客戶)(?:的)?(?:人员|人員|员工|員工|管理员|管理員|用户|用戶)?`;
const VENDOR = new RegExp(VENDOR_SOURCE, "g");
const CUSTOMER = new RegExp(CUSTOMER_SOURCE, "g");
const VENDOR_NAMED = new RegExp(VENDOR_SOURCE);
const VENDOR_FIRST = new RegExp(`^(?:${VENDOR_SOURCE})`);
const CUSTOMER_FIRST = new RegExp(`^(?:${CUSTOMER_SOURCE})`);
/** What may come before the subject of a part: a clause number, a conjunction, an article. */
const LEAD =
  /^\s*(?:[\d.]+\s+|第[^条條]{1,6}[条條]\s*|\((?:[一二三四五六七八九十\d]+|[a-z]{1,3})\)\s*|[一二三四五六七八九十]+、\s*)?(?:(?:and|but|provided that|however|thereafter|the|its|其|且|并|並|但)\s*)*/;
/** "Vendor's website" / "乙方支持的浏览器" name a thing; "Vendor's personnel" / "乙方的人员" an actor. */
const OWNED_THING =
  /^(?:'s|的)\s*(?!(?:\w+ )?(?:personnel|staff|employees|engineers|subcontractors|affiliates)|(?:[^,。;]{0,6})?(?:人员|人員|员工|員工|工程师|工程師))/;

/** Without a subject at the head of a part, the vendor must be named close before the verb. */
const ACTOR_REACH = 40;
/** The customer's data, masked before looking for the actor ("Customer Data may be accessed by …"). */
const DATA_OBJECT =
  /\b(?:(?:customer|client)(?:'s)?|your) (?:data|content|instance|accounts?|environment|tenant|database|systems?|personal data)\b|personal (?:data|information)|(?:甲方|客户|客戶|用户|用戶)[^。;,]{0,6}?(?:数据|數據|资料|資料|账号|帳號|賬號|账户|帳戶|实例|實例|数据库|資料庫|系统|系統|环境|環境|租户|租戶)/;
const DATA_OBJECTS = new RegExp(DATA_OBJECT.source, "g");
/** Not after "无法 / unable to": "liable for data that cannot be accessed" grants no access. */
const ACCESS_VERB =
  /(?<!无法|無法|不能|unable to |inability to )(?:\baccess(?:es|ed|ing)?\b|\bview\b|\bretrieve\b|访问|訪問|查看|查阅|查閱|调取|調取|调阅|調閱|存取|接触|接觸)/g;
const PASSIVE_BY_VENDOR =
  /^[^.;。]{0,40}?\bby (?:the )?(?:vendor|supplier|provider|licensor)(?:'s)?\b|^[^。;]{0,10}?(?:由|被)(?:乙方|服务商|服務商|供应商|供應商)/;

/** Security incidents and the customer's own duties are other topics ("unauthorized access"). */
const UNAUTHORIZED =
  /unauthori[sz]ed access|未经授权(?:的)?访问|未經授權(?:的)?訪問|非法访问|非法訪問/;

const NEGATED = forbidding(
  String.raw`\bnot (?:permitted|entitled|allowed)\b`,
  String.raw`\bno (?:vendor )?(?:personnel|staff|employee)s? (?:shall|may|will)\b`,
  "不可|无权|未经"
);
/** The vendor decides for itself, or the access is open-ended. */
const DISCRETION =
  /(?:vendor|supplier|provider|licensor|it|we) (?:considers?|deems?|determines?|believes?|thinks?)|\bwhenever\b|in (?:its|vendor's) (?:sole |absolute )?discretion|at (?:its|vendor's) (?:sole |absolute )?discretion|at any time|for any purpose|as (?:vendor|it) (?:sees|thinks) fit|without (?:the )?(?:customer's )?(?:prior )?(?:consent|notice|approval|authori[sz]ation)|including but not limited to|自行(?:决定|決定|判断|判斷)|认为(?:必要|需要|适当|合适)|認為(?:必要|需要|適當|合適)|随时|隨時|任何目的|无需[^。;]{0,10}(?:同意|通知|授权)|無需[^。;]{0,10}(?:同意|通知|授權)|包括但不限于|包括但不限於/;
/** Access limited to need, least privilege or the customer's consent. */
const RESTRICTED =
  /\b(?:customer|client)\b[^.;]{0,10}\b(?:grants?|authori[sz]es?|permits?)\b(?! users)|甲方[^。;]{0,6}(?:授权|授權)(?!用户|用戶)|\bonly\b|\bsolely\b|\bexclusively\b|strictly necessary|need[\s-]to[\s-]know|least[\s-]privilege|minimum necessary|limited to|(?:with|upon|subject to) (?:the )?customer's (?:prior )?(?:written )?(?:consent|approval|authori[sz]ation|request|instruction)|at (?:the )?customer's (?:request|instruction)|仅|僅|只(?:能|可|限|在|为|為)|限于|限於|最小(?:权限|權限|必要)|确需|確需|必要(?:的)?范围|必要(?:的)?範圍|经甲方|經甲方|应甲方|應甲方|甲方(?:事先)?(?:书面)?(?:同意|授权|批准)后|甲方(?:事先)?(?:書面)?(?:同意|授權|批准)後/;
/** "log" alone would match "log in". */
const LOGGED =
  /\blogs\b|\blogged\b|\blogging\b|access log|audit (?:trail|log)|record(?:s|ed)? (?:of )?(?:all |each |every )?access|日志|日誌|留痕|(?:访问|訪問|操作)(?:记录|記錄)|(?:记录|記錄)(?:在案|每次|每一次|所有)/;
const NO_LOGS =
  /(?:no|not (?:be )?(?:obliged|obligated|required)) (?:obligation )?to (?:keep|maintain|provide|retain|make available)[^.;]{0,30}logs|logs? (?:are|is|will) not (?:be )?(?:kept|maintained|provided|retained|available)|不(?:提供|保存|保留|记录|記錄)[^。;]{0,10}(?:日志|日誌|访问记录|訪問記錄)|无(?:需|义务)[^。;]{0,10}(?:提供|保存|保留)[^。;]{0,10}(?:日志|日誌)|無(?:需|義務)[^。;]{0,10}(?:提供|保存|保留)[^。;]{0,10}(?:日誌)/;

type Kind = "discretionary" | "unrestricted" | "no-logs";
type Risk = { kind: Kind; start: number; end: number; written: string };

/** End of the last match of `pattern` before `at`, or -1. */
function lastMatchBefore(pattern: RegExp, text: string, at: number): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && m.index < at; m = pattern.exec(text)) {
    last = m.index + m[0].length;
  }
  return last;
}

type Verb = { index: number; length: number };

/** The subject of the words before `at`: the nearest comma-separated part that opens with a party. */
function subjectBefore(text: string, at: number): "vendor" | "customer" | undefined {
  const parts = text.slice(0, at).split(/[,:]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i].replace(LEAD, "");
    const customer = CUSTOMER_FIRST.exec(part);
    if (customer) return "customer";
    const vendor = VENDOR_FIRST.exec(part);
    if (vendor && !OWNED_THING.test(part.slice(vendor[0].length))) return "vendor";
  }
  return undefined;
}

/** The access verbs in a sentence that the vendor performs on the customer's data. */
function vendorAccesses(sentence: string): Verb[] {
  if (!DATA_OBJECT.test(sentence) || UNAUTHORIZED.test(sentence)) return [];
  // The customer's data blanked out, so the "customer" in "Customer Data" is not taken for an actor.
  const plain = blank(sentence, DATA_OBJECTS);
  const out: Verb[] = [];
  ACCESS_VERB.lastIndex = 0;
  for (let m = ACCESS_VERB.exec(plain); m; m = ACCESS_VERB.exec(plain)) {
    const byVendor = PASSIVE_BY_VENDOR.test(sentence.slice(m.index + m[0].length));
    let subject = subjectBefore(plain, m.index);
    if (subject === undefined) {
      const vendorAt = lastMatchBefore(VENDOR, plain, m.index);
      const customerAt = lastMatchBefore(CUSTOMER, plain, m.index);
      if (vendorAt >= 0 && vendorAt > customerAt && m.index - vendorAt <= ACTOR_REACH) {
        subject = "vendor";
      }
    }
    if (byVendor || subject === "vendor") {
      out.push({ index: m.index, length: m[0].length });
    }
  }
  return out;
}

/** Where the vendor's part of a sentence ends: at the first later part whose subject is the customer. */
function scopeEnd(text: string, from: number): number {
  const part = /[,:]/g;
  part.lastIndex = from;
  for (let m = part.exec(text); m; m = part.exec(text)) {
    if (CUSTOMER_FIRST.test(text.slice(m.index + 1).replace(LEAD, ""))) return m.index;
  }
  return text.length;
}

/** The risk a sentence carries, if any, with the span of the words that carry it. */
function riskIn(s: Sentence, logged: boolean): Risk | undefined {
  const noLogs = NO_LOGS.exec(s.text);
  if (noLogs) return span("no-logs", s, noLogs);
  const accesses = vendorAccesses(s.text);
  if (accesses.length === 0) return undefined;
  const [first] = accesses;
  const head = s.text.slice(0, first.index);
  // "Vendor shall not access Customer Data except …" / "未经甲方书面同意，乙方不得访问" protect the customer.
  if (NEGATED.test(head)) return undefined;
  // "…，甲方可随时查阅" is the customer's freedom, not the vendor's: stop where the customer takes over.
  const scope = s.text.slice(0, scopeEnd(s.text, first.index));
  const discretion = DISCRETION.exec(scope);
  if (discretion) return span("discretionary", s, discretion);
  if (!RESTRICTED.test(s.text) && !logged) {
    const start = s.start + first.index;
    const written = s.text.slice(first.index, first.index + first.length);
    return { kind: "unrestricted", start, end: start + first.length, written };
  }
  return undefined;
}

function span(kind: Kind, s: Sentence, m: RegExpExecArray): Risk {
  return { kind, start: s.start + m.index, end: s.start + m.index + m[0].length, written: m[0] };
}

/** Does the clause really speak about the vendor's access to customer data (or its controls)? */
function addresses(said: Sentence[]): boolean {
  return said.some(
    (s) =>
      vendorAccesses(s.text).length > 0 ||
      NO_LOGS.test(s.text) ||
      // "all access is logged" is about the vendor's access only when the vendor is in the sentence
      (ACCESS_CONTROL.test(s.text) && VENDOR_NAMED.test(s.text))
  );
}

export const dataAccess: TopicRule = {
  id: "data-access",
  matches: (clause) =>
    isBody(clause) &&
    ACCESS_WORDS.test(clause.norm) &&
    ((ACCESS_WORD.test(clause.norm) && DATA_WORD.test(clause.norm)) ||
      ACCESS_CONTROL.test(clause.norm)),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const relevant: { clause: Clause; said: Sentence[] }[] = [];
    for (const clause of matched) {
      const said = sentences(clause.norm);
      if (addresses(said)) relevant.push({ clause, said });
    }
    // A log anywhere in the topic's clauses ("all access is logged and available to Customer") counts.
    const logged = relevant.some(({ said }) =>
      said.some((s) => LOGGED.test(s.text) && !NO_LOGS.test(s.text))
    );
    const position = {
      accessLogged: topic.position.accessLogged ?? true,
      leastPrivilege: topic.position.leastPrivilege ?? true,
    };
    const findings: Finding[] = [];
    for (const { clause, said } of relevant) {
      // One finding per clause: its first risky sentence.
      let risk: Risk | undefined;
      for (const s of said) {
        risk = riskIn(s, logged);
        if (risk) break;
      }
      if (!risk) continue;
      const written = clause.text.slice(risk.start, risk.end);
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, risk.start, risk.end),
          "medium",
          { code: "free-access", params: { kind: risk.kind, written } },
          { vendorAccess: { value: risk.kind, text: written }, accessLogged: { value: logged } },
          position
        )
      );
    }
    const clauses = relevant.map((r) => r.clause);
    return { verdict: verdictOf(findings, clauses, topic), findings, clauses };
  },
};
