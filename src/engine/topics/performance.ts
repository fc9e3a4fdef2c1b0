/**
 * performance — 性能指标. Risky: the vendor expressly makes no performance commitment ("makes no
 * commitment regarding page load, query or batch processing times", "不对响应时间或处理性能作出任何承诺"),
 * only tries to reach one, or commits to times slower than the playbook's (page 3 s, query 5 s).
 * Meets: page ≤ 3 s and query ≤ 5 s committed.
 */
import { anchorIn } from "../clauseText";
import { NUMBER, numberFrom } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { AS_QUOTED, definesTerm, isBody, sentences } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /page[\s-]?load|load(?:ing)? times?|response times?|responsiveness|latency|throughput|quer(?:y|ies)|search results|report generation|batch (?:operation|processing)|concurrent users|(?:performance|speed) of the (?:service|system|platform|software|application)|performance (?:levels?|targets?|metrics|standards|indicators|benchmarks|requirements|commitments?|specifications?)|system performance|\d\s*(?:seconds?|secs?|ms)\b|性能|效能|响应时间|響應時間|响应速度|響應速度|加载|加載|载入|載入|查询|查詢|报表生成|報表生成|批量|批次|并发|併發|同时在线|同時在線|[\d一二三四五六七八九十两兩]\s*秒/;

/**
 * Words SIGNAL cannot match without: cheap scans that rule out most clauses. English and Chinese
 * apart (one alternation of both is slower in V8); "sec" / "ms" after a digit is found by the unit
 * first, then the digit behind it (V8 scans for a leading \d slowly); Traditional forms only where
 * normalisation keeps them (響應, 加載, 查詢, 報表, 發, 時間 are folded: normalize.ts).
 */
const SIGNAL_WORDS_EN =
  /page|load|response time|responsiveness|latency|throughput|quer|search results|report generation|batch |concurrent users|performance|speed/;
const SECONDS = /(?:sec|ms)(?<=\d\s*(?:sec|ms))/;
const SIGNAL_WORDS_ZH = /性能|效能|响应|载|查询|报表生成|批|并发|併发|同时|秒/;

/** A time the system takes: "three (3) seconds", "2s", "500 ms", "五秒", "1 minute". */
const TIME = new RegExp(
  `${NUMBER}\\s*(milliseconds?|ms\\b|毫秒|seconds?|secs?|s\\b|秒钟|秒鐘|秒|minutes?|mins?\\b|分钟|分鐘)`,
  "g"
);

type Kind = "page" | "query" | "other";
/** What a time measures: named words ("页面加载不超过3秒，查询不超过5秒"); else a bare "response" is a page. */
const KIND_WORDS: [Kind, RegExp][] = [
  [
    "page",
    /page|screen|load|render|display|界面|页面|頁面|加载|加載|载入|載入|打开|打開|显示|顯示|跳转|跳轉/g,
  ],
  ["query", /quer|search|look[\s-]?up|retriev|查询|查詢|检索|檢索|搜索|搜寻|搜尋/g],
  [
    "other",
    /report|batch|bulk|import|export|synchron|报表|報表|批量|批次|导入|導入|导出|導出|匯出|同步/g,
  ],
];
const GENERIC_WORDS = /respon|latency|响应|響應|延迟|延遲|时延|時延/;

/** Support deadlines are the support-response topic's ("respond to P1 requests within 30 minutes"). */
const SUPPORT_WORDS =
  /support|ticket|request|incident|fault|issue|severity|priority|\bp[1-4]\b|urgent|critical|技术支持|技術支持|工单|工單|故障|问题|問題|咨询|諮詢|紧急|緊急|优先级|優先級/;
const PAGE_OR_QUERY =
  /page|screen|load|quer|search|界面|页面|頁面|加载|加載|载入|載入|查询|查詢|检索|檢索|搜索/;

