/**
 * confidentiality — 保密. Risky: a duty that binds only the customer (protecting the vendor's secrets,
 * not the customer's lists, strategies and prices), or one that ends at or shortly after termination
 * (less than three years). Meets: mutual (or binding the vendor) and surviving termination.
 */
import { anchorIn, around } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { definesTerm, isBody, sentences, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /confidential|in (?:strict(?:est)? )?confidence|non-disclosure|nondisclosure|trade secrets?|保密|機密|机密|商业秘密|商業秘密|秘密信息/;
/** Headings are not normalised: "12. CONFIDENTIALITY" puts "these obligations survive …" in the topic. */
const SECTION = new RegExp(SIGNAL.source, "i");

/** A sentence that puts someone under a duty of confidence (not one that only defines the term). */
const DUTY =
  /\bkeep\b[^.;]{0,80}\b(?:confidential|secret|in confidence)|\bhold\b[^.;]{0,80}\bin (?:strict(?:est)? )?confidence|\btreat\b[^.;]{0,80}\bas (?:strictly )?confidential|\bmaintain\b[^.;]{0,60}\b(?:confidential|in confidence|secrecy)|\b(?:not|never)\b[^.;]{0,40}\b(?:disclose|divulge|reveal)\b|confidential information[^.;]{0,80}\b(?:shall|may|will) (?:not|only)\b|\buse\b[^.;]{0,60}confidential information[^.;]{0,40}\b(?:only|solely|exclusively)\b|confidentiality (?:obligations?|undertakings?|dut(?:y|ies))|obligations? of (?:confidentiality|non-disclosure)|dut(?:y|ies) of confidentiality|non-disclosure (?:obligations?|undertakings?)|\bprotect\b[^.;]{0,60}confidential information|\b(?:return|destroy)\b[^.;]{0,40}confidential information|(?:返还|返還|销毁|銷毀)[^。;]{0,20}(?:保密|机密|機密)|保密义务|保密義務|保密责任|保密責任|保密承诺|保密承諾|(?:严格|嚴格|予以|负责|負責|承担|承擔|负有|負有|履行|加以)保密|(?:应|应当|須|须|必须|應|應當|必須)[^。;]{0,60}保密(?!措施|技术|技術)|保守[^。;]{0,20}(?:秘密|机密|機密)|不得[^。;]{0,40}(?:泄露|洩露|泄漏|洩漏|披露|透露|公开|公開)|保密期限|保密期間|保密期间/;
/** Login credentials are the customer's own security, not the confidentiality topic. */
const CREDENTIALS = /password|credential|log-?in|口令|密码|密碼/;

/** Both parties bound, or neutral roles that bind whoever receives. */
const MUTUAL =
  /\beach party\b|\beither party\b|\bboth parties\b|\bthe parties\b|\bneither party\b|\brecipient\b|receiving party|\bdiscloser\b|disclosing party|\bone party\b|\bthe other party\b|\bmutual(?:ly)?\b|双方|雙方|各方|任何一方|一方|另一方|接收方|披露方|相互|互相|彼此/;
const VENDOR =
  /\b(?:vendor|supplier|provider|licensor|contractor|we|us)\b|乙方|服务商|服務商|供应商|供應商|厂商|廠商|服务方|服務方/;
const CUSTOMER = /\b(?:customer|client|licensee|subscriber|you)\b|甲方|客户|客戶/;
/** "These obligations do not apply to Vendor" / "乙方不承担保密义务": one-sided in so many words. */
const VENDOR_EXEMPT =
  /(?:this section|these obligations|this clause|confidentiality obligations?)[^.;]{0,40}(?:shall not|does not|do not|will not) (?:apply to|bind) (?:the )?(?:vendor|supplier|provider|licensor)|(?:vendor|supplier|provider|licensor)[^.;]{0,30}(?:shall have|has|owes) no (?:obligation|duty)[^.;]{0,20}(?:confidential|non-disclosure)|(?:乙方|服务商|服務商|供应商|供應商)[^。;]{0,10}(?:不承担|不承擔|不负有|不負有|无|無)[^。;]{0,6}保密(?:义务|義務|责任|責任)|(?:本条|本條|保密义务|保密義務)[^。;]{0,20}不适用于乙方|不適用於乙方/;

/** Words VENDOR_EXEMPT cannot match without (義務, 責任, 適用於 are folded by normalisation). */
const VENDOR_EXEMPT_WORDS = /apply to|bind|no obligation|no duty|保密[义责]|不适用于乙方/;

/** The duty's life after termination: survival words and what it is measured from. */
const SURVIVAL =
  /surviv|continu|remain|in (?:full )?(?:force|effect)|period of|thereafter|after (?:the )?(?:termination|expiration|expiry)|following (?:the )?(?:termination|expiration|expiry)|from the date of disclosure|保密期|有效期|继续有效|繼續有效|仍(?:然)?有效|持续|持續|终止后|終止後|期满后|期滿後|届满后|屆滿後|解除后|解除後|之日起|披露之日/;
const NOTICE = /\bnotif|\bnotice\b|通知|告知/;
/** Returning or destroying information after termination is not the duty's lifetime. */
const RETURN = /\breturn|\bdestr|\bdelet|\berase|返还|返還|销毁|銷毀|删除|刪除|交还|交還/;
/** Ends with the agreement: "terminate upon termination of this Agreement", "随本协议终止而终止". */
const ENDS_AT_TERMINATION =
  /(?:保密期限|保密期間|保密期间|保密义务|保密義務)[^。;,]{0,10}(?:至|到)(?:本协议|本協議|本合同|协议|協議|合同)(?:的)?(?:终止|終止|期满|期滿|届满|屆滿|解除)(?:之日|时|時)?(?:止|为止|為止)?|(?:confidentiality obligations?|obligations? of confidentiality|these obligations)[^.;]{0,40}\buntil (?:the )?(?:termination|expiration|expiry) of (?:this|the) agreement|(?:obligations?|duties|dut(?:y|ies)|this section)[^.;]{0,60}(?:shall|will) (?:terminate|expire|cease|end|lapse)[^.;]{0,30}(?:upon|on|at|with) (?:the )?(?:termination|expiration|expiry)|(?:apply|applies|bind|binds|continue) only during the (?:subscription )?term|(?:随|隨)(?:本协议|本協議|协议|協議|合同)(?:的)?(?:终止|終止|期满|期滿|届满|屆滿)而(?:终止|終止|解除|失效)|(?:于|於)(?:本协议|本協議|协议|協議|合同)(?:终止|終止|期满|期滿|届满|屆滿)(?:时|時)(?:终止|終止|解除|失效)|仅在(?:本协议|本合同)有效期内|僅在(?:本協議|本合同)有效期內/;
/** "During the term" with no tail: ends at termination unless another clause says it survives. */
const DURING_TERM =
  /during the (?:subscription )?term(?: of (?:this|the) agreement)?|(?:在|于|於)(?:本协议|本協議|本合同|协议|協議|合同)?(?:有效期|服务期|服務期)(?:内|內|间|間)/;
const TAIL =
  /thereafter|after|following|beyond|终止后|終止後|届满后|屆滿後|期满后|期滿後|之后|之後|以后|以後/;
/** Surviving indefinitely is never short. */
const INDEFINITE =
  /for (?:so|as) long as|until[^.;]{0,60}(?:public|publicly)|indefinite|perpetu|in perpetuity|permanent|直至[^。;]{0,30}(?:公开|公開|公有领域|公有領域|公众|公眾)|永久|长期有效|長期有效|不因[^。;]{0,20}(?:终止|終止|期满|期滿|届满|屆滿|解除)而(?:解除|终止|終止|失效|免除)/;

type Bound = "mutual" | "vendor" | "customer" | undefined;

const PARTY = new RegExp(`${VENDOR.source}|${CUSTOMER.source}`, "g");
const MODAL =
  /\b(?:shall|will|must|agrees?|undertakes?|is obliged|may not|cannot)\b|应当|應當|应|應|须|須|必须|必須|不得|承诺|承諾|负有|負有|保证|保證/;
/** "Vendor's information" names an owner; "Vendor's employees" / "乙方的员工" still name the vendor side. */
const POSSESSIVE =
  /^(?:'s|的)(?!\s*(?:employees|personnel|staff|affiliates|员工|員工|人员|人員|关联|關聯))/;

/** What may come before the subject of a part: a clause number, a conjunction, an article. */
const LEAD =
  /^\s*(?:[\d.]+\s+|第[^条條]{1,6}[条條]\s*|\((?:[一二三四五六七八九十\d]+|[a-z]{1,3})\)\s*|[一二三四五六七八九十]+、\s*)?(?:(?:and|but|provided that|however|the|其|且|并|並|但)\s*)*/;
const VENDOR_FIRST = new RegExp(`^(?:${VENDOR.source})`);
const CUSTOMER_FIRST = new RegExp(`^(?:${CUSTOMER.source})`);

/** The party a part of a sentence opens with, unless it only owns the thing named ("乙方的保密信息"). */
function opensWith(part: string): Bound {
  const text = part.replace(LEAD, "");
  const vendor = VENDOR_FIRST.exec(text);
  const customer = CUSTOMER_FIRST.exec(text);
  const found = vendor ?? customer;
  if (!found || POSSESSIVE.test(text.slice(found[0].length))) return undefined;
  return vendor ? "vendor" : "customer";
}

/** Who a duty sentence binds: both when it says so, else the subject of its verb. */
function boundBy(text: string): Bound {
  if (MUTUAL.test(text)) return "mutual";
  const modal = MODAL.exec(text);
  const limit = modal ? modal.index : text.length;
  // The nearest comma-separated part before the verb that opens with a party is its subject.
  const parts = text.slice(0, limit).split(/[,:]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const side = opensWith(parts[i]);
    if (side) return side;
  }
  // Else the last party named before the verb, or the agent of a passive ("kept … by Customer").
  let subject: string | undefined;
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(text); m && m.index < limit; m = PARTY.exec(text)) {
    if (!POSSESSIVE.test(text.slice(m.index + m[0].length))) subject = m[0];
  }
  subject ??= /\bby (?:the )?(\w+)/.exec(text.slice(limit))?.[1];
  if (subject === undefined) return undefined;
  if (VENDOR.test(subject)) return "vendor";
  if (CUSTOMER.test(subject)) return "customer";
  return undefined;
}

/** `weak`: "during the term" said in passing, overridden by any clause that makes the duty survive. */
/** The words that impose a duty, so the anchor lands in the right table cell. */
function dutySpan(s: Sentence): { start: number; end: number } {
  const m = DUTY.exec(s.text);
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : s;
}

type Survival = { years: number; start: number; end: number; written: string; weak: boolean };

/** "Only during the term": the duty ends with the agreement whatever else is said. */
const ONLY = /\bonly\b|仅|僅/;

/**
 * How long the duty lasts after termination, if the sentence says; undefined when it does not.
 * `indefinite` and `survivalWords` are the sentence's INDEFINITE and SURVIVAL tests, read once by
 * the caller.
 */
function survivalIn(
  s: Sentence,
  indefinite: boolean,
  survivalWords: boolean
): Survival | undefined {
  if (indefinite) return undefined;
  const durations = survivalWords
    ? findDurations(s.text).filter((d) => isSurvivalPeriod(s.text, d))
    : [];
  if (durations.length > 0) {
    const d = durations.reduce((a, b) => (b.hours > a.hours ? b : a));
    return {
      years: Math.round(yearsOf(d) * 100) / 100,
      start: s.start + d.start,
      end: s.start + d.end,
      written: d.text,
      weak: false,
    };
  }
  const ends = ENDS_AT_TERMINATION.exec(s.text);
  const during = ends ? null : DURING_TERM.exec(s.text);
  const found = ends ?? (during && !TAIL.test(s.text) ? during : null);
  if (!found) return undefined;
  return {
    years: 0,
    start: s.start + found.index,
    end: s.start + found.index + found[0].length,
    written: found[0],
    weak: found === during && !ONLY.test(s.text),
  };
}

/** A period in years as a contract counts them: 18 months is 1.5 years. */
function yearsOf(d: Duration): number {
  if (d.unit === "year") return d.value;
  if (d.unit === "month") return d.value / 12;
  return d.hours / 8760;
}

/** "for two (2) years after termination" — not "notify within five (5) days". */
function isSurvivalPeriod(text: string, d: Duration): boolean {
  const near = around(text, d.start, d.end, 50, 40);
  return (
    SURVIVAL.test(near) && !RETURN.test(near) && !(NOTICE.test(near) && /within|内|內/.test(near))
  );
}

export const confidentiality: TopicRule = {
  id: "confidentiality",
  matches: (clause) =>
    isBody(clause) &&
    (SIGNAL.test(clause.norm) || (clause.section !== undefined && SECTION.test(clause.section))),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minYears = positionNumber(topic, "minSurvivalYears", 3);
    const position = {
      mutual: topic.position.mutual ?? true,
      survivesTermination: topic.position.survivesTermination ?? true,
      minSurvivalYears: minYears,
    };
    const relevant: Clause[] = [];
    const bound = new Set<Bound>();
    let firstCustomerDuty: { clause: Clause; s: Sentence } | undefined;
    let exemption: { clause: Clause; start: number; end: number } | undefined;
    const survivals: { clause: Clause; survival: Survival }[] = [];
    let survivesLonger = false;

    for (const clause of matched) {
      let addresses = false;
      const mayExempt = VENDOR_EXEMPT_WORDS.test(clause.norm);
      for (const s of sentences(clause.norm)) {
        // "'Confidential Information' means …" / "“保密信息”：指 …" defines, it does not bind.
        if (CREDENTIALS.test(s.text) || definesTerm(s.text, "loose-sentence")) continue;
        const exempt = mayExempt ? VENDOR_EXEMPT.exec(s.text) : null;
        if (exempt && !exemption) {
          const start = s.start + exempt.index;
          exemption = { clause, start, end: start + exempt[0].length };
        }
        const isDuty = DUTY.test(s.text);
        const indefinite = INDEFINITE.test(s.text);
        const survivalWords = SURVIVAL.test(s.text);
        const survival = survivalIn(s, indefinite, survivalWords);
        if (isDuty) {
          const who = boundBy(s.text);
          bound.add(who);
          if (who === "customer" && !firstCustomerDuty) firstCustomerDuty = { clause, s };
        }
        if (survival && (isDuty || survivalWords)) survivals.push({ clause, survival });
        const survives = indefinite && survivalWords;
        survivesLonger ||= survives;
        addresses ||= isDuty || survives || survival !== undefined || exempt !== null;
      }
      if (addresses) relevant.push(clause);
    }

    const findings: Finding[] = [];
    const oneSided =
      exemption ??
      (firstCustomerDuty && !bound.has("mutual") && !bound.has("vendor")
        ? {
            clause: firstCustomerDuty.clause,
            ...dutySpan(firstCustomerDuty.s),
          }
        : undefined);
    if (oneSided) {
      findings.push(
        finding(
          context,
          anchorIn(snapshot, oneSided.clause, oneSided.start, oneSided.end),
          "medium",
          { code: "one-sided", params: {} },
          { mutual: { value: false } },
          position
        )
      );
    }
    // The shortest stated survival decides: a two-year tail is short even if another clause repeats
    // it; a bare "during the term" only when nothing else makes the duty survive.
    const strong = survivals.filter((x) => !x.survival.weak);
    const candidates = survivesLonger || strong.length > 0 ? strong : survivals;
    const shortest = candidates.reduce<(typeof survivals)[number] | undefined>(
      (a, b) => (a === undefined || b.survival.years < a.survival.years ? b : a),
      undefined
    );
    if (shortest && shortest.survival.years < minYears) {
      const { clause, survival } = shortest;
      const written = clause.text.slice(survival.start, survival.end);
      const values: Record<string, ReadValue> = {
        survivalYears: { value: survival.years, unit: "year", text: written },
      };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, survival.start, survival.end),
          "medium",
          { code: "short-duty", params: { years: survival.years, written, min: minYears } },
          values,
          position
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
