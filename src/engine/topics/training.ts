/**
 * training — 培训 / 教育訓練. Risky: training charged separately, or only online documentation; fewer
 * sessions or shorter sessions than the playbook's (3 on-site sessions of 6 hours), or sessions held
 * only remotely. Meets: at least 3 on-site sessions of at least 6 hours, free. Training that is
 * promised free but not quantified is not a finding (docs/judging.md).
 */
import { anchorIn } from "../clauseText";
import { CHINESE_NUMERAL_CHARS } from "../numbers/chineseNumeral";
import { findCounts } from "../numbers/counts";
import { ENGLISH_NUMBER_WORDS } from "../numbers/englishNumber";
import { findDurations, NUMBER, numberFrom } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { chargedIn, underHeading, deliveryMatches } from "./delivery";
import { cn, sentences, zhRe, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL = /\btrain|培训|教育训练/;

/** Training of people, not of machine-learning models on customer data. */
const TRAINING =
  /\btraining\b|\btrain (?:the )?(?:customer|client|its|users?|administrators?|staff|personnel|employees|end[\s-]users)|培训|教育训练/;
const MODEL_TRAINING =
  /machine learning|artificial intelligence|\bai\b|\bmodels?\b|algorithms?|training data|datasets?|模型|算法|人工智能/;

/** The clause commits to (or prices, or refuses) training — not "requests for … training" in passing. */
const PROVIDES =
  /\b(?:provide|deliver|conduct|offer|give|perform|organi[sz]e|arrange|hold|run|include)s?\b[^.;]{0,60}\btraining|\btraining\b[^.;]{0,40}\b(?:will|shall|must) be (?:provided|delivered|conducted|given|held)|\btraining (?:services?|sessions?|plan|program(?:me)?|materials?|courses?|shall|will)|^\s*(?:[\d.]+\s*)?training\b|(?:提供|组织|安排|负责|进行|开展|包含|包括|举办)[^。；]{0,30}(?:培训|教育训练)|(?:培训|教育训练)(?:服务|内容|对象|方式|时间|地点|课程|计划|资料|材料|手册|视频|场次|次数|费用|应|将|由|包括|包含)/;

/** "Training is limited to the online documentation", "仅提供在线文档", "不提供现场培训". */
const DOCS_ONLY = zhRe(
  String.raw`(?:training|instruction)[^.;]{0,60}(?:limited to|consists? (?:solely |only )?of|by way of|in the form of)\s+(?:the\s+)?(?:vendor's\s+)?(?:online\s+)?(?:documentation|help cent(?:er|re)|knowledge base|self-service|user guides?|videos?|e-?learning|tutorials?)|(?:only|solely)\s+(?:through\s+|via\s+)?(?:the\s+)?(?:online\s+)?(?:documentation|help cent(?:er|re)|self-service)|(?:does|will|shall) not (?:provide|include|offer|deliver|conduct) (?:any )?(?:on-?site |in-person |live )?training|no (?:on-?site |in-person |live )?training (?:is|will be|shall be)?\s*(?:provided|included|offered)|in lieu of training|(?:培训|教育训练)[^。；]{0,20}(?:仅|仅限|只)(?:以|通过|提供)?[^。；]{0,10}(?:在线文档|帮助中心|文档|视频|手册|知识库)|(?:仅|只)(?:提供|以)[^。；]{0,10}(?:在线文档|帮助中心|用户文档|操作手册|视频教程|知识库)[^。；]{0,10}(?:培训|教育训练)?|不(?:提供|负责|包含|包括|安排)(?:任何)?(?:现场)?(?:培训|教育训练)|以(?:在线文档|帮助中心|视频)[^。；]{0,6}(?:代替|替代)(?:培训|教育训练)`
);

/** Sessions held remotely only ("two remote sessions", "线上培训") — not "online documentation". */
const REMOTE =
  /\bremote(?:ly)?\b(?! access)|(?:online|virtual|web-?based) (?:training|sessions?|courses?|classes|workshops?)|webinars?|video ?conferenc|(?:held|conducted|delivered|provided) (?:online|remotely|virtually)|线上|远程|(?:在线|网络|视频|视讯)(?:方式)?(?:培训|教育训练|课程|授课|会议|进行|讲解)/;
const ONSITE = /on-?site|on site|in[\s-]person|at (?:the )?customer's premises|现场|到场|面授|线下/;

/** "two (2) remote administrator training sessions", "3場教育訓練" — what findCounts may miss. */
const SESSIONS_EN = new RegExp(
  String.raw`${NUMBER}\s+(?:[a-z-]+\s+){0,3}?(?:training\s+)?(?:sessions?|workshops?|classes|courses?)\b`,
  "g"
);
const SESSIONS_ZH = new RegExp(cn(String.raw`${NUMBER}\s*(?:场|次(?!性)|期|节|堂)`), "g");
/** "three (3) days of on-site training", "3天现场培训", "培训3天": a training day is a full session. */
const TRAINING_DAYS = [
  String.raw`${NUMBER}\s*(?:full[\s-])?(?:days?|business days?|working days?)\s+of\s+(?:[a-z-]+\s+){0,2}training`,
  String.raw`${NUMBER}\s*(?:个)?(?:工作日|天|日)(?:的)?(?:现场|集中|线下|线上)?(?:培训|教育训练)`,
  String.raw`(?:培训|教育训练)(?:时间)?(?:为|共|共计)?${NUMBER}\s*(?:个)?(?:工作日|天|日)(?![内前后])`,
].map((source) => new RegExp(source, "g"));
/** Each pattern of a session count, with a word every match of it contains. */
const SESSION_PATTERNS: [RegExp, RegExp][] = [
  [SESSIONS_EN, /session|workshop|classes|course/],
  [SESSIONS_ZH, /[场場次期节節堂]/],
  [TRAINING_DAYS[0], /days?\s+of\s/],
  [TRAINING_DAYS[1], /培训|教育训练/],
  [TRAINING_DAYS[2], /培训|教育训练/],
];
/** A duration about scheduling ("48 hours' notice", "within 30 days"), not a session's length. */
const SCHEDULING_AFTER =
  /^\s*(?:'s?\s+)?(?:notice|in advance|before|prior|after|前|提前|之前|以前|内|之内|以内|后)/;
/** 于 as "at / on" — not the 于 of a comparison ("不少于6小时", "多于", "不低于"). */
const SCHEDULING_BEFORE = /(?:within|before|after|prior to|提前|在|(?<![少多低高])于)\s*$/;
const TOTAL_BEFORE = /(?:total|aggregate|in all|合计|共计|总计|累计|共)[^.;。；]{0,12}$/;

const TRAINING_AFTER = /^(?!开发)[^。；，、]{0,16}(?:培训|教育训练|训练|课程|讲座)/;
const TRAINING_BEFORE = /(?:培训|教育训练|训练|课程)[^。；]{0,10}$/;

const TOTAL_AFTER = /^\s*(?:in total|in aggregate|in all|total)\b/;

/** What every match of NUMBER starts with: a digit, a Chinese numeral or an English number word. */
const HAS_NUMBER = new RegExp(
  cn(String.raw`\d|[${CHINESE_NUMERAL_CHARS}]|\b(?:${ENGLISH_NUMBER_WORDS.join("|")})`),
  "i"
);

type Quantity = { value: number; clause: Clause; start: number; end: number; text: string };
type Stats = { sessions: Quantity[]; hours: Quantity[]; total: Quantity[]; remote: Quantity[] };

function readQuantities(clause: Clause, s: Sentence, stats: Stats): void {
  if (!HAS_NUMBER.test(s.text)) return; // every count, session and duration read below is a NUMBER
  const at = (start: number, end: number, value: number): Quantity => ({
    value,
    clause,
    start: s.start + start,
    end: s.start + end,
    text: clause.text.slice(s.start + start, s.start + end),
  });
  const counts: Quantity[] = findCounts(s.text)
    .filter((c) => c.what === "sessions")
    .map((c) => at(c.start, c.end, c.value));
  for (const [re, words] of SESSION_PATTERNS) {
    if (!words.test(s.text)) continue; // no match without the word
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const value = numberFrom(m);
      const overlaps = counts.some(
        (c) => c.start < s.start + m!.index + m![0].length && c.end > s.start + m!.index
      );
      if (value === undefined || Number.isNaN(value) || overlaps || s.text[m.index - 1] === "第")
        continue;
      counts.push(at(m.index, m.index + m[0].length, value));
    }
  }
  // "二次开发", "一次批量导入": a Chinese count of 次 / 期 is a session only next to the training.
  const sessions = counts.filter((c) => {
    if (!/[次期节節场場堂]$/.test(c.text)) return true;
    const from = c.start - s.start;
    const to = c.end - s.start;
    return (
      TRAINING_AFTER.test(s.text.slice(to, to + 20)) ||
      TRAINING_BEFORE.test(s.text.slice(Math.max(0, from - 12), from))
    );
  });
  counts.splice(0, counts.length, ...sessions);
  stats.sessions.push(...counts);
  for (const d of findDurations(s.text)) {
    if (d.unit !== "hour") continue;
    if (counts.some((c) => c.start <= s.start + d.start && c.end >= s.start + d.end)) continue;
    const before = s.text.slice(Math.max(0, d.start - 16), d.start);
    if (SCHEDULING_AFTER.test(s.text.slice(d.end)) || SCHEDULING_BEFORE.test(before)) continue;
    const q = at(d.start, d.end, d.value);
    const total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(s.text.slice(d.end));
    (total ? stats.total : stats.hours).push(q);
  }
  if (REMOTE.test(s.text) && !ONSITE.test(s.text)) stats.remote.push(...counts);
}

export const training: TopicRule = {
  id: "training",
  matches: deliveryMatches([SIGNAL], "training"),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minSessions = positionNumber(topic, "minOnsiteSessions", 3);
    const minHours = positionNumber(topic, "minSessionHours", 6);
    const position = { minOnsiteSessions: minSessions, minSessionHours: minHours };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    const stats: Stats = { sessions: [], hours: [], total: [], remote: [] };

    for (const clause of matched) {
      const under = underHeading(clause, "training");
      // TRAINING does not look around: no sentence matches it where the whole clause does not.
      if (!under && !TRAINING.test(clause.norm)) continue;
      const about = sentences(clause.norm).filter(
        (s) => (under || TRAINING.test(s.text)) && !MODEL_TRAINING.test(s.text)
      );
      let addressed = under;
      let charged: { start: number; end: number; kind: "charged" | "documentation" } | undefined;
      for (const s of about) {
        const docs = DOCS_ONLY.exec(s.text);
        const before = stats.sessions.length + stats.hours.length + stats.total.length;
        readQuantities(clause, s, stats);
        const quantified = stats.sessions.length + stats.hours.length + stats.total.length > before;
        // The charge matters only for a first finding or to address the clause; docs outrank it.
        const fee = docs || (charged && (addressed || quantified)) ? undefined : chargedIn(s.text);
        if (fee || docs || quantified || PROVIDES.test(s.text)) addressed = true;
        const hit = docs ?? fee;
        if (hit && !charged) {
          charged = {
            start: s.start + hit.index,
            end: s.start + hit.index + hit[0].length,
            kind: docs ? "documentation" : "charged",
          };
        }
      }
      if (!addressed) continue;
      relevant.push(clause);
      if (charged) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, clause, charged.start, charged.end),
            "low",
            { code: "training-charged", params: { kind: charged.kind, minSessions, minHours } },
            charged.kind === "documentation"
              ? { documentationOnly: { value: true } }
              : { trainingCharged: { value: true } },
            position
          )
        );
      }
    }

    const tooLittle = tooLittleTraining(stats, minSessions, minHours);
    if (tooLittle) {
      findings.push(
        finding(
          context,
          anchorIn(snapshot, tooLittle.at.clause, tooLittle.at.start, tooLittle.at.end),
          "low",
          { code: "training-too-little", params: tooLittle.params },
          tooLittle.values,
          position
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};

const largest = (qs: Quantity[]) =>
  qs.reduce<Quantity | undefined>(
    (a, q) => (a === undefined || q.value > a.value ? q : a),
    undefined
  );

/** The generous reading (most sessions, longest session) still falls short of the playbook. */
function tooLittleTraining(stats: Stats, minSessions: number, minHours: number) {
  const sessions = largest(stats.sessions);
  let hours = largest(stats.hours);
  const total = largest(stats.total);
  // "12 hours in total over 3 sessions" is 4 hours a session.
  if (!hours && total && sessions) {
    hours = { ...total, value: Math.round((total.value / sessions.value) * 10) / 10 };
  }
  if (!sessions && !hours && !total) return undefined;
  const fewSessions = sessions !== undefined && sessions.value < minSessions;
  const shortSessions = hours !== undefined && hours.value < minHours;
  const shortTotal =
    !sessions && !hours && total !== undefined && total.value < minSessions * minHours;
  const remote = stats.remote.length > 0 && stats.remote.length === stats.sessions.length;
  if (!fewSessions && !shortSessions && !shortTotal && !remote) return undefined;

  const values: Record<string, ReadValue> = {};
  const params: Record<string, string | number> = { minSessions, minHours };
  if (sessions) {
    values.sessions = { value: sessions.value, text: sessions.text };
    params.sessions = sessions.value;
  }
  if (hours) {
    values.sessionHours = { value: hours.value, unit: "hour", text: hours.text };
    params.hours = hours.value;
  }
  if (shortTotal) {
    values.totalHours = { value: total!.value, unit: "hour", text: total!.text };
    params.totalHours = total!.value;
  }
  if (remote) params.remote = "yes";
  const at = fewSessions ? sessions! : shortSessions ? hours! : shortTotal ? total! : sessions!;
  return { at, values, params };
}
