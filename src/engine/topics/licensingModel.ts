/**
 * licensing-model — 授权方式与用户数. Risky: a hard cap on users (e.g. 50 named users) with any excess
 * billed at a premium or at the vendor's then-current price or discretion; usage or per-module metering
 * whose price the contract does not fix. Meets: the licence metric stated, and additional users or
 * modules at the same unit price fixed in the contract.
 */
import { anchorIn } from "../clauseText";
import { findCounts, type Count } from "../numbers/counts";
import { findMoney, type Money } from "../numbers/money";
import { findPercentages, NUMBER, numberFrom } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { AS_QUOTED, blank, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /\busers?\b|\bseats?\b|licen[cs]e|per[\s-](?:user|seat|module)|(?:additional|extra|new|further) (?:modules?|add-ons?)|usage[\s-]based|metered|metering|consumption|api calls|用户|账号|席位|并发|模块|用量|计量|按量|调用次数/;

/**
 * The user words, with and without the qualifiers before them. METRIC and EXCESS_USERS are only
 * tested, never read for their text: where the user words open an alternative there, a qualifier
 * before them ("named", 授权) changes no result, and leaving it out spares trying it everywhere.
 */
const USER_WORDS = String.raw`(?:users?|seats?|licen[cs]es?|user accounts?|user subscriptions?)`;
const USER_EN = String.raw`(?:(?:named|concurrent|authori[sz]ed|active|additional|licensed)\s+)*${USER_WORDS}`;
const USER_ZH_WORDS = `(?:用户|账号|席位|使用者)`;
const USER_ZH = `(?:授权)?${USER_ZH_WORDS}`;

/** The licence metric: what the fee counts. */
const METRIC = new RegExp(
  [
    String.raw`licen[cs]ed (?:on|per|by) (?:a |an )?(?:named[\s-]user|concurrent[\s-]user|per[\s-]user|user|seat|module|usage|subscription)`,
    String.raw`(?:on|per) (?:a |an )?(?:named[\s-]user|concurrent[\s-]user|per[\s-]user|user|seat|module|usage) basis`,
    String.raw`per[\s-](?:named )?(?:user|seat|module)`,
    String.raw`(?:user|seat|licen[cs]e) (?:cap|limit|count|quantity)|(?:number|maximum number|quantity) of ${USER_EN}`,
    String.raw`(?:additional|extra|more) ${USER_EN}|${USER_WORDS} (?:in excess|above|beyond)|unlimited ${USER_EN}`,
    String.raw`usage[\s-]based|metered|metering|pay[\s-]as[\s-]you[\s-]go|per (?:api call|transaction|record|gb|gigabyte)`,
    String.raw`(?:additional|extra|new|further) (?:modules?|add-ons?)`,
    `按(?:照)?(?:授权)?(?:用户|账号|席位|模块|使用量|调用次数|流量)(?:数量|数)?(?:方式)?(?:进行)?(?:授权|计费|收费|计收)`,
    `(?:命名|并发)用户`,
    `(?:用户|席位|许可)(?:数量|数)`,
    `(?:增加|新增|增购|追加|超出|超过)[^。；;，,]{0,10}(?:授权)?(?:用户|席位)`,
    `不限(?:制)?${USER_ZH}`,
    `按(?:实际)?(?:使)?用量|按量计费`,
  ].join("|")
);

/** Users as a load on the system (performance), not as the licence metric. */
const PERFORMANCE =
  /response time|performance|page load|responsiveness|响应时间|性能|加载|在线用户/;

/** A user count the contract caps: "limited to 50 Named Users", "授权用户数量上限为50个". */
const CAP_WORDS_EN =
  /(?:limited to|up to|maximum of|max(?:imum)?\.?|not (?:to )?exceed|(?:no|not) more than|more than|cap(?:ped)? (?:at|of)|restricted to|cover(?:s|ing)?)\s*$/;
const CAP_AFTER_EN = new RegExp(
  String.raw`(?:number|maximum number|quantity) of ${USER_EN}[^.;]{0,30}?(?:is|are|shall be|of|not (?:to )?exceed|exceeds?|limited to|up to)\s*(?:${NUMBER})`,
  "g"
);
const CAP_ZH = new RegExp(
  `${USER_ZH}(?:数量|数)?[^。；;，,]{0,12}?(?:上限|最多|不超过|不得超过|限于|限为|为)(?:为)?\\s*(?:${NUMBER})`,
  "g"
);
/** "授权用户数以订购明细所载五十（50）名为上限": the number before the cap word. */
const CAP_ZH_BEFORE = new RegExp(
  `${USER_ZH}(?:数量|数)?[^。；;]{0,20}?(?:${NUMBER})\\s*(?:个|名|位)?(?:${USER_ZH})?\\s*为(?:上限|限)`,
  "g"
);
/** "30个授权账号", "五十名指定用户" — forms the shared count reader does not know. */
const USER_COUNT_ZH = new RegExp(
  `(?:${NUMBER})\\s*(?:个|名|位)?\\s*(?:授权|指定|命名|并发)?(?:用户|账号|席位|使用者)`,
  "g"
);

/** Excess users priced by the vendor: then-current or list price, a premium, its discretion. */
const VENDOR_PRICE = new RegExp(
  [
    String.raw`then[\s-](?:current|prevailing)|(?:current|standard|prevailing) list price|list price|(?:vendor's|provider's|supplier's|its) (?:current |standard )?(?:price|pricing|rates?)|(?:at|in) (?:vendor's|its|the vendor's) (?:sole |absolute )?discretion|as (?:determined|set|quoted) by (?:the )?(?:vendor|supplier|provider)|to be (?:agreed|quoted|determined)`,
    `届时|当时|标准价格|最新价格|牌价|标价|目录(?:单)?价|刊例价|另行(?:报价|定价|确定|协商)|由乙方(?:自行)?(?:确定|决定)|乙方(?:有权)?(?:自行)?(?:确定|决定)|溢价|加收|上浮|(?:[1-9]\\d*(?:\\.\\d+)?|[一二两三])倍`,
  ].join("|")
);
/** Extra users at a premium: "150% of the unit price", "溢价", "1.5倍". */
const PREMIUM = /premium|surcharge|溢价|加收|上浮|\d+(?:\.\d+)?\s*(?:times|倍)|[一二两三]倍/;
/** A price per user: "per Named User per year", "/用户/年", "每用户每年". */
const PER_USER =
  /per (?:named |authori[sz]ed )?(?:user|seat|licen[cs]e)|\/\s*(?:用户|账号|席位)|每(?:个)?(?:用户|账号|席位)/;

/** Excess or additional users (or seats, accounts). */
const EXCESS_USERS = new RegExp(
  [
    String.raw`(?:additional|extra|excess|more) ${USER_EN}|${USER_WORDS}[^.;]{0,40}(?:in excess|exceeds?|above|beyond|over the)|overage|exceeds? (?:the |its )?(?:user|seat|licen|cap|limit|subscri)`,
    `(?:超出|超过|超额|增加|新增|增购|追加)[^。；;]{0,20}(?:${USER_ZH}|部分|上限)|${USER_ZH_WORDS}[^。；;]{0,20}(?:超出|超过|超额)`,
  ].join("|")
);
/** Priced in the contract: "at the unit price in the Order Form", "按订购单所列单价". */
const CONTRACT_PRICE =
  /same (?:unit )?price|(?:unit )?price (?:set out|stated|specified|listed) in (?:the |this |each )?(?:order form|agreement|schedule|appendix|exhibit)|at the (?:then-applicable )?(?:unit )?(?:price|rate)s? (?:in|of) (?:the |this )?(?:order form|agreement|schedule|appendix)|no (?:overage|additional) (?:fees?|charges?)|相同(?:的)?单价|同等单价|原单价|单价不变|按(?:照)?(?:本协议|附件[一二三四五六七八九十\d]*|订购单|合同)(?:约定|列明|所列|载明)?的?(?:单价|价格)/;

/** Metering (usage, API calls, storage, per module) charged at a price the contract does not fix. */
const METERED =
  /usage[\s-]based|metered|metering|consumption|(?:additional|extra|new|further) (?:modules?|add-ons?)[^.;]{0,40}(?:charged|billed|priced|quoted|fees?|payable)|(?:新增|增加|增购)(?:功能)?模块[^。；;]{0,20}(?:价格|收费|计费|报价)|(?:api calls?|transactions?|records|storage|data volume|modules?)[^.;]{0,40}(?:charged|billed|invoiced|fees?|payable)|(?:charged|billed|invoiced|priced|fees?)[^.;]{0,40}(?:per (?:api call|transaction|record|gb|gigabyte|module)|usage)|按(?:实际)?(?:使)?用量|按量计费|(?:调用次数|存储|流量|模块)[^。；;]{0,20}(?:收费|计费|付费)/;
/** A price the contract leaves open — "另行收费" unless negated ("API的使用不另行收费" prices it at nil). */
const UNPRICED =
  /then[\s-](?:current|prevailing)|list price|vendor's (?:current |standard )?(?:price|pricing|rates?)|standard rates?|(?:at|in) (?:vendor's|its) (?:sole |absolute )?discretion|as (?:determined|set|published) by|to be (?:agreed|quoted|determined)|quoted by (?:the )?(?:vendor|supplier|provider)|(?:on|upon) request|届时|标准价格|标准收费|(?<!不|不得|无需|无须|免)另行(?:报价|定价|确定|协商|收费|计费)|由乙方(?:自行)?(?:确定|决定)|以乙方[^。；;]{0,10}(?:公布|公告|官网)/;

