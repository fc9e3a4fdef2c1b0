/**
 * liability-cap — 责任限制. Risky: the vendor's liability capped below the fees of the last 12 months
 * ("the fees paid in the one (1) month preceding the claim", "前一个月内…订阅费为上限"); loss of data
 * excluded, or data breaches and confidentiality breaches left under the cap. Meets: a cap of at least
 * 12 months' fees, with data breaches, confidentiality and wilful misconduct uncapped.
 */
import { around, anchorIn } from "../clauseText";
import { parseChineseNumeral } from "../numbers/chineseNumeral";
import { findMoney, type Money } from "../numbers/money";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { DocumentSnapshot } from "../snapshot";
import type { Finding, ReadValue } from "../types";
import { isBody, sentences, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /liabilit|liable|damages|limitations?\b|\bcap\b|责任|責任|赔偿|賠償|损失|損失|上限|为限|為限|限制/;

/** A cap: "aggregate liability … shall not exceed", "赔偿责任…以…为上限". */
const CAP =
  /(?:aggregate|total|cumulative|maximum|entire|overall|collective|combined)\s+liabilit|liabilit[^.;]{0,160}?\b(?:not|no event|never|no circumstances)\b[^.;]{0,20}?\bexceed|liabilit[^.;]{0,120}?\b(?:limited|capped)\s+(?:to|at)\b|\b(?:cap|limit)\s+on\s+(?:\w+\s+)?liabilit|shall not be liable[^.;]{0,80}in excess of|(?:赔偿|賠償|责任|責任)[^。;]{0,80}?(?:上限|为限|為限|不超过|不超過|不得超过|不得超過|最高|总额|總額|累计|累計)|(?:上限|为限|為限|不超过|不超過)[^。;]{0,40}(?:赔偿|賠償|责任|責任)/;
/** An exclusion of kinds of loss: "in no event … liable for … indirect damages, loss of data". */
const EXCLUSION =
  /not (?:be )?liable|\bneither\b[^.;]{0,40}\bliable|no liability|in no event[^.;]{0,80}liable|shall not be responsible|disclaim[^.;]{0,40}liabilit|exclud\w* (?:all )?liabilit|不(?:承担|承擔|负|負)[^。;]{0,30}(?:责任|責任|赔偿|賠償)|不对[^。;]{0,40}(?:承担|承擔)[^。;]{0,10}(?:责任|責任)|不對[^。;]{0,40}承擔[^。;]{0,10}責任|免除[^。;]{0,10}(?:责任|責任)|不予赔偿|不予賠償/;
const LOSS_KINDS =
  /indirect|consequential|incidental|special|punitive|exemplary|loss of (?:profits?|revenue|data|goodwill|business|use)|lost profits|间接|間接|附带|附帶|惩罚性|懲罰性|特殊损失|特殊損失|利润损失|利潤損失|预期利益|預期利益|商誉|商譽/;
const SECTION = /limitation of liability|liability cap|责任限制|責任限制|责任上限|責任上限/;
/** A sentence can carve out of a cap only when it speaks of liability or limits. */
const LIMIT_WORDS = /liabilit|责任|責任|赔偿|賠償|\bcap\b|上限|limit|限制|限額|限额/;
/** What CAP and EXCLUSION each need (liable / liability, 责任, 赔偿, "shall not be responsible"). */
const DUTY = /liab|responsible|责任|責任|赔偿|賠償/;
/** DUTY or LIMIT_WORDS: a sentence with neither is no cap, exclusion, carve-out or SECTION. */
const LIABILITY_WORDS = new RegExp(`${DUTY.source}|${LIMIT_WORDS.source}`);
const ENDS_WITH_COLON = /:\s*$/;

/** Caps on service credits or liquidated damages are other topics' numbers. */
const OTHER_CAPS =
  /service credits?|liquidated damages|服务抵扣|服務抵扣|服务积分|违约金|違約金|服务费减免|服務費減免/;
/** A cap on the customer's liability alone does not hurt the customer. */
const CUSTOMER_ONLY =
  /^\s*(?:[\d.]+\s*)?(?:[^.;。]{0,20})?\b(?:customer|client|licensee|subscriber)(?:'s)? (?:aggregate |total )?liabilit|^\s*(?:[\d.]+\s*)?(?:[^。;]{0,10})?(?:甲方|客户|客戶)(?:的|在)[^。;]{0,20}(?:赔偿|賠償)?(?:责任|責任)/;

/** Loss of data excluded, or data / confidentiality named under a cap. */
const DATA_LOSS =
  /loss of (?:[a-z, ]{0,60}?)\bdata\b|data loss|(?:loss|corruption|destruction) of (?:or (?:damage|injury) to )?(?:customer )?data|(?:数据|數據|资料|資料)(?:的)?(?:丢失|丟失|遗失|遺失|毁损|毀損|损毁|損毀|损坏|損壞|灭失|滅失|泄露|洩露)/;
/** What a carve-out must name: data breaches / data protection, and confidentiality. */
const CARVE_DATA =
  /data (?:protection|security|breach|privacy)|(?:customer|client|purchaser|buyer|licensee|subscriber) data|personal (?:data|information)|security (?:breach|incident)|(?:数据|數據|资料|資料)(?:安全|保护|保護|泄露|洩露|泄漏|洩漏)|(?:甲方|客户|客戶)(?:的)?(?:数据|數據|资料|資料)|个人信息|個人信息|個人資料/;
const CARVE_SECRETS = /confidential|保密|機密|机密/;
const DATA_OR_SECRETS = new RegExp(`${CARVE_DATA.source}|${CARVE_SECRETS.source}`);
/** "The cap does not apply to breaches of confidentiality or data protection" — the uncapped list. */
const CARVE_OUT =
  /(?:shall|does|do|will) not (?:apply|limit)|\bneither\b[^.;]{0,80}\bappl(?:y|ies) to|not (?:be )?(?:subject to|limited by)|excluded from|except (?:for|in the case of|with respect to)|other than|不受[^。;]{0,20}(?:限制|上限|约束|約束)|不适用|不適用|不在此限|除外/;
/** The customer's indemnity being uncapped is the reverse of a protection. */
const CUSTOMER_OBLIGATION =
  /customer's (?:obligations|liability|indemnit)|customer shall (?:defend|indemnify|pay)|(?:甲方|客户|客戶)(?:应当|应|應當|應)?(?:赔偿|賠償)|由甲方/;

const FEE_WORDS = /fees?|amounts?|paid|payable|charges|price|费|費|支付|付款|价款|價款/;
const ONE_MONTH =
  /\bmonthly (?:subscription )?(?:fees?|charges?)|(?:one|a|1) month's|the (?:calendar )?month in which|(?:that|such) month|当月|當月|该月|該月|上月|月度(?:订阅|訂閱|服务|服務)?费|月度(?:订阅|訂閱|服务|服務)?費|月(?:服务|服務|订阅|訂閱)费|每月(?:的)?(?:服务|服務|订阅|訂閱)?费用/;
const ONE_QUARTER =
  /(?:one|a|1|single|calendar) quarter|quarterly (?:fees?|charges?)|(?:一个|一個|单|單|当|當)季度?/;
const ONE_YEAR =
  /\bannual (?:subscription )?(?:fees?|charges?)|(?:one|a|1) year's|yearly fees?|twelve-month|12-month|年度(?:订阅|訂閱|服务|服務)?费|年度(?:订阅|訂閱|服务|服務)?費|年费|年費/;
const MULTIPLIER =
  /(\d+(?:\.\d+)?|one|two|three|four|five|six|twice|double|triple|[一二两兩三四五六])\s*(?:times|x|倍)/;
const MULTIPLIER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twice: 2,
  double: 2,
  triple: 3,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

/**
 * The words a carve-out covers: after "except for / shall not apply to" in English, and in Chinese
 * the part from "但" up to "除外 / 不受…限制" — not the exclusion the sentence began with.
 */
function carvedText(text: string): string | undefined {
  const m = CARVE_OUT.exec(text);
  if (!m) return undefined;
  if (/[\u4e00-\u9fff]/.test(m[0])) {
    const head = text.slice(0, m.index + m[0].length);
    const but = Math.max(head.lastIndexOf("但"), head.lastIndexOf("惟"));
    return head.slice(Math.max(0, but));
  }
  return text.slice(m.index);
}

/** A period in months as a contract counts them: a year is 12, a day 1/30. */
function monthsOf(d: Duration): number {
  if (d.unit === "year") return d.value * 12;
  if (d.unit === "month") return d.value;
  if (d.unit === "week") return (d.value * 7) / 30;
  return d.hours / 720;
}

type CapReading = { months: number; start: number; end: number; written: string; amount?: Money };

/** How many months of fees a cap sentence allows, when it says so in months, years or a sum. */
function capMonthsIn(s: Sentence, annualFees: () => Money[]): CapReading | undefined {
  const text = s.text;
  const times = MULTIPLIER.exec(text);
  const factor = times ? Number(times[1]) || MULTIPLIER_WORDS[times[1]] || 1 : 1;
  const at = (months: number, index: number, length: number): CapReading => ({
    months: Math.round(months * factor * 100) / 100,
    start: s.start + index,
    end: s.start + index + length,
    written: text.slice(index, index + length),
  });
  // "the fees paid in the one (1) month / twelve (12) months preceding the claim".
  const periods = findDurations(text).filter((d) =>
    FEE_WORDS.test(around(text, d.start, d.end, 60, 40))
  );
  if (periods.length > 0) {
    const d = periods.reduce((a, b) => (b.hours > a.hours ? b : a));
    return at(monthsOf(d), d.start, d.end - d.start);
  }
  for (const [pattern, months] of [
    [ONE_MONTH, 1],
    [ONE_QUARTER, 3],
    [ONE_YEAR, 12],
  ] as const) {
    const m = pattern.exec(text);
    if (m) return at(months, m.index, m[0].length);
  }
  // A fixed sum: compared with the contract's own yearly fees, when it states them.
  const sums = findMoney(text);
  const fees = sums.length > 0 ? annualFees() : [];
  if (fees.length > 0) {
    const cap = sums.reduce((a, b) => (b.amount > a.amount ? b : a));
    const yearly = fees
      .filter((f) => f.currency === cap.currency)
      .reduce((a, f) => Math.max(a, f.amount), 0);
    if (yearly > 0) {
      const reading = at((12 * cap.amount) / yearly, cap.start, cap.end - cap.start);
      return { ...reading, months: Math.round((12 * cap.amount * 10) / yearly) / 10, amount: cap };
    }
  }
  return undefined;
}

/** The contract's yearly fees (order form totals, "per year" prices) for judging a fixed cap. */
const YEARLY =
  /per (?:year|annum)|annual|yearly|each year|first (?:subscription )?year|total|\/\s*年|每年|年度|合计|合計|总计|總計/;
/** Every currency word or sign findMoney reads (its prefixes and suffixes): a line without one has no sum. */
const CURRENCY = /[$¥￥€£元]|人民币|港币|rmb|cny|usd|eur|hkd|sgd|gbp|dollar/i;

function annualFeesOf(snapshot: DocumentSnapshot, normalized: readonly string[]): Money[] {
  // Table cells of one row read together: "合计 | 首个服务年度应付费用 | … | ¥300,000.00".
  const lines: string[] = [];
  let row: string | undefined;
  for (const p of snapshot.paragraphs) {
    const key = p.table ? `${p.table.table}:${p.table.row}` : undefined;
    if (key !== undefined && key === row) lines[lines.length - 1] += ` | ${normalized[p.index]}`;
    else lines.push(normalized[p.index]);
    row = key;
  }
  const out: Money[] = [];
  for (const text of lines) {
    if (!/\d/.test(text) || !CURRENCY.test(text)) continue;
    for (const m of findMoney(text)) {
      if (YEARLY.test(around(text, m.start, m.end, 60, 30))) out.push(m);
    }
  }
  return out;
}

/** "breach of Clause 9", "Article VIII", "第十八条": the sections a carve-out points to. */
const REFERENCE =
  /\b(?:clauses?|sections?|articles?|art\.)\s+([ivxlc]+|\d+)\b|第([一二三四五六七八九十百零〇\d]+)[条條章]/g;
/** A heading's own number: "7. Customer Data", "Article VIII – Customer Data", "第十二条 保密". */
const HEADING_NUMBER =
  /^\s*(?:(?:clause|section|article)\s+)?([ivxlc]+|\d+)\b|^\s*第([一二三四五六七八九十百零〇\d]+)[条條章]/i;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function roman(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]];
    total += i + 1 < text.length && ROMAN[text[i + 1]] > value ? -value : value;
  }
  return total;
}

