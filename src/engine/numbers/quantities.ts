/**
 * Finds quantities in normalised clause text (see normalizeForMatch): durations and percentages, in
 * English and Chinese, with Arabic digits, English words and Chinese numerals, and their mixes —
 * "ninety (90) days", "90天", "九十（90）日", "30个工作日", "48 hours", "一年", "99.9%", "百分之九十九点九".
 * Offsets index the text given (which has the same offsets as the original paragraph).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chineseNumeral";
import { ENGLISH_NUMBER_WORDS, parseEnglishNumber } from "./englishNumber";

export type DurationUnit = "minute" | "hour" | "day" | "business-day" | "week" | "month" | "year";

export type Duration = {
  kind: "duration";
  value: number;
  unit: DurationUnit;
  /** The same span in hours (business day = 24 h, month = 30 days, year = 365 days) for comparisons. */
  hours: number;
  start: number;
  end: number;
  /** The text as written, e.g. "ninety (90) days". */
  text: string;
};

export type Percentage = {
  kind: "percent";
  value: number;
  start: number;
  end: number;
  text: string;
};

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE = `[${CHINESE_NUMERAL_CHARS}]+`;
const WORD = `(?:${ENGLISH_NUMBER_WORDS.join("|")})`;
const ENGLISH = String.raw`\b${WORD}(?:[\s-]+(?:and[\s-]+)?${WORD})*\b`;
/** "ninety (90)" / "九十（90）" — the digits in brackets confirm the words; normalised brackets are ASCII. */
const BRACKETED = String.raw`\s*\(\s*(\d+(?:\.\d+)?)\s*\)`;
/** A number in any of its written forms; groups: 1 Arabic, 2 English words, 3 Chinese, 4 bracketed digits. */
export const NUMBER = `(?:(${ARABIC})|(${ENGLISH})|(${CHINESE}))(?:${BRACKETED})?`;

const UNIT_WORDS: [RegExp, DurationUnit][] = [
  [/^(?:business|working) days?$|^(?:个)?工作日$/, "business-day"],
  [/^(?:calendar )?days?$|^(?:个)?(?:日|天|自然日)$/, "day"],
  [/^hours?$|^hrs?$|^h$|^(?:个)?小时$|^(?:个)?钟头$/, "hour"],
  [/^minutes?$|^mins?$|^分钟$/, "minute"],
  [/^weeks?$|^(?:个)?(?:周|星期)$/, "week"],
  [/^months?$|^(?:个)?月$/, "month"],
  [/^years?$|^(?:个)?年$/, "year"],
];
const UNIT = String.raw`(business days?|working days?|calendar days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|h\b|个?工作日|个?自然日|个?小时|个?钟头|分钟|个?星期|个?周|个?月|日|天|年)`;
const DURATION_RE = new RegExp(`${NUMBER}\\s*(?:-\\s*)?${UNIT}`, "g");

const HOURS_PER: Record<DurationUnit, number> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  "business-day": 24,
  week: 168,
  month: 720,
  year: 8760,
};

/** The value of a match of NUMBER whose groups 1–4 are the number's groups. */
export function numberFrom(match: RegExpExecArray): number | undefined {
  const [, arabic, english, chinese, bracketed] = match;
  if (bracketed !== undefined) return Number(bracketed);
  if (arabic !== undefined) return Number(arabic.replace(/,/g, ""));
  if (english !== undefined) return parseEnglishNumber(english);
  if (chinese !== undefined) return parseChineseNumeral(chinese);
  return undefined;
}

function unitFrom(word: string): DurationUnit | undefined {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  return undefined;
}

/**
 * Spans that contain duration-like tokens but are not durations: calendar dates ("2024年1月1日",
 * "1 January 2025") and support hours ("7×24小时", "24x7", "24/7") — "7×24" is coverage, not a deadline.
 */
const NOT_DURATION_RE =
  /\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|[57]\s*[x×*]\s*24|24\s*[x×*/]\s*[57]|[五七]\s*[x×*]\s*(?:24|二十四)/g;

function maskedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  NOT_DURATION_RE.lastIndex = 0;
  for (let m = NOT_DURATION_RE.exec(text); m; m = NOT_DURATION_RE.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  const masked = maskedSpans(text);
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const at = m.index;
    if (masked.some(([s, e]) => at < e && at + m![0].length > s)) continue;
    const unit = unitFrom(m[5]);
    const value = numberFrom(m);
    if (unit === undefined || value === undefined || Number.isNaN(value)) continue;
    // "2024年" is a date, not a duration of 2,024 years; "第5日" is an ordinal.
    if (unit === "year" && value > 100) continue;
    if (text[m.index - 1] === "第") continue;
    // Chinese numerals are greedy: "本协议一年" is fine, but "每年" / "当年" have no numeral at all.
    found.push({
      kind: "duration",
      value,
      unit,
      hours: value * HOURS_PER[unit],
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return found;
}

const PERCENT_RE = new RegExp(
  String.raw`(?:(${ARABIC}|${ENGLISH})\s*(?:%|percent\b|per cent\b))|(?:百分之(${CHINESE}|${ARABIC}))`,
  "g"
);

export function findPercentages(text: string): Percentage[] {
  const found: Percentage[] = [];
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const raw = m[1] ?? m[2];
    const value = /^[\d.,]+$/.test(raw)
      ? Number(raw.replace(/,/g, ""))
      : (parseEnglishNumber(raw) ?? parseChineseNumeral(raw));
    if (value === undefined || Number.isNaN(value)) continue;
    found.push({ kind: "percent", value, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}
