/**
 * Readers for the key terms no topic rule reports (keyTerms.ts): the term's length, the notice to
 * terminate, the breach notice, when and how often fees are paid, the user count, where data is
 * stored, and whether the contract renews automatically. Each reads one clause's normalised text
 * and returns the span it read (offsets into the clause's text) — or nothing: a reader that is not
 * sure says nothing, as the overview shows only what the document states.
 */
import { findCounts } from "./numbers/counts";
import { findDurations, type Duration, type DurationUnit } from "./numbers/quantities";
import type { Clause } from "./segment";
import { AS_QUOTED, sentences, type Sentence } from "./topics/reading";
import { AUTO_RENEWAL, BOTH_CONFIRM, NO_AUTO_RENEWAL } from "./topics/termRenewal";
import type { ReadValue } from "./types";

/** What a reader found: the value, and where in the clause it is written. */
export type Read = { value: ReadValue | string; start: number; end: number };
export type Reader = (clause: Clause) => Read | undefined;

/** A duration as a read value, quoted from the clause as written (norm is lower-cased). */
function durationValue(clause: Clause, d: Duration): Read {
  const text = clause.text.slice(d.start, d.end);
  return { value: { value: d.value, unit: d.unit, text }, start: d.start, end: d.end };
}

/** The first duration of `units` in `s` that `keep` accepts, judged by the words around it. */
function firstDuration(
  clause: Clause,
  s: Sentence,
  units: DurationUnit[],
  keep: (before: string, after: string) => boolean
): Read | undefined {
  for (const d of findDurations(s.text)) {
    if (!units.includes(d.unit)) continue;
    const before = s.text.slice(Math.max(0, d.start - 30), d.start);
    const after = s.text.slice(d.end, d.end + 40);
    if (keep(before, after)) {
      return durationValue(clause, { ...d, start: s.start + d.start, end: s.start + d.end });
    }
  }
  return undefined;
}

function eachSentence(clause: Clause, read: (s: Sentence) => Read | undefined) {
  for (const s of sentences(clause.norm, AS_QUOTED)) {
    const found = read(s);
    if (found) return found;
  }
  return undefined;
}

// ── Term and renewal ─────────────────────────────────────────────────────────────────────────────

/** The contract's own term: "initial subscription term is one (1) year", "初始服务期为一年". */
const TERM =
  /\b(?:initial (?:subscription |service )?term|subscription term|service term|contract term|term of (?:this|the) (?:agreement|contract|subscription)|(?:agreement|contract) term)\b|(?:初始)?(?:服务期限?|订阅期限?|合同期限|协议期限|合同有效期|协议有效期|有效期限?)/g;
/** Between the term and its length: nothing about notice, expiry or renewal. */
const NOT_LENGTH =
  /notice|notif|before|prior|within|after|renew|expir|end of|通知|提前|之前|以前|届满|续|延|内/;

export const termLength: Reader = (clause) =>
  eachSentence(clause, (s) => {
    TERM.lastIndex = 0;
    for (let m = TERM.exec(s.text); m; m = TERM.exec(s.text)) {
      const from = m.index + m[0].length;
      const d = findDurations(s.text.slice(from, from + 50)).find(
        (d) => d.unit === "year" || d.unit === "month"
      );
      if (!d || NOT_LENGTH.test(s.text.slice(from, from + d.start))) continue;
      const at = s.start + from;
      return durationValue(clause, { ...d, start: at + d.start, end: at + d.end });
    }
    return undefined;
  });

/** A clause's run-in title ("5.2 Initial Term and Automatic Renewal."): short, no verb. */
const CAPTION_VERB = /\b(?:shall|will|may|must|is|are|be|renews?|expires?)\b|[\u4e00-\u9fff]/;
const isCaption = (s: Sentence) => s.text.length <= 60 && !CAPTION_VERB.test(s.text);
/** The rest of a word the renewal patterns stop inside: "Automatic Renew|al", "自动续|约". */
const WORD_REST = /^(?:[a-z]+|[约期订签展延续费])/;

/**
 * As the term-renewal rule reads it: the clause renews automatically unless that is negated or left
 * to both parties. The words are quoted from the first sentence that says it, not a clause's title.
 */