function numberOf(
  arabicOrRoman: string | undefined,
  chinese: string | undefined
): number | undefined {
  if (chinese !== undefined)
    return /^\d+$/.test(chinese) ? Number(chinese) : parseChineseNumeral(chinese);
  if (arabicOrRoman === undefined) return undefined;
  return /^\d+$/.test(arabicOrRoman) ? Number(arabicOrRoman) : roman(arabicOrRoman.toLowerCase());
}

/** Heading titles by section number, for resolving "breach of Clause 7 or Clause 9". */
function headingTitles(
  snapshot: DocumentSnapshot,
  normalized: readonly string[]
): Map<number, string> {
  const titles = new Map<number, string>();
  for (const p of snapshot.paragraphs) {
    if (p.headingLevel === undefined) continue;
    const m = HEADING_NUMBER.exec(p.text);
    const n = m ? numberOf(m[1], m[2]) : undefined;
    if (n !== undefined && !titles.has(n)) titles.set(n, normalized[p.index]);
  }
  return titles;
}

/** The carved-out text with the titles of the sections it refers to appended. */
function withReferences(carved: string, titles: () => Map<number, string>): string {
  let out = carved;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(carved); m; m = REFERENCE.exec(carved)) {
    const n = numberOf(m[1], m[2]);
    const title = n === undefined ? undefined : titles().get(n);
    if (title) out += ` | ${title}`;
  }
  return out;
}