/** Performance expressly not committed: "makes no commitment regarding page load, query … times". */
const PERF_OBJECT =
  "page|load(?:ing)? times?|quer(?:y|ies)|response times?|responsiveness|speed|processing times?|latency|throughput|performance (?:levels?|targets?|metrics|standards|indicators|benchmarks)|system performance|(?:performance|speed) of the (?:service|system|platform|software|application)";
const NO_COMMITMENT = new RegExp(
  [
    `\\b(?:no|not|without) (?:any )?(?:commitment|guarantee|warrant(?:y|ies)|representation|undertaking|assurance)s?\\b[^.;]{0,80}?\\b(?:${PERF_OBJECT})`,
    `\\b(?:(?:does|do|will|shall|can|could|may) not|cannot|can't|won't|doesn't)\\s+(?:guarantee|warrant|commit to|promise|ensure)\\b[^.;]{0,60}?\\b(?:${PERF_OBJECT})`,
    `\\b(?:${PERF_OBJECT})\\b[^.;]{0,60}\\b(?:is|are) not (?:guaranteed|warranted|committed|assured)`,
    "不(?:对|對|就|为|為)[^。；;]{0,40}(?:响应时间|響應時間|回应时间|回應時間|性能|效能|速度|加载|加載|载入|載入|查询|查詢)[^。；;]{0,24}(?:承诺|承諾|保证|保證|担保|擔保)",
    "不(?:保证|保證|承诺|承諾|担保|擔保)[^。；;]{0,30}(?:响应时间|響應時間|性能|效能|速度|加载|加載|载入|載入|查询|查詢)",
    "(?:性能|效能|响应时间|響應時間|速度)[^。；;]{0,20}(?:不作|不做|不予|不构成|不構成)[^。；;]{0,6}(?:承诺|承諾|保证|保證)",
  ].join("|")
);
/** A time the vendor only aims at: "reasonable efforts to ensure pages load within 3 seconds", "仅供参考". */
const HOLLOW =
  /(?:commercially reasonable|reasonable|best|good[\s-]faith) efforts?|\b(?:endeavou?rs?|strives?|aims?) to\b|for reference only|indicative|non-binding|not binding|(?:商业上|商業上)?合理(?:的|之)?努力|[尽盡][^。；;，,]{0,8}努力|[尽盡]力|力[争爭]|仅供参考|僅供參考|不具(?:有)?(?:约束力|約束力)/;
/** A capacity commitment also addresses performance: "supports 200 concurrent users". */
const CAPACITY =
  /(?:support|handle|accommodate)[^.;]{0,30}\d[\d,]*\s*concurrent|concurrent users?[^.;]{0,20}(?:of|up to|at least)\s*\d|支持[^。；;]{0,10}\d+[^。；;]{0,6}(?:并发|併發|同时在线|同時在線)|(?:并发|併發|同时在线|同時在線)用户(?:数|數)?[^。；;]{0,10}\d/;

type Time = { kind: Kind; seconds: number; text: string; start: number; end: number };
type Span = { start: number; end: number };

const SECONDS_PER: [RegExp, number][] = [
  [/^(?:milliseconds?|ms|毫秒)$/, 0.001],
  [/^(?:minutes?|mins?|分钟|分鐘)$/, 60],
];