export const automaticRenewal: Reader = (clause) => {
  const norm = clause.norm;
  const no = NO_AUTO_RENEWAL.test(norm) || BOTH_CONFIRM.test(norm);
  if (!no && !AUTO_RENEWAL.test(norm)) return undefined;
  const patterns = no ? [NO_AUTO_RENEWAL, BOTH_CONFIRM] : [AUTO_RENEWAL];
  const all = sentences(norm, AS_QUOTED);
  for (const s of [...all.filter((s) => !isCaption(s)), ...all.filter(isCaption)]) {
    for (const pattern of patterns) {
      const m = pattern.exec(s.text);
      if (!m) continue;
      const start = s.start + m.index;
      let end = start + m[0].length;
      end += WORD_REST.exec(norm.slice(end))?.[0].length ?? 0;
      return { value: { value: !no, text: clause.text.slice(start, end) }, start, end };
    }
  }
  return undefined;
};

// ── Notices ──────────────────────────────────────────────────────────────────────────────────────

const TERMINATES = /terminat|cancel|解除|终止/;
const NOTICE = /notice|notif|通知/;
/** A cure period ("fails to cure within thirty days after notice") is not a notice period. */
const CURE = /\bcure|remed|fails? to|未(?:能)?(?:纠正|改正|补救|履行)|仍未|逾期/;
const VENDOR = /vendor|supplier|provider|licensor|乙方|供应商|服务商/;
const CUSTOMER =
  /customer|purchaser|client|licensee|subscriber|either party|each party|甲方|客户|任何一方|任一方|双方/;
/** "thirty (30) days' written notice", "notice of 60 days", "提前三十日书面通知", "30日前通知". */
const NOTICE_AFTER =
  /^\s*'?s?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice|^(?:前|之前|以前)?[^。；，,]{0,6}?(?:书面)?通知/;
const NOTICE_BEFORE = /notice (?:period )?of (?:at least |not less than )?$|提前\s*$/;

/** Who acts first in a sentence: the customer (or either party) — not the vendor's own notices. */
function customerActs(text: string): boolean {
  const vendor = VENDOR.exec(text);
  const customer = CUSTOMER.exec(text);
  return customer !== null && (vendor === null || customer.index < vendor.index);
}

/** The customer's notice to terminate (for convenience, or either party's). */
export const terminationNotice: Reader = (clause) =>
  eachSentence(clause, (s) => {
    if (!TERMINATES.test(s.text) || !NOTICE.test(s.text) || CURE.test(s.text)) return undefined;
    if (!customerActs(s.text)) return undefined;
    return firstDuration(
      clause,
      s,
      ["day", "business-day", "week", "month"],
      (before, after) => NOTICE_AFTER.test(after) || NOTICE_BEFORE.test(before)
    );
  });

const DATA_BREACH =
  /(?:data|security|personal (?:data|information)) (?:breach|incident)|breach of security|security breach|unauthori[sz]ed (?:access|disclosure)|(?:数据|信息)?(?:泄露|泄漏)|安全事件|数据事故/;
const INFORMS = /notif|inform|report|通知|告知|报告/;
const WITHIN_BEFORE = /within\s*$|no later than\s*$|不迟于\s*$|于\s*$|在\s*$/;
const WITHIN_AFTER = /^\s*(?:内|以内|之内)/;

/** How soon the vendor tells the customer of a data breach: "within twelve (12) hours". */
export const breachNotice: Reader = (clause) =>
  eachSentence(clause, (s) => {
    if (!DATA_BREACH.test(s.text) || !INFORMS.test(s.text)) return undefined;
    return firstDuration(
      clause,
      s,
      ["minute", "hour", "day", "business-day"],
      (before, after) => WITHIN_BEFORE.test(before) || WITHIN_AFTER.test(after)
    );
  });

// ── Fees and payment ─────────────────────────────────────────────────────────────────────────────

const PAYS = /\bpa(?:y|ys|id|yable|yment)\b|\bdue\b|支付|付款|付清|缴纳|结算|计收/;
/** Payment that is not the fee schedule: overage, late payment, refunds, invoices issued. */
const NOT_SCHEDULE =
  /overage|in excess|exceed|late|overdue|interest|suspend|refund|issue|超额|超出|逾期|滞纳|违约金|暂停|退[还款]|开具|开票|发票/;