/**
 * Where the cap is set: the end of "… shall not exceed" / "…为上限", so that in a table row
 * ("Liability cap | Each Party's liability shall not exceed …") the anchor lands in the right cell.
 */
function capSpan(s: Sentence): { start: number; end: number } {
  const m = CAP.exec(s.text);
  if (!m) return s;
  const end = s.start + m.index + m[0].length;
  return { start: end - 1, end };
}

type Risk = {
  code: "cap-too-low" | "data-breach-capped";
  clause: Clause;
  reading?: CapReading;
  kind?: string;
  start: number;
  end: number;
};

export const liabilityCap: TopicRule = {
  id: "liability-cap",
  matches: (clause) => isBody(clause) && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minMonths = positionNumber(topic, "minCapMonthsOfFees", 12);
    const position = { minCapMonthsOfFees: minMonths, dataBreachUncapped: true };
    const relevant: Clause[] = [];
    const caps: { clause: Clause; s: Sentence }[] = [];
    const dataExclusions: { clause: Clause; start: number; end: number }[] = [];
    const dataCaps: { clause: Clause; s: Sentence }[] = [];
    let dataCarved = false;
    let secretsCarved = false;
    let titleMap: Map<number, string> | undefined;
    const titles = () => (titleMap ??= headingTitles(snapshot, context.normalized));

    for (const clause of matched) {
      let addresses = false;
      for (const s of sentences(clause.norm)) {
        // Every test below needs one of these words: skip the sentences that have none.
        if (!LIABILITY_WORDS.test(s.text)) continue;
        const duty = DUTY.test(s.text);
        const isCap =
          duty && CAP.test(s.text) && !OTHER_CAPS.test(s.text) && !CUSTOMER_ONLY.test(s.text);
        const isExclusion =
          duty && EXCLUSION.test(s.text) && (LOSS_KINDS.test(s.text) || DATA_LOSS.test(s.text));
        // "The limitations do not apply to breaches of confidentiality or data protection" — not
        // "…除外" after a data exclusion that names no data duty, nor the customer's own indemnity.
        // "Sections 12.1 and 12.2 do not limit liability for:" — the list follows in the clause.
        // Only a sentence that speaks of liability or limits carves out (SECTION implies LIMIT_WORDS).
        const listed = ENDS_WITH_COLON.test(s.text) ? clause.norm.slice(s.start) : s.text;
        const own = LIMIT_WORDS.test(s.text) ? carvedText(listed) : undefined;
        const carved = own === undefined ? undefined : withReferences(own, titles);
        const carve =
          carved !== undefined && DATA_OR_SECRETS.test(carved) && !CUSTOMER_OBLIGATION.test(carved);
        dataCarved ||= carve && CARVE_DATA.test(carved);
        secretsCarved ||= carve && CARVE_SECRETS.test(carved);
        if (isCap) {
          caps.push({ clause, s });
          if (DATA_OR_SECRETS.test(s.text) && !carve) dataCaps.push({ clause, s });
        }
        const loss = isExclusion ? DATA_LOSS.exec(s.text) : null;
        if (loss && !(carve && CARVE_DATA.test(carved))) {
          const start = s.start + loss.index;
          dataExclusions.push({ clause, start, end: start + loss[0].length });
        }
        addresses ||= isCap || isExclusion || carve || SECTION.test(s.text);
      }
      if (addresses) relevant.push(clause);
    }

    const risks: Risk[] = [];
    // The whole document's yearly fees are read only when a cap is a sum: few contracts state one.
    let fees: Money[] | undefined;
    const annualFees = () => (fees ??= annualFeesOf(snapshot, context.normalized));
    for (const { clause, s } of caps) {
      const reading = capMonthsIn(s, annualFees);
      if (reading && reading.months < minMonths) {
        risks.push({
          code: "cap-too-low",
          clause,
          reading,
          start: reading.start,
          end: reading.end,
        });
      }
    }
    const excluded = dataCaps.length === 0 && dataCarved ? undefined : dataExclusions[0];
    if (excluded) risks.push({ code: "data-breach-capped", kind: "excluded", ...excluded });
    // A cap with no carve-out for both data breaches and confidentiality caps them too.
    const capped = dataCaps[0] ?? (dataCarved && secretsCarved ? undefined : caps[0]);
    if (capped) {
      risks.push({
        code: "data-breach-capped",
        kind: "capped",
        clause: capped.clause,
        ...capSpan(capped.s),
      });
    }

    const findings: Finding[] = risks
      .sort((a, b) => a.clause.index - b.clause.index || a.start - b.start)
      .map((risk) => {
        const anchor = anchorIn(snapshot, risk.clause, risk.start, risk.end);
        if (risk.code === "cap-too-low") {
          const r = risk.reading!;
          const written = risk.clause.text.slice(r.start, r.end);
          const values: Record<string, ReadValue> = {
            capMonths: { value: r.months, unit: "month", text: written },
          };
          if (r.amount) values.capAmount = { value: r.amount.amount, unit: r.amount.currency };
          return finding(
            context,
            anchor,
            "medium",
            { code: "cap-too-low", params: { months: r.months, written, min: minMonths } },
            values,
            position
          );
        }
        return finding(
          context,
          anchor,
          "medium",
          { code: "data-breach-capped", params: { kind: risk.kind ?? "capped" } },
          { dataBreachCapped: { value: true, text: anchor.quote } },
          position
        );
      });
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
