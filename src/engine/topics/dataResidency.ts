/**
 * data-residency — 数据存储地与合规. Risky: data stored, backed up or processed abroad or "in any
 * country", transferred across borders without the customer's written consent, or a storage location
 * the contract never states. Meets: storage in the agreed region (mainland China by default) and no
 * transfer out of it without prior written consent.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import {
  AS_QUOTED,
  blank,
  definesTerm,
  forbidding,
  isBody,
  sentences,
  type Sentence,
} from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/** Where data lives or goes. */
const WHERE =
  /\bhost(?:ed|ing)?\b|\bstor(?:e|ed|age|ing)\b|data (?:cent(?:er|re)s?|localis|localiz)|server|located|location|region|cross-border|transfer|outside|abroad|overseas|any country|jurisdiction|backup|back up|disaster recovery|存储|存儲|储存|儲存|存放|托管|託管|数据中心|數據中心|资料中心|資料中心|机房|機房|服务器|服務器|伺服器|境内|境內|境外|跨境|出境|海外|国外|國外|备份|備份|容灾|容災|本地化/;
/** A hosting statement ("stored on servers operated by Vendor's provider"): addresses where, names no place. */
const HOSTED =
  /(?:\bstored|\bhosted|\bkept|\bresides?)\b[^.;]{0,60}(?:server|data cent|cloud|hosting provider|infrastructure)|(?:存储|存儲|储存|儲存|存放|托管|託管)[^。；;]{0,20}(?:服务器|服務器|伺服器|数据中心|數據中心|资料中心|資料中心|机房|機房|云|雲)/;
/** Data-protection law named as the vendor's duty. */
const COMPLIANCE =
  /\bpipl\b|personal information protection law|data security law|cybersecurity law|\bgdpr\b|general data protection regulation|个人信息保护法|個人信息保護法|個人資料保護法|个人资料保护法|数据安全法|數據安全法|网络安全法|網絡安全法|網路安全法|网路安全法|等级保护|等級保護|等保/;