const PERIODS: [string, RegExp][] = [
  [
    "quarter",
    /\bquarterly(?: in (?:arrears|advance))?|\b(?:each|per) (?:calendar )?quarter\b|按(?:自然)?季度?(?:预付|后付|支付|付款|结算)?|每(?:个)?(?:自然)?季度?|季付/,
  ],
  [
    "month",
    /\bmonthly(?: in (?:arrears|advance))?|\b(?:each|per) (?:calendar )?month\b|按月(?:预付|后付|支付|付款)|月付/,
  ],
  [
    "year",
    /\bannual(?:ly)?(?: in (?:arrears|advance))?|\byearly\b|\b(?:each|per) (?:subscription )?(?:year|annum)\b|按(?:服务)?年度?(?:预付|支付|付款|计收)|年付/,
  ],
  ["milestone", /\bmilestones?\b|里程碑|按(?:项目)?(?:进度|阶段)/],
];

/** How often fees fall due: quarterly, monthly, yearly or by milestone — the first one stated. */
export const paymentPeriod: Reader = (clause) =>
  eachSentence(clause, (s) => {
    if (!PAYS.test(s.text) || NOT_SCHEDULE.test(s.text)) return undefined;
    let best: Read | undefined;
    for (const [period, pattern] of PERIODS) {
      const m = pattern.exec(s.text);
      if (!m || (best && best.start <= s.start + m.index)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      best = { value: { value: period, text: clause.text.slice(start, end) }, start, end };
    }
    return best;
  });

/** Days to pay: "within ten (10) days after the Effective Date", "十（10）个工作日内…支付". */
export const paymentDays: Reader = (clause) =>
  eachSentence(clause, (s) => {
    if (!PAYS.test(s.text) || NOT_SCHEDULE.test(s.text)) return undefined;
    return firstDuration(
      clause,
      s,
      ["day", "business-day"],
      (before, after) => /(?:within|net)\s*$/.test(before) || WITHIN_AFTER.test(after)
    );
  });

// ── Users ────────────────────────────────────────────────────────────────────────────────────────

const LABEL = /^\s*(?:(?:section|article|clause)\s+)?\d+(?:\.\d+)+\.?\s/;

/** The user count a licence states ("50 Named Users", "80 named users", "50个授权用户"). */
export const userCount: Reader = (clause) => {
  // "2.2 Users." is a clause number and its title, not two users.
  const label = LABEL.exec(clause.norm)?.[0].length ?? 0;
  const count = findCounts(clause.norm).find((c) => c.what === "users" && c.start >= label);
  if (!count) return undefined;
  const text = clause.text.slice(count.start, count.end);
  return { value: { value: count.value, unit: "user", text }, start: count.start, end: count.end };
};

// ── Data ─────────────────────────────────────────────────────────────────────────────────────────

const STORED =
  /\bstor(?:e|ed|age|ing)\b|\bhost(?:ed|ing)?\b|data cent(?:er|re)s?|\bregion\b|\blocated\b|存储|储存|存放|托管|数据中心|机房|服务器/;
/** Places as a contract names them, the narrower first ("East China 2" before "China"). */
const PLACE =
  /\b(?:east|north|south|west|southwest|northwest) china(?: \d+)?\b|mainland china|(?:the )?people's republic of china|\bprc\b|\bchina\b|\bbeijing\b|\bshanghai\b|\bshenzhen\b|\bguangzhou\b|\bhangzhou\b|united states|\bu\.s\.|\busa\b|singapore|hong kong|\bjapan\b|\beurope\b|\beu\b|ireland|germany|frankfurt|united kingdom|中国(?:大陆|境内|内地)|中华人民共和国境内|中华人民共和国|中国|境内|华东|华北|华南|北京|上海|深圳|广州|杭州|美国|新加坡|香港|日本|欧洲|欧盟|德国|英国/;

/** Where customer data is stored: the first place named beside storing or hosting it. */
export const dataLocation: Reader = (clause) =>
  eachSentence(clause, (s) => {
    if (!STORED.test(s.text)) return undefined;
    const m = PLACE.exec(s.text);
    if (!m) return undefined;
    const start = s.start + m.index;
    const end = start + m[0].length;
    return { value: clause.text.slice(start, end), start, end };
  });
