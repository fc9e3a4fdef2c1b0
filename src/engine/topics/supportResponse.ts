/**
 * support-response — 技术支持响应时效. Risky: "7×24 support" whose urgent faults are answered in 48
 * hours; no severity levels. Meets: response within 1 hour for a major data incident (P1), 4 hours for
 * a severe fault (P2), 24 hours for ordinary questions (P3) — the playbook's numbers.
 */
import { anchorIn, around } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { isBody } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

export type SupportLevel = "p1" | "p2" | "p3";

const SIGNAL =
  /technical support|support services?|helpdesk|help desk|service desk|respon(?:se|d)|[57]\s*[x×*]\s*24|24\s*[x×*/]\s*7|技术支持|售后(?:服务|支持)|服务热线|响应|故障(?:处理|报修)|[五七]\s*[x×*]\s*24/;
/** Words SIGNAL cannot match without ("24" for 7×24 and 24/7): one cheap scan rules out most clauses. */
const SIGNAL_WORDS =
  /support|helpdesk|help desk|service desk|respon|24|技术支持|售后|热线|响应|故障/;
/** Support named in a clause that does not say "respond". */
const SUPPORT_NAMED = /support|支持|售后/;
const RESPONSE_WORDS = /respon|reply|acknowledg|answer|react|响应|回复|回覆|答复|答覆|到场|反馈/;
const RESOLUTION_WORDS = /resol|fix|restor|workaround|remed|解决|修复|恢复|排除/;

/** A resolution verb at most three words before the time: "resolve it within", "恢复时间为". */
const RESOLUTION_JUST_BEFORE =
  /(?:resol|fix|restor|remed|workaround)\w*[\s,]+(?:[\w()]+\s+){0,3}$|(?:解决|修复|恢复|排除)[^，,。；]{0,6}$/;

/** Severity words; P1 is checked first so "major data incident" is P1, "major fault" P2. */
const LEVELS: [SupportLevel, RegExp][] = [
  [
    "p1",
    /urgent|critical|emergency|severity\s*(?:level\s*)?1\b|sev\s*1\b|\bp1\b|priority\s*1\b|level\s*1\b|system (?:is )?down|outage|major (?:data )?incident|紧急|重大|特急|一级|p1级|系统(?:瘫痪|宕机|中断|不可用)|数据(?:丢失|泄露|事故)/,
  ],
  [
    "p2",
    /severe|serious|high[\s-]priority|major|severity\s*(?:level\s*)?2\b|sev\s*2\b|\bp2\b|priority\s*2\b|level\s*2\b|严重|较重|二级|重要/,
  ],
  [
    "p3",
    /ordinary|normal|general|minor|low[\s-]priority|routine|other (?:issues|requests|questions)|severity\s*(?:level\s*)?3\b|sev\s*3\b|\bp3\b|priority\s*3\b|level\s*3\b|一般|普通|轻微|三级|其他(?:问题|故障|请求)|咨询/,
  ],
];
/** LEVELS with the global flag, to find every severity word before a time. */
const LEVELS_GLOBAL: [SupportLevel, RegExp][] = LEVELS.map(([level, pattern]) => [
  level,
  new RegExp(pattern.source, "g"),
]);
const LEVEL_NAMES: Record<SupportLevel, string> = { p1: "P1", p2: "P2", p3: "P3" };
const DEFAULT_MAX: Record<SupportLevel, number> = { p1: 1, p2: 4, p3: 24 };
const SEVERITY_OF_LATE: Record<SupportLevel, "high" | "medium"> = {
  p1: "high",
  p2: "high",
  p3: "medium",
};

/** Pieces of a clause that each speak of one severity: sentences, semicolon parts, table cells. */
const PIECE = /[^。；;!?！？\n|]+/g;

type Response = { level: SupportLevel | undefined; duration: Duration; start: number; end: number };

/** How segment() joins a row's cells. */
const CELL_JOINER = " | ";

/** A support table's row: "Severity 1 — system down | within 8 hours | 24 hours" under a header. */
function isSupportTableRow(clause: Clause): boolean {
  return (
    clause.kind === "table-row" &&
    clause.header !== undefined &&
    clause.header.some((h) => RESPONSE_WORDS.test(h))
  );
}

/** Response times in a table row: the durations in the columns whose header names a response. */
function responsesInRow(clause: Clause): Response[] {
  const out: Response[] = [];
  const level = levelOf(clause.norm);
  clause.paragraphs.forEach((_, i) => {
    const head = clause.header![clause.cells![i]] ?? "";
    if (!RESPONSE_WORDS.test(head)) return; // the severity, resolution or remarks column
    const from = clause.offsets[i];
    const to =
      i + 1 < clause.offsets.length
        ? clause.offsets[i + 1] - CELL_JOINER.length
        : clause.norm.length;
    const cell = clause.norm.slice(from, to);
    for (const d of findDurations(cell))
      out.push({ level, duration: d, start: from + d.start, end: from + d.end });
  });
  return out;
}