function kindOf(sentence: string, start: number, end: number): Kind | undefined {
  let best: { kind: Kind; distance: number } | undefined;
  for (const [kind, pattern] of KIND_WORDS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      // The nearest word before the time names what it measures; a word after only when none precedes.
      const distance = m.index < start ? start - m.index : m.index - end + 1000;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  if (best) return best.kind;
  return GENERIC_WORDS.test(sentence) ? "page" : undefined;
}

/** Does the sentence speak of support, not of pages or queries? */
function aboutSupport(sentence: string): boolean {
  return SUPPORT_WORDS.test(sentence) && !PAGE_OR_QUERY.test(sentence);
}

/** Times in one sentence that measure the system (not support deadlines, `support`: aboutSupport). */
function timesIn(sentence: string, offset: number, support: boolean): Time[] {
  if (support) return [];
  const out: Time[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(sentence); m; m = TIME.exec(sentence)) {
    const value = numberFrom(m);
    if (value === undefined || Number.isNaN(value)) continue;
    const unit = m[5];
    const factor = SECONDS_PER.find(([re]) => re.test(unit))?.[1] ?? 1;
    const start = m.index;
    const end = m.index + m[0].length;
    const kind = kindOf(sentence, start, end);
    // Minutes are batch or report times unless the sentence speaks of pages or queries.
    if (!kind || (factor === 60 && !PAGE_OR_QUERY.test(sentence))) continue;
    out.push({
      kind,
      seconds: Math.round(value * factor * 1000) / 1000,
      text: m[0].trim(),
      start: offset + start,
      end: offset + end,
    });
  }
  return out;
}

type Read = { clause: Clause; times: Time[]; notCommitted?: Span; capacity: boolean };

function read(clause: Clause): Read {
  const norm = clause.norm;
  const times: Time[] = [];
  let notCommitted: Span | undefined;
  for (const s of sentences(norm, AS_QUOTED)) {
    const { text } = s;
    const support = aboutSupport(text);
    const found = timesIn(text, s.start, support);
    times.push(...found);
    if (notCommitted) continue;
    const none = NO_COMMITMENT.exec(text);
    if (none && !support) {
      notCommitted = { start: s.start + none.index, end: s.start + none.index + none[0].length };
    } else if (found.length > 0) {
      const hollow = HOLLOW.exec(text);
      if (hollow) {
        notCommitted = {
          start: s.start + hollow.index,
          end: s.start + hollow.index + hollow[0].length,
        };
      }
    }
  }
  return { clause, times, notCommitted, capacity: CAPACITY.test(norm) };
}

export const performance: TopicRule = {
  id: "performance",
  matches: (clause) =>
    isBody(clause) &&
    (SIGNAL_WORDS_EN.test(clause.norm) ||
      SECONDS.test(clause.norm) ||
      SIGNAL_WORDS_ZH.test(clause.norm)) &&
    !definesTerm(clause.norm, "short-entry") &&
    SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const maxPage = positionNumber(topic, "maxPageLoadSeconds", 3);
    const maxQuery = positionNumber(topic, "maxQuerySeconds", 5);
    const position = { maxPageLoadSeconds: maxPage, maxQuerySeconds: maxQuery };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const r of matched.map(read)) {
      // Quote the times as written (norm is lower-cased).
      for (const t of r.times) t.text = r.clause.text.slice(t.start, t.end).trim();
      if (r.times.length === 0 && !r.notCommitted && !r.capacity) continue;
      relevant.push(r.clause);
      const values: Record<string, ReadValue> = {};
      for (const t of r.times) {
        const key =
          t.kind === "query" ? "querySeconds" : t.kind === "page" ? "pageLoadSeconds" : "";
        if (key && !values[key]) values[key] = { value: t.seconds, unit: "second", text: t.text };
      }
      if (r.notCommitted) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, r.notCommitted.start, r.notCommitted.end),
            "medium",
            { code: "no-performance-commitment", params: { what: "none", maxPage, maxQuery } },
            { ...values, performanceCommitted: { value: false } },
            position
          )
        );
        continue;
      }
      for (const t of r.times) {
        const max = t.kind === "page" ? maxPage : t.kind === "query" ? maxQuery : undefined;
        if (max === undefined || t.seconds <= max) continue;
        const key = t.kind === "page" ? "pageLoadSeconds" : "querySeconds";
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, t.start, t.end),
            "medium",
            {
              code: "no-performance-commitment",
              params: { what: t.kind, seconds: t.seconds, written: t.text, max, maxPage, maxQuery },
            },
            { [key]: { value: t.seconds, unit: "second", text: t.text } },
            position
          )
        );
      }
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