const DATA =
  /\bdata\b|\b(?:customer|client|purchaser|buyer|licensee|subscriber|your)(?:'s)?\s+(?:data|content)\b|数据|數據|资料|資料|信息|資訊|资讯/;
const SIGNAL = new RegExp(`${WHERE.source}|${COMPLIANCE.source}`);
/**
 * Words SIGNAL cannot match without: cheap scans rule out most clauses. English and Chinese
 * apart (one alternation of both is slower in V8); Traditional forms only where
 * normalisation keeps them (儲, 數, 機, 務, 內, 國, 備, 災, 個, 護, 網 are folded: normalize.ts).
 */
const SIGNAL_WORDS_EN =
  /host|stor|data cent|data local|server|locat|region|cross-border|transfer|outside|abroad|overseas|any country|jurisdiction|backup|back up|disaster recovery|pipl|personal information protection|security law|gdpr|general data protection/;
const SIGNAL_WORDS_ZH =
  /存储|存放|储存|托管|託管|中心|机房|务器|服器|境内|境外|跨境|出境|海外|国外|备份|容灾|地化|护法|全法|等保|级保/;

/** Somewhere outside the agreed region, in any wording. */
const ABROAD =
  /abroad|overseas|outside (?:of )?(?:the )?(?:mainland|prc|people's republic|china|territory|country|region|agreed)|any (?:country|jurisdiction|location|region)|(?:other|various|multiple) (?:countries|jurisdictions)|cross-border|international transfer|境外|境内外|境內外|海外|国外|國外|跨境|出境|全球|其他国家|其他國家|任何国家|任何國家|任何地区|任何地區/;
/** Places that are abroad for a customer in mainland China (Hong Kong included for data export rules). */
const FOREIGN_PLACES =
  /united states|\bu\.s\.|\busa\b|singapore|hong kong|macau|macao|taiwan|japan|korea|europe|\beu\b|ireland|germany|frankfurt|london|united kingdom|virginia|oregon|california|australia|india|美国|美國|新加坡|香港|澳门|澳門|台湾|台灣|日本|韩国|韓國|欧洲|歐洲|欧盟|歐盟|爱尔兰|愛爾蘭|德国|德國|英国|英國|澳大利亚|澳大利亞|印度/;
const MAINLAND =
  /mainland china|people's republic of china|\bprc\b|\bchina\b|within china|中国(?:大陆|大陸|境内|境內|内地|內地)?|中國(?:大陸|境內|內地)?|中华人民共和国|中華人民共和國|境内|境內|国内|國內|beijing|shanghai|shenzhen|guangzhou|hangzhou|北京|上海|深圳|广州|廣州|杭州|华东|華東|华北|華北|华南|華南/;
/** The region stated as forbidden or conditional: "shall not transfer … outside China", "未经甲方书面同意". */
const NEGATION = forbidding(
  String.raw`\bnever\b|\bno\b|\bprohibited\b`,
  "不可|不应|严禁|不(?:存储|传输|转移)"
);
const CONSENT =
  /(?:prior|express|written)[^.;]{0,20}(?:consent|approval|authori[sz]ation)|(?:consent|approval)[^.;]{0,10}in writing|(?:经|經|征得|徵得|取得)[^。；;]{0,8}(?:甲方|客户|客戶)[^。；;]{0,6}(?:事先|事前)?(?:的)?书面|(?:经|經|征得|徵得|取得)[^。；;]{0,8}(?:甲方|客户|客戶)[^。；;]{0,6}(?:事先|事前)?(?:的)?書面|(?:事先|事前)?书面(?:同意|批准|授权)|(?:事先|事前)?書面(?:同意|批准|授權)/;
/** "Customer consents to transfer to any country": consent given away in the contract is no protection. */
const CONSENT_GIVEN =
  /\b(?:customer|you) (?:hereby )?(?:consents?|agrees?|authori[sz]es?)\b|by using the services?|甲方(?:特此)?(?:同意|授权|授權|认可|認可)|客户(?:特此)?(?:同意|授权|认可)/;

type Span = { start: number; end: number };

type Read = {
  clause: Clause;
  risk?: Span;
  located: boolean;
  addresses: boolean;
};

function regionPattern(region: string): RegExp {
  if (/china|中国|中國|prc/i.test(region)) return MAINLAND;
  return new RegExp(region.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** "境内（不含香港、澳门、台湾地区）", "in China, excluding Hong Kong": places named only to be left out. */
const CARVE_OUT = /(?:不含|不包括|不包含|excluding|other than|not including)[^。；;)）]{0,40}/g;
/** Words CARVE_OUT cannot match without. */
const CARVE_OUT_WORDS = /不含|不包|excluding|other than|not including/;

/** The span of a match in a sentence, as offsets into the clause. */
function spanOf(s: Sentence, m: RegExpExecArray): Span {
  return { start: s.start + m.index, end: s.start + m.index + m[0].length };
}

function read(clause: Clause, region: RegExp): Read {
  const norm = CARVE_OUT_WORDS.test(clause.norm) ? blank(clause.norm, CARVE_OUT) : clause.norm;
  const out: Read = { clause, located: false, addresses: false };
  for (const s of sentences(norm, AS_QUOTED)) {
    const { text } = s;
    // Compliance: the vendor bound to a data-protection law (not the customer's own duties).
    if (
      COMPLIANCE.test(text) &&
      !/^(?:\S+\s+)?(?:customer|甲方|客户|客戶)/.test(text.replace(/^[\d.]+\s*/, ""))
    ) {
      out.addresses = true;
    }
    if (!DATA.test(text) || !WHERE.test(text)) continue;
    const abroad = ABROAD.exec(text) ?? (region === MAINLAND ? FOREIGN_PLACES.exec(text) : null);
    if (abroad) {
      out.addresses = true;
      out.located = true;
      if (out.risk) continue;
      const forbidden = NEGATION.test(text.slice(0, abroad.index));
      const conditional = CONSENT.test(text) && !CONSENT_GIVEN.test(text);
      if (!forbidden && !conditional) out.risk = spanOf(s, abroad);
    } else if (region.test(text)) {
      // "stored in mainland China" — the region named next to where data is stored.
      out.addresses = true;
      out.located = true;
    } else if (HOSTED.test(text)) {
      out.addresses = true;
    }
  }
  return out;
}

export const dataResidency: TopicRule = {
  id: "data-residency",
  matches: (clause) =>
    isBody(clause) &&
    (SIGNAL_WORDS_EN.test(clause.norm) || SIGNAL_WORDS_ZH.test(clause.norm)) &&
    !definesTerm(clause.norm, "short-entry") &&
    SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const regionName = String(topic.position.region ?? "mainland China");
    const region = regionPattern(regionName);
    const position = { region: regionName };
    const reads = matched.map((c) => read(c, region)).filter((r) => r.addresses);
    const findings: Finding[] = [];
    for (const r of reads) {
      if (!r.risk) continue;
      const where = r.clause.text.slice(r.risk.start, r.risk.end);
      const values: Record<string, ReadValue> = { storageLocation: { value: where } };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, r.clause, r.risk.start, r.risk.end),
          "high",
          { code: "data-abroad", params: { where, region: regionName } },
          values,
          position
        )
      );
    }
    // Compliance is promised but the contract never says where the data is kept.
    if (reads.length > 0 && !reads.some((r) => r.located)) {
      const first = reads[0];
      findings.push(
        finding(
          context,
          anchorIn(snapshot, first.clause, 0, Math.min(1, first.clause.text.length)),
          "high",
          { code: "data-abroad", params: { where: "", region: regionName } },
          { storageLocation: { value: "unstated" } },
          position
        )
      );
    }
    const clauses = reads.map((r) => r.clause);
    return { verdict: verdictOf(findings, clauses, topic), findings, clauses };
  },
};