/**
 * What every reading of a sentence needs: METRIC, EXCESS_USERS, METERED, the cap patterns and the
 * user counts (findCounts' user units, USER_COUNT_ZH) each contain one of these words.
 */
const LICENCE_WORDS =
  /user|seat|licen|account|subscri|overage|exceed|usage|meter|consumption|module|add-on|api call|transaction|record|storage|data volume|gigabyte|per gb|pay[\s-]as|用户|账号|帐号|账户|席位|许可|使用者|超出|超过|超额|增加|新增|增购|追加|用量|按量|调用次数|存储|流量|模块/;
/** What EXCESS_USERS needs: "additional", "in excess", "overage", 超出 … */
const EXCESS_WORDS =
  /additional|extra|excess|more|exceed|above|beyond|over the|overage|超出|超过|超额|增加|新增|增购|追加/;
/** What capIn needs: a cap word before a count (CAP_WORDS_EN) or in a cap pattern. */
const CAP_HINT =
  /limited to|up to|max|exceed|more than|cap|restricted to|cover|number of|quantity of|上限|最多|超过|限于|限为|为/;
/** Every currency sign or word findMoney reads (its prefixes and suffixes). */
const CURRENCY = /[$¥￥€£元]|人民币|港币|rmb|cny|usd|eur|hkd|sgd|gbp|dollar/i;

