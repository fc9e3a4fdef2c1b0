/**
 * governing-law — 法律适用与争议解决. Risky for a Chinese customer: a foreign law (California, New
 * York, Hong Kong, Singapore …) or a foreign forum (arbitration in Singapore, courts of San
 * Francisco). Meets: PRC law, and a court or arbitration at the customer's location.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { isBody } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /governing law|governed by|construed (?:in accordance with|under)|laws? of (?:the )?(?:state|people|prc|china|hong kong|singapore|england|new york|california)|arbitrat|jurisdiction of|courts? (?:of|in|located)|dispute resolution|适用法律|法律适用|适用[^。；]{1,20}法律|法律管辖|仲裁|人民法院|管辖法院|争议解决|准据法|people's court|court having jurisdiction/;

/** "governed by the laws of the State of California" / "适用香港特别行政区法律". */
const LAW_EN =
  /(?:governed by|construed (?:in accordance with|under)|subject to)[^.;]{0,40}?\blaws? of (?:the )?([^,.;()]{2,60})/;
/** "适用中华人民共和国法律"; "遵守…等适用的法律法规" (applicable laws, none named) is no choice of law. */
const LAW_ZH =
  /适用(?:于)?(?![的之])([^，,。；;（(]{2,20}?)(?:的|之)?(?:法律|法规)|受([^，,。；;]{2,20}?)(?:的|之)?法律(?:管辖|约束)|以([^，,。；;]{2,20}?)法律为准据法|准据法(?:为|是|系|应为)([^，,。；;]{2,20}?)(?:的|之)?法律/;

const FORUM =
  /\b(siac|hkiac|icc|lcia|aaa|jams|cietac|shiac|bac)\b|(?:arbitration (?:in|seated in|administered by|before|under the rules of)|seat of (?:the )?arbitration (?:shall be|is))\s+(?:the\s+)?([^,.;()]{2,60})|(?:courts? (?:of|in|located in|sitting in))\s+(?:the\s+)?([^,.;()]{2,60})|(people's court[^,.;()]{0,80})|((?:新加坡|香港|国际商会|伦敦|美国|中国国际经济贸易|上海国际|深圳国际|北京|上海|深圳|广州)[^，,。；;]{0,8}?仲裁(?:中心|委员会|院))|([^，,。；;、]{2,12}?(?:人民法院|地方法院|法院))|((?:甲方|乙方|客户|供应商|服务商|原告|被告)(?:住所地|所在地))|(?:(?:the )?(customer|client|licensee|subscriber|vendor|supplier|provider|licensor)'s (?:principal place of business|location|domicile|registered office))/;

const PRC =
  /people'?s republic of china|\bprc\b|mainland china|^china$|^the peoples? republic|中华人民共和国|中国大陆|中国内地|^中国$/;
/** Places that are not the mainland even when "China" appears ("Hong Kong, China"). */
const NOT_MAINLAND = /hong kong|macau|macao|taiwan|香港|澳门|澳門|台湾|台灣/;
const DOMESTIC_FORUM =
  /people's court|cietac|shiac|\bbac\b|china|prc|beijing|shanghai|shenzhen|guangzhou|中国国际经济贸易|上海|北京|深圳|广州|人民法院|中华人民共和国/;
const CUSTOMER_SIDE = /甲方|客户|customer|client|licensee|subscriber/;
const VENDOR_SIDE = /乙方|供应商|服务商|vendor|supplier|provider|licensor/;

type Place = { text: string; start: number; end: number };

function lawOf(norm: string): Place | undefined {
  const en = LAW_EN.exec(norm);
  if (en) return placeFrom(en, 1);
  const zh = LAW_ZH.exec(norm);
  if (zh)
    return placeFrom(
      zh,
      [1, 2, 3, 4].find((g) => zh[g] !== undefined)!
    );
  return undefined;
}

function forumOf(norm: string): Place | undefined {
  const m = FORUM.exec(norm);
  if (!m) return undefined;
  const group = [1, 2, 3, 4, 5, 6, 7, 8].find((g) => m[g] !== undefined)!;
  return placeFrom(m, group);
}

/** Where a place name ends: "Singapore administered by …", "California, without regard to …". */
const PLACE_END =
  /\s+(?:administered|under|in accordance|pursuant|without|and any|for the|which|whose)\b/;

function placeFrom(m: RegExpExecArray, group: number): Place {
  const cut = PLACE_END.exec(m[group]);
  let raw = cut ? m[group].slice(0, cut.index) : m[group];
  // "争议提交乙方所在地人民法院": the court is what follows the verb.
  const verb = /^.*?(?:提交|提请|交由|交付|向|由)/.exec(raw);
  if (verb && /法院$/.test(raw)) raw = raw.slice(verb[0].length);
  const text = raw.trim().replace(/^(?:the )?state of /, "");
  const start = m.index + m[0].indexOf(m[group]) + m[group].indexOf(raw);
  return { text, start, end: start + raw.length };
}

/** The law and forum a clause names, as written. */
function placeValues(
  clause: Clause,
  law = lawOf(clause.norm),
  forum = forumOf(clause.norm)
): Record<string, ReadValue> {
  const original = (p: Place) => clause.text.slice(p.start, p.end).trim();
  const values: Record<string, ReadValue> = {};
  if (law) values.governingLaw = { value: original(law) };
  if (forum) values.forum = { value: original(forum) };
  return values;
}

export const governingLaw: TopicRule = {
  id: "governing-law",
  matches: (clause) => isBody(clause) && SIGNAL.test(clause.norm),
  read: (clause) => placeValues(clause),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const preferredLaw = String(topic.position.preferredLaw ?? "PRC");
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const law = lawOf(clause.norm);
      const forum = forumOf(clause.norm);
      if (!law && !forum) continue; // mentions disputes but names neither law nor forum
      relevant.push(clause);
      const original = (p: Place) => clause.text.slice(p.start, p.end).trim();
      const values = placeValues(clause, law, forum);
      const position = { preferredLaw, forum: "customer's location" };
      const flag = (
        place: Place,
        severity: "high" | "medium",
        code: string,
        params: Record<string, string>
      ) =>
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, place.start, place.end),
            severity,
            { code, params },
            values,
            position
          )
        );
      if (law && (!PRC.test(law.text) || NOT_MAINLAND.test(law.text))) {
        flag(law, "high", "foreign-law", { law: original(law) });
      }
      if (forum) {
        const isForeign = !DOMESTIC_FORUM.test(forum.text) || NOT_MAINLAND.test(forum.text);
        const isVendorSide = VENDOR_SIDE.test(forum.text);
        if (isForeign && !CUSTOMER_SIDE.test(forum.text) && !isVendorSide) {
          flag(forum, "high", "foreign-forum", { forum: original(forum) });
        } else if (isVendorSide) {
          flag(forum, "medium", "vendor-forum", { forum: original(forum) });
        }
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
