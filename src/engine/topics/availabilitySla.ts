/**
 * availability-sla — SLA 可用性. Risky: a monthly availability target below 99.9 %, a target the
 * vendor only "uses commercially reasonable efforts" to reach (or calls a goal, not a commitment), and
 * no service credits when it is missed (expressly excluded, or never offered). Meets: ≥ 99.9 % monthly
 * with service credits.
 */
import { anchorIn, around } from "../clauseText";
import { findPercentages, type Percentage } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { AS_QUOTED, definesTerm, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /availability|uptime|up-time|\bsla\b|service levels?\b|service credits?|downtime|unavailab|available\D{0,40}\d+(?:\.\d+)?\s*(?:%|percent)|可用性|可用率|可用时间|可用時間|在线率|在線率|正常运行时间|正常運行時間|服[务務](?:等级|等級|水平|水準)|服[务務](?:费|費)?(?:抵扣|积分|積分)/;

/**
 * Words SIGNAL or SHORTFALL cannot match without, so most clauses are ruled out by one cheap scan.
 * Simplified only where normalisation folds the Traditional form (線, 運, 務, 級, 達: normalize.ts).
 */
const SIGNAL_WORDS =
  /avail|up-?time|sla|service [lc]|downtime|below|fa[il]l|可用|在线率|正常运行|服务等级|服务水平|抵扣|[积積]分|未达/;

/** Words that make a percentage an availability figure ("月度可用性达到99%", "available 99.9% of the time"). */
const AVAILABILITY_WORDS =
  /availab|uptime|up-time|\bsla\b|service level|downtime|可用|在线率|在線率|正常运行|正常運行|服[务務](?:等级|等級|水平|水準)/;
/** "… of the monthly fees" after a percentage: a credit amount, not an availability level. */
const FEE_AFTER =
  /^\s*(?:of (?:the )?(?:monthly|applicable|subscription|fees?|charges)|的?(?:当月|當月)?(?:服[务務](?:费|費)|订阅费|訂閱費|费用|費用|月费|月費))/;

/** The vendor only tries: "commercially reasonable efforts to make the Service available …", "尽商业上合理的努力，使…可用性达到99%". */
const EFFORTS =
  /(?:commercially reasonable|reasonable commercial|reasonable|best|good[\s-]faith) efforts?|\b(?:endeavou?rs?|strives?|aims?) to\b|(?:商业上|商業上)?合理(?:的|之)?努力|[尽盡][^。；;，,]{0,8}努力|[尽盡]力|力[争爭]|努力(?:使|达到|達到|确保|確保|保持)/g;
/** The level is a goal, not a promise: "This is a target and not a guarantee", "并非乙方对甲方的承诺". */
const NOT_COMMITTED =
  /(?:target|goal|objective|estimate)s?\b[^.;]{0,40}\bnot (?:a |an )?(?:guarantee|commitment|warranty|binding)|(?:without|no) (?:any )?(?:service[\s-]level|availability|uptime) (?:commitment|guarantee|warranty|sla)|(?:不提供|无|無|没有)[^。；;]{0,6}(?:服[务務](?:等级|等級|水平)|可用性)[^。；;]{0,4}(?:承诺|承諾|保证|保證)|does not (?:guarantee|warrant|commit to) (?:any (?:level of )?|the )?(?:availability|uptime)|no (?:guarantee|commitment|warranty) (?:of|as to|regarding|concerning) (?:availability|uptime)|目[标標][^。；;]{0,20}(?:并非|並非|不是|不构成|不構成|而非)[^。；;]{0,12}(?:承诺|承諾|保证|保證)|不(?:对|對)[^。；;]{0,20}可用[^。；;]{0,16}(?:承诺|承諾|保证|保證)|不(?:保证|保證|承诺|承諾)[^。；;]{0,20}可用/;

/** Credits expressly excluded: "shall not be entitled to any service credit", "不向甲方提供任何形式的服务抵扣". */
const NO_CREDIT =
  /\bno (?:service )?credits?\b(?!\s+(?:shall|will|may) exceed)|credits?\s*:\s*(?:none|n\/a|not applicable)|(?:抵扣|补偿|補償|赔偿|賠償)\s*[:：]\s*(?:无|無|不适用|不適用)|\bnot\b[^.;]{0,40}?\b(?:entitled|eligible) to (?:any |receive )?(?:service )?(?:credits?|refunds?|compensation|fee reductions?)|(?:shall|will) not (?:receive|be (?:given|issued|granted|provided|owed)|provide|issue|grant|pay|owe) (?:any )?(?:service )?(?:credits?|refunds?|compensation)|without (?:any )?(?:service )?(?:credits?|refunds?|compensation)|service credits? (?:shall|will) not (?:apply|be (?:issued|granted|available|payable))|(?:不(?:予|会|會|提供|给予|給予|向|因此)|不得|无权|無權|无需|無需|无须|無須|均不|亦不|概不|并不|並不|不享有)[^。；;]{0,12}(?:服[务務](?:费|費)?)?(?:抵扣|减免|減免|补偿|補償|赔偿|賠償|退款|退费|退費|积分|積分|代金券)/;
/** Credits offered: "a service credit of 10 % of the monthly fees", "按不可用时长抵扣服务费". */
const CREDIT =
  /service credits?|\bcredits?\b[^.;]{0,30}\b(?:fees?|charges)\b|\b(?:fees?|charges)\b[^.;]{0,20}\bcredit|pro[\s-]?rata (?:refund|credit|reduction)|refund[^.;]{0,40}\b(?:fees?|charges)\b|fee reductions?|服[务務](?:费|費)?(?:抵扣|减免|減免|补偿|補償|积分|積分)|(?:抵扣|减免|減免|退还|退還|返还|返還|扣减|扣減)[^。；;]{0,12}(?:服[务務](?:费|費)|费用|費用|月费|月費|订阅费|訂閱費)|(?:服[务務](?:费|費)|费用|費用|月费|月費|订阅费|訂閱費)[^。；;]{0,12}(?:抵扣|减免|減免|退还|退還|返还|返還|扣减|扣減)|代金券|按比例(?:退|减|減|抵)|(?:顺延|順延|延长|延長)[^。；;]{0,8}服[务務]期|(?:赔偿|賠償)[^。；;]{0,10}(?:费|費)/;
/**
 * Words NO_CREDIT or CREDIT cannot match without: a clause lacking them says nothing about credits.
 * Traditional forms only where normalisation keeps them (補償, 賠償, 退費, 退還 are folded).
 */
const CREDIT_WORDS =
  /credit|refund|compensation|fee reduction|rata |抵扣|[减減]免|补偿|赔偿|退款|退费|退还|返还|扣[减減]|[积積]分|代金券|按比例|[顺順]延|延[长長]/;
/** Words EFFORTS cannot match without. */
const EFFORTS_WORDS = /effort|endeavo|strive|aims? to|努力|[尽盡]力|力[争爭]/;
/** Words NOT_COMMITTED cannot match without. */
const NOT_COMMITTED_WORDS = /guarantee|commit|warrant|binding|sla|承[诺諾]|保[证證]/;
/** findPercentages reads nothing without "%", "percent", "per cent" or "百分之". */
const PERCENT_WORDS = /%|per ?cent|百分之/;
/** Where a credit sentence is about the SLA, not a refund of overpaid fees. */
const SLA_CONTEXT =
  /availab|uptime|downtime|outage|interruption|\bsla\b|service level|service credit|可用|中断|中斷|停机|停機|宕机|宕機|服[务務](?:等级|等級|水平|水準)|服[务務](?:费|費)?抵扣/;
/** A credit owed for falling short ("未达到的，按比例抵扣当月服务费") is an SLA credit. */
const SHORTFALL =
  /未达到(?:该|上述|前述|约定的?)?(?:标准|目标|承诺|可用性)?的|未達到(?:該|上述|前述|約定的?)?(?:標準|目標|承諾|可用性)?的|未达标|未達標|below (?:that|the|this) (?:level|target|commitment)|falls? (?:short of|below)|fail(?:s|ure)? to (?:meet|achieve) (?:the |that |this |its )?(?:level|target|commitment|sla|service level|availability)/;
/** "excluded from the calculation of availability", "不计入服务不可用时间": supports the topic, no risk. */
const EXCLUSIONS =
  /excluded from[^.;]{0,40}(?:availability|uptime|downtime)|(?:not count|not be counted|disregarded)[^.;]{0,40}(?:availability|uptime|downtime|unavailab)|不(?:计|計)入[^。；;]{0,12}可用/;

type Span = { start: number; end: number };

/** Availability levels in a clause: 90–99.99 % near availability words, not credit amounts. */
function availabilityLevels(clause: Clause): Percentage[] {
  const norm = clause.norm;
  if (!PERCENT_WORDS.test(norm)) return [];
  // A row "CRM | 99.5% | 10%" under "Service | Monthly Availability | Credit" takes its header's words.
  const rowContext =
    clause.kind === "table-row" &&
    AVAILABILITY_WORDS.test([norm, ...(clause.header ?? []), clause.sectionNorm ?? ""].join(" "));
  return findPercentages(norm).filter(
    (p) =>
      p.value >= 90 &&
      p.value < 100 &&
      !FEE_AFTER.test(norm.slice(p.end, p.end + 30)) &&
      (rowContext || AVAILABILITY_WORDS.test(around(norm, p.start, p.end, 60, 30)))
  );
}

type Read = {
  clause: Clause;
  levels: Percentage[];
  efforts?: Span;
  noCredit: Span[];
  credit: boolean;
  exclusions: boolean;
};

function read(clause: Clause): Read {
  const norm = clause.norm;
  const levels = availabilityLevels(clause);
  // The clause's heading counts: "9.2 未达到的，按比例抵扣服务费" under "第九条 服务可用性".
  const clauseIsSla = AVAILABILITY_WORDS.test(`${norm} ${clause.sectionNorm ?? ""}`);
  let efforts: Span | undefined;
  const noCredit: Span[] = [];
  let credit = false;
  // Each pattern below runs only in clauses that have the words it cannot match without.
  const mayEfforts = EFFORTS_WORDS.test(norm);
  const mayHollow = clauseIsSla && NOT_COMMITTED_WORDS.test(norm);
  const mayCredit = CREDIT_WORDS.test(norm);
  const sentenceList = mayEfforts || mayHollow || mayCredit ? sentences(norm, AS_QUOTED) : [];
  for (const s of sentenceList) {
    const { text } = s;
    if (!efforts && mayEfforts) {
      // Efforts count only when they govern availability: the availability words follow them.
      EFFORTS.lastIndex = 0;
      for (let m = EFFORTS.exec(text); m; m = EFFORTS.exec(text)) {
        const after = text.slice(m.index, m.index + m[0].length + 100);
        const hasLevel = levels.some((p) => p.start >= s.start + m!.index && p.end <= s.end);
        if (AVAILABILITY_WORDS.test(after) || hasLevel) {
          efforts = { start: s.start + m.index, end: s.start + m.index + m[0].length };
          break;
        }
      }
    }
    if (!efforts && mayHollow) {
      const hollow = NOT_COMMITTED.exec(text);
      if (hollow) {
        efforts = { start: s.start + hollow.index, end: s.start + hollow.index + hollow[0].length };
      }
    }
    if (!mayCredit) continue;
    const none = NO_CREDIT.exec(text);
    const offered = !none && !credit && CREDIT.test(text);
    // Credits refused or offered count only in a sentence (or clause) about the SLA.
    if ((none || offered) && (clauseIsSla || SLA_CONTEXT.test(text) || SHORTFALL.test(text))) {
      if (none) {
        noCredit.push({ start: s.start + none.index, end: s.start + none.index + none[0].length });
      } else {
        credit = true;
      }
    }
  }
  return { clause, levels, efforts, noCredit, credit, exclusions: EXCLUSIONS.test(norm) };
}

export const availabilitySla: TopicRule = {
  id: "availability-sla",
  matches: (clause) =>
    isBody(clause) &&
    SIGNAL_WORDS.test(clause.norm) &&
    !definesTerm(clause.norm, "short-entry") &&
    (SIGNAL.test(clause.norm) || (SHORTFALL.test(clause.norm) && CREDIT.test(clause.norm))),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const min = positionNumber(topic, "minAvailabilityPercent", 99.9);
    const position = { minAvailabilityPercent: min, serviceCredits: true };
    const reads = matched.map(read);
    const core = reads.filter(
      (r) => r.levels.length > 0 || r.efforts || r.noCredit.length > 0 || r.credit
    );
    // Exclusions and measurement rules only support an SLA; alone they do not make one.
    const relevant =
      core.length > 0 ? reads.filter((r) => core.includes(r) || r.exclusions) : ([] as Read[]);
    const findings: Finding[] = [];

    // The committed level is the highest one stated: credit tiers and termination triggers lie below it.
    let target: { read: Read; level: Percentage } | undefined;
    for (const r of relevant) {
      for (const level of r.levels) {
        if (!target || level.value > target.level.value) target = { read: r, level };
      }
    }
    // Levels are quoted as written: norm is lower-cased ("99.9 Percent").
    for (const r of relevant) {
      for (const p of r.levels) p.text = r.clause.text.slice(p.start, p.end);
    }
    const levelValue = (p: Percentage): ReadValue => ({ value: p.value, unit: "%", text: p.text });
    const valuesOf = (r: Read): Record<string, ReadValue> => {
      const own = r.levels.reduce<Percentage | undefined>(
        (best, p) => (!best || p.value > best.value ? p : best),
        undefined
      );
      return own ? { availabilityPercent: levelValue(own) } : {};
    };

    if (target && target.level.value < min) {
      findings.push(
        finding(
          context,
          anchorIn(snapshot, target.read.clause, target.level.start, target.level.end),
          "high",
          { code: "availability-low", params: { percent: target.level.value, min } },
          { availabilityPercent: levelValue(target.level) },
          position
        )
      );
    }
    for (const r of relevant) {
      if (!r.efforts) continue;
      const original = r.clause.text.slice(r.efforts.start, r.efforts.end);
      findings.push(
        finding(
          context,
          anchorIn(snapshot, r.clause, r.efforts.start, r.efforts.end),
          "high",
          { code: "efforts-only", params: { qualifier: original, min } },
          { ...valuesOf(r), qualifier: { value: original } },
          position
        )
      );
    }
    const credited = relevant.some((r) => r.credit);
    if (!credited) {
      const excluded = relevant.filter((r) => r.noCredit.length > 0);
      for (const r of excluded) {
        const span = r.noCredit[0];
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, span.start, span.end),
            "high",
            { code: "no-credits", params: { excluded: "yes" } },
            { ...valuesOf(r), serviceCredits: { value: false } },
            position
          )
        );
      }
      // A level with no remedy when it is missed is no service level at all.
      if (excluded.length === 0 && target) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, target.read.clause, target.level.start, target.level.end),
            "high",
            { code: "no-credits", params: { excluded: "no" } },
            { ...valuesOf(target.read), serviceCredits: { value: false } },
            position
          )
        );
      }
    }
    const clauses = relevant.map((r) => r.clause);
    return { verdict: verdictOf(findings, clauses, topic), findings, clauses };
  },
};