type Hit = { index: number; text: string };

/** "no premium", "不加收": the premium words in a protective sentence. */
const NO_PREMIUM =
  /(?:\bno |without (?:any )?)(?:premium|surcharge)|不(?:得|会|再)?[^。；，,]{0,10}?(?:加收|溢价|上浮)|无溢价/g;

/** Extra users at a premium: the words, or a percentage of the unit price above 100. */
function premiumIn(sentence: string): Hit | undefined {
  const s = blank(sentence, NO_PREMIUM);
  const m = PREMIUM.exec(s);
  if (m) return { index: m.index, text: m[0] };
  const p = findPercentages(s).find((p) => p.value > 100);
  return p && { index: p.start, text: p.text };
}

/** Extra users at the vendor's then-current price, list price or discretion. */
function vendorPriceIn(sentence: string): Hit | undefined {
  // "亦不得对超出部分收取溢价": a refused premium is no vendor pricing.
  const m = VENDOR_PRICE.exec(blank(sentence, NO_PREMIUM));
  return m ? { index: m.index, text: m[0] } : undefined;
}

type Cap = { value: number; start: number; end: number };
type Overage = { clause: Clause; start: number; end: number; cap?: ReadCap };
/** A cap found in some clause, with the words as written. */
type ReadCap = { value: number; text: string };

/** The capped user count in a stretch of text (whose counts are given), with its offsets. */
function capIn(text: string, counts: Count[] = findCounts(text)): Cap | undefined {
  for (const c of counts) {
    if (c.what !== "users") continue;
    if (CAP_WORDS_EN.test(text.slice(Math.max(0, c.start - 25), c.start))) {
      return { value: c.value, start: c.start, end: c.end };
    }
  }
  for (const re of [CAP_AFTER_EN, CAP_ZH, CAP_ZH_BEFORE]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    const value = m ? numberFrom(m) : undefined;
    if (!m || value === undefined || Number.isNaN(value)) continue;
    // The patterns' only capturing groups are NUMBER's: the digits, words or numerals, then "(50)".
    const written = (m[1] ?? m[2] ?? m[3])!;
    const start = m.index + m[0].lastIndexOf(written);
    const bracket = /^\s*\(\s*\d+(?:\.\d+)?\s*\)/.exec(text.slice(start + written.length));
    return { value, start, end: start + written.length + (bracket ? bracket[0].length : 0) };
  }
  return undefined;
}

/** The user quantity a table row or order line subscribes: "50 Named Users", "50个授权账号". */
function quantityIn(text: string, counts: Count[]): Cap | undefined {
  const c = counts.find((c) => c.what === "users");
  if (c) return { value: c.value, start: c.start, end: c.end };
  USER_COUNT_ZH.lastIndex = 0;
  const m = USER_COUNT_ZH.exec(text);
  const value = m ? numberFrom(m) : undefined;
  return m && value !== undefined
    ? { value, start: m.index, end: m.index + m[0].length }
    : undefined;
}

/** A cap or quantity with the words as written in the clause (offsets from `offset`). */
function readCap(clause: Clause, c: Cap | undefined, offset = 0): ReadCap | undefined {
  return c && { value: c.value, text: clause.text.slice(offset + c.start, offset + c.end) };
}

/** findMoney, skipping the text that has no currency sign or word (findMoney needs one). */
function moneyIn(text: string): Money[] {
  return CURRENCY.test(text) ? findMoney(text) : [];
}

