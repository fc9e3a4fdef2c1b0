/**
 * termination-exit — 提前解约与退出机制. Risky: the customer cannot terminate for convenience (only
 * for the vendor's breach, or "无权以任何理由提前解除"); an early termination fee above the playbook's
 * share of the remaining fees ("all remaining Fees", "剩余服务期内的全部订阅费"). Meets: the customer
 * may terminate for convenience on notice, paying at most 30% of the remaining term's fees.
 */
import { anchorIn, around } from "../clauseText";
import { findPercentages } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { blank, isBody, sentences, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL = /terminat|cancel|\bexit\b|解除|终止|終止|解约|解約|退出/;
/** Leaving early without the word "terminate": "if Customer stops using the Service before the end of the term". */
const LEAVES_EARLY =
  /(?:stops?|ceases?) (?:to use|using)|before the end of the (?:then[- ]current |subscription )?term|停止使用|提前停用|提前退出/;
/** SIGNAL or LEAVES_EARLY, in one pass over the text. */
const EXIT_SIGNAL = new RegExp(`${SIGNAL.source}|${LEAVES_EARLY.source}`);

const TERMINATE = String.raw`(?:terminate|cancel)\b`;
const TERMINATE_ZH = String.raw`(?:解除|终止|終止|解约|解約)`;
/** "Customer may terminate", "甲方有权…解除本协议" — a right, not "upon termination". */
const RIGHT_EN = new RegExp(
  String.raw`\b(?:may|can|shall have the right to|has the right to|have the right to|is entitled to|are entitled to|shall be entitled to|reserves? the right to)\s+(?:(?!not\b|never\b)\w+\s+){0,4}?${TERMINATE}` +
    String.raw`|\b(?:may|can)\s+be\s+(?:terminated|cancell?ed)\b[^.;]{0,40}?\bby\s+(?:the\s+)?(?:customer|client|either party|each party|any party)`
);
const RIGHT_ZH = new RegExp(
  String.raw`(?:有权|有權|可以|(?<![不无無])可(?!能|抗)|得以)[^。;不无無]{0,30}?${TERMINATE_ZH}`
);
const NO_RIGHT_EN = new RegExp(
  String.raw`\b(?:may not|cannot|can not|shall not|will not|is not entitled to|are not entitled to|has no right to|have no right to|shall have no right to|not be entitled to|no right to)\s+(?:\w+\s+){0,4}?${TERMINATE}` +
    String.raw`|\b(?:neither|no) party (?:may|shall|will|can|is entitled to)\s+(?:\w+\s+){0,4}?${TERMINATE}` +
    String.raw`|\b(?:may|shall|can|will)\s+not\s+be\s+(?:terminated|cancell?ed)\b(?![^.;]{0,30}\bby (?:the )?(?:vendor|supplier|provider|licensor))`
);
/** A caption or a bare statement; the operative sentence is the better anchor when there is one. */
const NO_RIGHT_LABEL =
  /no termination for convenience|not (?:be )?terminable|non-terminable|(?:subscriptions?|agreement|orders?(?: forms?)?|commitments?|term)\b[^.;]{0,40}\bnon-cancell?able|non-cancell?able (?:subscriptions?|agreement|term|commitment)/;
const NO_RIGHT_ZH = new RegExp(
  String.raw`(?:无权|無權|不得|不能|不可(?!抗力)|不允许|不允許)[^。;]{0,30}?${TERMINATE_ZH}`
);
/** "If Customer terminates for convenience, …" / "甲方提前解除本协议的，应…" — a right implied. */
const IMPLIED_EN = new RegExp(
  String.raw`\b(?:customer|client|licensee|subscriber|you)\b[^.;]{0,20}\bterminates?\b[^.;]{0,60}(?:for convenience|without cause|for any reason|early)|\bterminat\w*[^.;]{0,20}\bfor convenience\b`
);
const IMPLIED_ZH = new RegExp(String.raw`(?:甲方|客户|客戶)[^。;]{0,20}提前${TERMINATE_ZH}`);
/** Exit terms that make a clause about termination even without a modal verb. */
const EXIT_TERMS =
  /termination (?:fee|charge|payment|penalty|for convenience|for cause)|early termination (?:fee|charge|payment|penalty)|terminat\w* early|exit (?:assistance|plan|fee)|transition (?:assistance|services)|提前(?:解除|终止|終止|解约|解約)[^。;]{0,40}(?:支付|费|費|通知|违约金|違約金|补偿|補償)|(?:解约|解約|终止|終止|解除)(?:费|費|金)|退出(?:机制|機制|协助|協助)|(?:过渡|過渡)(?:协助|協助|服务|服務)/;

const RENEWAL = /renew|续约|續約|续期|續期|续订|續訂/;
const CONVENIENCE =
  /for convenience|for any reason|for no reason|without cause|with or without cause|at any time|at will|无需(?:任何)?理由|無需(?:任何)?理由|无理由|無理由|任何理由|随时|隨時|自身(?:业务|業務|原因)|业务调整|業務調整|便利/;
/** Termination for breach, insolvency, force majeure or an SLA failure is not an exit at will. */
const CAUSE =
  /breach|default|insolv|bankrupt|liquidat|force majeure|fails? to|failure to|violat|\bcure\b|违约(?!金)|違約(?!金)|违反|違反|破产|破產|清算|不可抗力|逾期|未能|未按|严重|嚴重|无法实现|無法實現|过错|過錯|吊销|吊銷/;
const CONSEQUENCE =
  /因此|因而|由此|therefore|as a result|for that reason|on that (?:ground|account)/;
/** A right that arises only on a condition ("if availability falls below …") is not at will either. */
const CONDITION =
  /\bif\b|in the event|\bwhere\b|\bshould\b|in case|upon the occurrence|如果|若|倘若|一旦|出现|出現|发生|發生/;

const VENDOR =
  /\b(?:vendor|supplier|provider|licensor|contractor|we)\b|乙方|服务商|服務商|供应商|供應商|厂商|廠商|服务方|服務方/;
const CUSTOMER = /\b(?:customer|client|licensee|subscriber|you)\b|甲方|客户|客戶/;
const BOTH =
  /\b(?:either|each|neither|any) party\b|\bthe parties\b|\bboth parties\b|任何一方|双方|雙方|各方/;
const PARTY = new RegExp(`${BOTH.source}|${VENDOR.source}|${CUSTOMER.source}`, "g");

/** The early termination fee: "all remaining Fees", "剩余服务期内的全部订阅费", or a percentage. */
const FEE_WORDS =
  /\bfees?\b|\bpay|payable|\bdue\b|charge|liquidated|compensat|违约金|違約金|支付|费用|費用|补偿|補償|赔偿|賠償|解约金|解約金/;
const ALL_REMAINING =
  /\ball (?:of the )?remaining (?:\w+ ){0,2}?(?:fees|amounts|charges|payments)|(?:all|the entire|the full|the total|the balance of(?: the)?)\s+(?:\w+\s+){0,3}?(?:fees|amounts|charges)\s+(?:\w+\s+){0,4}?(?:for|of|under|payable for|due for)\s+(?:the\s+)?(?:remainder|remaining|rest|balance|unexpired)|(?:fees|amounts|charges|payments) (?:for|payable for|due for|that would have been (?:payable|due) for) the (?:(?:whole|entire|full) (?:of the )?)?(?:remainder|balance|rest|remaining|unexpired)\b|(?:剩余|剩餘)[^。;,]{0,8}?(?:内|內)?(?:的)?(?:全部|所有|全额|全額)?(?:订阅|訂閱|服务|服務|使用)?(?:费用|費用|费|費|款项|款項)|(?:全部|所有)剩余/;
/** Money going back to the customer; "non-refundable" / "不予退还" is the opposite. */
const REFUND = /refund|reimburs|credit|退还|退還|返还|返還|退款|退回/;
const NO_REFUND =
  /(?:non-|\bno |\bnot (?:be )?|\bwithout )(?:refund|reimburs)\w*|(?:不予|不|无需|無需|不得)(?:退还|退還|返还|返還|退款|退回)/g;
// Blanking only takes words out: no REFUND after it where there was none before.
const isRefund = (text: string) => REFUND.test(text) && REFUND.test(blank(text, NO_REFUND));
/** Percentages that are not the fee: interest, uptime. */
const NOT_FEE_PERCENT =
  /interest|per month|per annum|availability|uptime|利息|利率|每日|每月|可用性/;

type Side = "customer" | "vendor" | "both" | undefined;

/** The party named last before `at` (the subject of the right), skipping possessives. */
function actorBefore(text: string, at: number): Side {
  let side: Side;
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(text); m && m.index < at; m = PARTY.exec(text)) {
    if (/^(?:'s|的)/.test(text.slice(m.index + m[0].length))) continue;
    side = BOTH.test(m[0]) ? "both" : VENDOR.test(m[0]) ? "vendor" : "customer";
  }
  return side;
}

const customerSide = (side: Side) => side === "customer" || side === "both";

type Fee = { percent: number; start: number; end: number; written: string };

/** The early termination fee a sentence imposes, as a percentage of the remaining fees. */
function feeIn(s: Sentence): Fee | undefined {
  if (!EXIT_SIGNAL.test(s.text) || !FEE_WORDS.test(s.text)) return undefined;
  const percents = findPercentages(s.text).filter((p) => {
    const near = around(s.text, p.start, p.end, 40, 30);
    return FEE_WORDS.test(near) && !isRefund(near) && !NOT_FEE_PERCENT.test(near);
  });
  if (percents.length > 0) {
    const p = percents.reduce((a, b) => (b.value > a.value ? b : a));
    return { percent: p.value, start: s.start + p.start, end: s.start + p.end, written: p.text };
  }
  const all = ALL_REMAINING.exec(s.text);
  // "refund all remaining prepaid Fees" / "剩余费用退还甲方" run the other way.
  const refund = all && isRefund(around(s.text, all.index, all.index + all[0].length, 30, 20));
  if (all && !refund) {
    const start = s.start + all.index;
    return { percent: 100, start, end: start + all[0].length, written: all[0] };
  }
  return undefined;
}

type Reading = {
  relevant: boolean;
  /** An express right to terminate at will ("Customer may terminate … on 60 days' notice"). */
  convenience: boolean;
  /** A right implied by its price ("甲方提前解除的，应支付…"); void where the contract refuses it. */
  implied: boolean;
  /** The customer's "no termination for convenience", to anchor the finding on. */
  refusal?: { start: number; end: number };
  /** The refusal only follows some event ("因此", "as a result"): a poorer anchor. */
  weakRefusal?: boolean;
  fee?: Fee;
};

/** Words each match of NO_RIGHT_EN, NO_RIGHT_LABEL and IMPLIED_EN contains. */
const NO_RIGHT_EN_WORDS = /not\b|no right|no party|neither/;
const NO_RIGHT_LABEL_WORDS = /terminable|no termination|cancell?able/;
const IMPLIED_EN_WORDS = /for convenience|without cause|for any reason|early/;

/**
 * A word every match of the English patterns (RIGHT_EN, NO_RIGHT_EN, NO_RIGHT_LABEL, IMPLIED_EN)
 * contains, and one every match of the Chinese ones (RIGHT_ZH, NO_RIGHT_ZH, IMPLIED_ZH) contains.
 */
const TERMINATION_EN = /termina|cancel/;
const TERMINATION_ZH = new RegExp(TERMINATE_ZH);

/** Where a sentence refuses the customer an exit, if it does; `en` / `zh`: it names termination. */
function refusalIn(s: Sentence, en: boolean, zh: boolean): RegExpExecArray | undefined {
  const refusal =
    (en && NO_RIGHT_EN_WORDS.test(s.text) ? NO_RIGHT_EN.exec(s.text) : null) ??
    (zh ? NO_RIGHT_ZH.exec(s.text) : null);
  if (refusal && customerSide(actorBefore(s.text, refusal.index) ?? "customer")) return refusal;
  return undefined;
}

const BY = /(?:\bby|由)\s*(?:the\s+)?/;

/** The holder of a right: the party before the modal, else the one it names ("可由甲方解除"). */
function holderOf(text: string, m: RegExpExecArray): Side {
  const before = actorBefore(text, m.index);
  if (before) return before;
  const by = BY.exec(m[0]);
  return by ? actorBefore(text, m.index + m[0].length) : undefined;
}

type Refusal = { start: number; end: number; weak: boolean };

function readClause(clause: Clause): Reading {
  const reading: Reading = { relevant: false, convenience: false, implied: false };
  // "…甲方亦不得因此终止本合约" refuses one remedy, not every exit: a plain refusal anchors better.
  let plain: Refusal | undefined;
  let weak: Refusal | undefined;
  let label: { start: number; end: number } | undefined;
  for (const s of sentences(clause.norm)) {
    // Declining a renewal ("may cancel the renewal") is term-renewal, not an early exit.
    if (RENEWAL.test(s.text) && !EXIT_TERMS.test(s.text)) continue;
    // Rights, refusals, labels and implied rights name termination: in English, in Chinese.
    const en = TERMINATION_EN.test(s.text);
    const zh = TERMINATION_ZH.test(s.text);
    const refusal = refusalIn(s, en, zh);
    if (refusal) {
      const end = refusal.index + refusal[0].length;
      const afterEvent = CONSEQUENCE.test(s.text.slice(0, end));
      const r = { start: s.start + refusal.index, end: s.start + end, weak: afterEvent };
      if (afterEvent) weak ??= r;
      else plain ??= r;
    }
    const labelled = en && NO_RIGHT_LABEL_WORDS.test(s.text) ? NO_RIGHT_LABEL.exec(s.text) : null;
    if (labelled) {
      label ??= {
        start: s.start + labelled.index,
        end: s.start + labelled.index + labelled[0].length,
      };
    }
    const right = (en ? RIGHT_EN.exec(s.text) : null) ?? (zh ? RIGHT_ZH.exec(s.text) : null);
    const implied =
      (en && IMPLIED_EN_WORDS.test(s.text) ? IMPLIED_EN.exec(s.text) : null) ??
      (zh ? IMPLIED_ZH.exec(s.text) : null);
    const refused = refusal !== undefined || labelled !== null;
    const fee = feeIn(s);
    if (!reading.relevant && (right || implied || refused || fee || EXIT_TERMS.test(s.text)))
      reading.relevant = true;
    if (fee && (!reading.fee || fee.percent > reading.fee.percent)) reading.fee = fee;
    if (refused || (!right && !implied)) continue;
    const explicit = CONVENIENCE.test(s.text);
    const cause = !explicit && CAUSE.test(s.text);
    const atWill = explicit || (!cause && !CONDITION.test(s.text));
    if (right && customerSide(holderOf(s.text, right)) && atWill) reading.convenience = true;
    const impliedAtWill = explicit || !cause;
    const impliedHolder =
      implied && CUSTOMER.test(implied[0]) ? "customer" : implied && holderOf(s.text, implied);
    if (implied && impliedHolder !== "vendor" && impliedAtWill) reading.implied = true;
  }
  reading.refusal = plain ?? weak ?? label;
  reading.weakRefusal = (plain ?? weak)?.weak ?? false;
  return reading;
}

export const terminationExit: TopicRule = {
  id: "termination-exit",
  matches: (clause) => isBody(clause) && EXIT_SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const maxFee = positionNumber(topic, "maxTerminationFeePercent", 30);
    const noticeDays = positionNumber(topic, "convenienceNoticeDays", 60);
    const position = { convenienceNoticeDays: noticeDays, maxTerminationFeePercent: maxFee };
    const readings = matched
      .map((clause) => ({ clause, ...readClause(clause) }))
      .filter((r) => r.relevant);
    const findings: Finding[] = [];

    // An express right counts on its own; an implied one ("if Customer terminates early, it shall
    // pay …") not when the contract refuses the right ("甲方无权提前解除。甲方坚持提前终止的，…").
    const refused = readings.some((r) => r.refusal);
    const convenience = readings.some((r) => r.convenience || (r.implied && !refused));
    if (readings.length > 0 && !convenience) {
      // Anchor on the express refusal if there is one, else on the first termination clause.
      const refusing =
        readings.find((r) => r.refusal && !r.weakRefusal) ?? readings.find((r) => r.refusal);
      const clause = refusing?.clause ?? readings[0].clause;
      const at = refusing?.refusal ?? { start: 0, end: Math.min(clause.text.length, 1) };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, at.start, at.end),
          "high",
          { code: "no-convenience-exit", params: { notice: noticeDays } },
          { terminationForConvenience: { value: false } },
          position
        )
      );
    }
    for (const { clause, fee } of readings) {
      if (!fee || fee.percent <= maxFee) continue;
      const written = clause.text.slice(fee.start, fee.end);
      const values: Record<string, ReadValue> = {
        terminationFeePercent: { value: fee.percent, unit: "%", text: written },
      };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, fee.start, fee.end),
          "high",
          {
            code: "exit-fee-high",
            params: { percent: fee.percent, written, max: maxFee },
          },
          values,
          position
        )
      );
    }
    const clauses = readings.map((r) => r.clause);
    return { verdict: verdictOf(findings, clauses, topic), findings, clauses };
  },
};