/** Response times in a clause, each with the severity level named in its piece of text. */
function responsesIn(clause: Clause): Response[] {
  if (isSupportTableRow(clause)) return responsesInRow(clause);
  const out: Response[] = [];
  const rowLevel = clause.kind === "table-row" ? levelOf(clause.norm) : undefined;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(clause.norm); m; m = PIECE.exec(clause.norm)) {
    const piece = m[0];
    const durations = findDurations(piece);
    durations.forEach((d, i) => {
      const level =
        levelAfter(piece, d.end, durations[i + 1]?.start) ??
        levelBefore(piece, d.start) ??
        rowLevel;
      // English names the act first ("respond within 48 hours"), Chinese after ("48小时内响应").
      const before = around(piece, d.start, d.end, 60, 0);
      const after = piece.slice(d.end, d.end + 8);
      const context = RESPONSE_WORDS.test(after) || RESOLUTION_WORDS.test(after) ? after : before;
      // "resolve within 8 hours" names the act right before the time; a severity definition further
      // back ("no workaround exists): 8 hours") does not make it a resolution target.
      const isResolution =
        context === after
          ? RESOLUTION_WORDS.test(after) && !RESPONSE_WORDS.test(after)
          : RESOLUTION_JUST_BEFORE.test(piece.slice(0, d.start));
      // "…respond within 4 hours to P2; ordinary questions within 5 business days": the verb is
      // shared, so a duration with its own severity in a clause about responses is a response time.
      const isResponse =
        RESPONSE_WORDS.test(context) ||
        (!isResolution &&
          (clause.kind === "table-row" ||
            (level !== undefined && RESPONSE_WORDS.test(clause.norm))));
      if (!isResponse || isResolution) return;
      out.push({ level, duration: d, start: m.index + d.start, end: m.index + d.end });
    });
  }
  return out;
}

/**
 * "within 4 hours to a severe fault (P2)": English may name the severity right after the time, as the
 * object of "to" / "for", before the next time.
 */
function levelAfter(
  piece: string,
  from: number,
  nextTime: number | undefined
): SupportLevel | undefined {
  const after = piece.slice(from, Math.min(nextTime ?? piece.length, from + 100));
  return /^\s*(?:to|for)\b/.test(after) ? levelOf(after) : undefined;
}

/** The severity named closest before `at` in the piece ("紧急故障48小时…，一般问题5个工作日" → P3 for the 2nd). */
function levelBefore(piece: string, at: number): SupportLevel | undefined {
  let best: { level: SupportLevel; index: number } | undefined;
  const head = piece.slice(0, at);
  for (const [level, global] of LEVELS_GLOBAL) {
    global.lastIndex = 0;
    for (let m = global.exec(head); m; m = global.exec(head)) {
      if (!best || m.index > best.index) best = { level, index: m.index };
    }
  }
  return best?.level;
}

/**
 * Levels named by their label ("P2", "Severity 2", "二级"). A label outranks the words of a definition:
 * "P2 | A critical function cannot be used" is P2, though "critical" alone would make it P1.
 */
const LABELS: [SupportLevel, RegExp][] = (["p1", "p2", "p3"] as const).map((level, i) => {
  const n = i + 1;
  const zh = "一二三"[i];
  return [
    level,
    new RegExp(
      String.raw`\bp${n}\b|severity\s*(?:level\s*)?${n}\b|sev\s*${n}\b|priority\s*${n}\b|level\s*${n}\b|${zh}级`
    ),
  ];
});

function levelOf(text: string): SupportLevel | undefined {
  // The first label in the text names the level (a row's first cell, before its definition).
  let first: { level: SupportLevel; index: number } | undefined;
  for (const [level, label] of LABELS) {
    const m = label.exec(text);
    if (m && (!first || m.index < first.index)) first = { level, index: m.index };
  }
  if (first) return first.level;
  for (const [level, pattern] of LEVELS) if (pattern.test(text)) return level;
  return undefined;
}

export const supportResponse: TopicRule = {
  id: "support-response",
  matches: (clause) =>
    isSupportTableRow(clause) ||
    (isBody(clause) &&
      SIGNAL_WORDS.test(clause.norm) &&
      SIGNAL.test(clause.norm) &&
      (RESPONSE_WORDS.test(clause.norm) || SUPPORT_NAMED.test(clause.norm))),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const max = (level: SupportLevel) =>
      positionNumber(topic, `max${LEVEL_NAMES[level]}ResponseHours`, DEFAULT_MAX[level]);
    const position = {
      maxP1ResponseHours: max("p1"),
      maxP2ResponseHours: max("p2"),
      maxP3ResponseHours: max("p3"),
    };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const responses = responsesIn(clause);
      if (responses.length === 0) continue; // "support is available by e-mail" says nothing about time
      relevant.push(clause);
      for (const r of responses) {
        const hours = r.duration.hours;
        const values: Record<string, ReadValue> = {
          [`${r.level ?? "any"}ResponseHours`]: {
            value: hours,
            unit: "hour",
            text: r.duration.text,
          },
        };
        const anchor = anchorIn(snapshot, clause, r.start, r.end);
        if (r.level === undefined) {
          // One response time for every issue: judged against the urgent-fault target.
          if (hours > max("p1")) {
            findings.push(
              finding(
                context,
                anchor,
                "high",
                {
                  code: "no-severity-levels",
                  params: { hours, written: r.duration.text, max: max("p1") },
                },
                values,
                position
              )
            );
          }
        } else if (hours > max(r.level)) {
          findings.push(
            finding(
              context,
              anchor,
              SEVERITY_OF_LATE[r.level],
              {
                code: "response-too-slow",
                params: {
                  level: LEVEL_NAMES[r.level],
                  hours,
                  written: r.duration.text,
                  max: max(r.level),
                },
              },
              values,
              position
            )
          );
        }
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