export const licensingModel: TopicRule = {
  id: "licensing-model",
  matches: (clause) => isBody(clause, "entry") && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = {
      additionalUsersAtSameUnitPrice: true,
      growthHeadroomYears: positionNumber(topic, "growthHeadroomYears", 3),
    };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    const overages: Overage[] = [];
    /** Per-user prices: of the subscription, and of users beyond it (when both are in money). */
    const basePrices: Money[] = [];
    const extraPrices: (Money & { clause: Clause; at: number })[] = [];
    let firstCap: ReadCap | undefined;
    let firstQuantity: ReadCap | undefined;
    for (const clause of matched) {
      const norm = clause.norm;
      // The clause's own cap (capIn scans the whole clause), read when first needed.
      let clauseCap: ReadCap | undefined;
      let capRead = false;
      let addresses = false;
      let flagged = false;
      for (const { start, text: s } of sentences(norm, AS_QUOTED)) {
        if (!LICENCE_WORDS.test(s)) continue; // no metric, cap or user count (see LICENCE_WORDS)
        const excess = EXCESS_WORDS.test(s) && EXCESS_USERS.test(s);
        // METERED is read when it decides: for the metric, or for an unpriced metering below.
        let metered: RegExpExecArray | null | undefined;
        // The user counts, read only for a cap or quantity (findCounts scans the whole sentence).
        let counts: Count[] | undefined;
        let quantity: Cap | undefined;
        const metric =
          excess ||
          METRIC.test(s) ||
          (metered = METERED.exec(s)) !== null ||
          (CAP_HINT.test(s) && capIn(s, (counts = findCounts(s))) !== undefined);
        if (!metric && clause.kind === "table-row")
          quantity = quantityIn(s, (counts ??= findCounts(s)));
        if (!(metric || (clause.kind === "table-row" && quantity)) || PERFORMANCE.test(s)) continue;
        addresses = true;
        // The clause's cap: the contract's first, and the one an overage below reports.
        if (!capRead && (firstCap === undefined || excess)) {
          clauseCap = readCap(clause, capIn(norm));
          capRead = true;
        }
        firstCap ??= clauseCap;
        if (firstQuantity === undefined) {
          quantity ??= quantityIn(s, (counts ??= findCounts(s)));
          firstQuantity = readCap(clause, quantity, start);
        }
        const money = moneyIn(s);
        // A row or sentence naming several amounts (unit price, total): its unit price is the least.
        const unit = money.reduce<Money | undefined>(
          (a, m) => (!a || m.amount < a.amount ? m : a),
          undefined
        );
        if (!excess && PER_USER.test(s) && unit) basePrices.push(unit);
        if (flagged || CONTRACT_PRICE.test(s)) continue;
        if (excess) {
          const hit = premiumIn(s) ?? (money.length === 0 ? vendorPriceIn(s) : undefined);
          if (hit) {
            flagged = true;
            overages.push({
              clause,
              start: start + hit.index,
              end: start + hit.index + hit.text.length,
              cap: clauseCap,
            });
          } else {
            extraPrices.push(...money.map((m) => ({ ...m, clause, at: start + m.start })));
          }
          continue;
        }
        if (UNPRICED.test(s) && money.length === 0 && (metered ??= METERED.exec(s))) {
          flagged = true;
          const at = start + metered.index;
          findings.push(
            finding(
              context,
              anchorIn(snapshot, clause, at, at + metered[0].length),
              "high",
              { code: "unpriced-metering", params: { years: position.growthHeadroomYears } },
              {
                unpricedMetering: {
                  value: true,
                  text: clause.text.slice(at, at + metered[0].length),
                },
              },
              position
            )
          );
        }
      }
      if (addresses) relevant.push(clause);
    }
    // Extra users at a dearer unit price than the subscription's ("overage rate RMB 2,000" vs 1,600).
    if (overages.length === 0) {
      const dearer = extraPrices.find((x) => {
        const same = basePrices.filter((b) => b.currency === x.currency);
        return same.length > 0 && same.every((b) => x.amount > b.amount);
      });
      if (dearer)
        overages.push({
          clause: dearer.clause,
          start: dearer.at,
          end: dearer.at + dearer.text.length,
        });
    }
    for (const o of overages) {
      // The cap is often stated apart from the overage price (an order form's quantity column).
      const cap = o.cap ?? firstCap ?? firstQuantity;
      const values: Record<string, ReadValue> = {};
      if (cap) values.userCap = { value: cap.value, unit: "user", text: cap.text };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, o.clause, o.start, o.end),
          "high",
          {
            code: "user-cap-overage",
            params: { ...(cap ? { users: cap.value } : {}), years: position.growthHeadroomYears },
          },
          values,
          position
        )
      );
    }
    findings.sort(
      (a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start
    );
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
