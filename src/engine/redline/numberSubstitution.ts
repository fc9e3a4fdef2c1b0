/**
 * Strategy 1, number substitution: the finding read a number that breaks a numeric playbook position
 * (positions.ts); write the playbook's number in its place, in the document's own numeral style —
 * "ninety (90) days" → "thirty (30) days", "九十（90）日" → "三十（30）日", "９０日" → "３０日",
 * "nine percent (9%)" → "five percent (5%)", "百分之九十九（99%）" → "百分之九十九点九（99.9%）". When the
 * document counts in another unit than the playbook ("3 Business Days" against a limit in hours, "六（6）个月"
 * against years), the number is written in the playbook's unit and the unit word changes with it
 * ("24 Hours", "一（1）年").
 */
import { normalizeForMatch } from "../normalize";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "../numbers/chineseNumeral";
import { ENGLISH_NUMBER_WORDS, parseEnglishNumber } from "../numbers/englishNumber";
import type { Finding } from "../types";
import { chineseNumeral, digitsLike, englishWords, inCaseOf } from "./numerals";
import { breaks, convert, NUMERIC_POSITIONS, type NumberUnit } from "./positions";

/** Characters [start, end) of a paragraph's text become `text`. */
export type Replacement = { start: number; end: number; text: string };

/**
 * Reason parameters that name a second problem no number fixes: training held only remotely
 * (`remote: "yes"` on training-too-little) stays remote with three sessions.
 */
const NOT_A_NUMBER_PROBLEM: [string, string | number][] = [["remote", "yes"]];

const WORD = `(?:${ENGLISH_NUMBER_WORDS.join("|")})`;
/** One numeral as written (in normalised text): 1 Arabic, 2 English words, 3 Chinese numerals. */
const NUMERAL = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(${WORD}(?:[\s-]+(?:and[\s-]+)?${WORD})*)\b|([${CHINESE_NUMERAL_CHARS}]+)`,
  "g"
);
/** "(9%)" / "（8%）" right after a number written in words: the digits that confirm it. */
const BRACKET_AFTER = /^\s*\(\s*[\d.,]+\s*%?\s*\)/;
/** The unit after a number (normalised text): what follows the last numeral of the span. */
const UNIT_AFTER =
  /^[\s)]*(?:-\s*)?(business days?|working days?|calendar days?|days?|hours?|hrs?|seconds?|secs?|minutes?|weeks?|months?|years?|个?工作日|个?自然日|个?小时|个?钟头|秒钟?|分钟|个?星期|个?周|个?月|日|天|年)(?![a-z])/;

type DurationUnit = Exclude<NumberUnit, "percent" | "count">;

const UNIT_OF: [RegExp, NumberUnit | "other"][] = [
  [/^(?:business|working) days?$|工作日$/, "business-day"],
  [/^(?:calendar )?days?$|^(?:个)?(?:日|天|自然日)$/, "day"],
  [/^(?:hours?|hrs?)$|小时$|钟头$/, "hour"],
  [/^(?:seconds?|secs?)$|^秒/, "second"],
  [/^months?$|^(?:个)?月$/, "month"],
  [/^years?$|^(?:个)?年$/, "year"],
  [/./, "other"],
];

const EN_UNIT: Record<DurationUnit, [string, string]> = {
  second: ["second", "seconds"],
  hour: ["hour", "hours"],
  day: ["day", "days"],
  "business-day": ["business day", "business days"],
  month: ["month", "months"],
  year: ["year", "years"],
};
const ZH_UNIT: Record<DurationUnit, [string, string]> = {
  // [Simplified, Traditional]
  second: ["秒", "秒"],
  hour: ["小时", "小時"],
  day: ["日", "日"],
  "business-day": ["个工作日", "個工作日"],
  month: ["个月", "個月"],
  year: ["年", "年"],
};

type Numeral = {
  start: number;
  end: number;
  value: number;
  kind: "arabic" | "english" | "chinese";
};

function numeralsIn(norm: string, from: number, to: number): Numeral[] {
  const out: Numeral[] = [];
  const text = norm.slice(from, to);
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    const [whole, arabic, english] = m;
    const kind = arabic !== undefined ? "arabic" : english !== undefined ? "english" : "chinese";
    const value =
      kind === "arabic"
        ? Number(whole.replace(/,/g, ""))
        : kind === "english"
          ? parseEnglishNumber(whole)
          : parseChineseNumeral(whole);
    if (value === undefined || Number.isNaN(value)) continue;
    out.push({ start: from + m.index, end: from + m.index + whole.length, value, kind });
  }
  return out;
}

const close = (a: number, b: number, tolerance = 1e-6) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

/** Any Traditional character (one normalisation folds): write 小時 / 個月, not 小时 / 个月. */
function isTraditional(text: string, norm: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x3400 && text[i] !== norm[i]) return true;
  }
  return false;
}

function unitOf(word: string): NumberUnit | "other" {
  return UNIT_OF.find(([re]) => re.test(word))![1];
}

/** The English unit word for `unit` in the letter case of `model` ("Business Days" → "Hours"). */
function englishUnit(unit: DurationUnit, plural: boolean, model: string): string {
  const word = EN_UNIT[unit][plural ? 1 : 0];
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (/^[A-Z]/.test(model)) return word.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return word;
}

/** "session" → "sessions" for a count that stops being one. */
function pluralNoun(word: string): string {
  return /(?:s|x|ch|sh)$/i.test(word) ? `${word}es` : `${word}s`;
}

/**
 * The replacements that write the playbook's numbers into the anchored paragraph, or undefined when
 * the finding is not purely about a number, a number it read cannot be found in the paragraph as
 * written, or it cannot be written in the document's style.
 */
export function numberReplacements(text: string, finding: Finding): Replacement[] | undefined {
  const params = finding.reason.params;
  if (NOT_A_NUMBER_PROBLEM.some(([key, value]) => params[key] === value)) return undefined;
  const norm = normalizeForMatch(text);
  const out: Replacement[] = [];
  for (const [key, read] of Object.entries(finding.values)) {
    const spec = NUMERIC_POSITIONS[key];
    if (!spec || !spec.codes.includes(finding.reason.code)) continue;
    const limit = finding.position[spec.position];
    if (typeof limit !== "number" || typeof read.value !== "number") continue;
    if (!breaks(spec, read.value, limit)) continue; // this number keeps to the playbook
    if (!read.text) return undefined;
    const replacement = rewrite(text, norm, finding, read.text, read.value, key);
    if (!replacement) return undefined;
    if (out.some((r) => r.start < replacement.end && replacement.start < r.end)) continue;
    out.push(replacement);
  }
  return out.length > 0 ? out.sort((a, b) => a.start - b.start) : undefined;
}

/** Where the text a rule quoted sits in the paragraph: inside the anchored sentence if it is there. */
function locate(norm: string, needle: string, from: number, to: number): number {
  let first = -1;
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
    if (at >= from && at + needle.length <= to) return at;
    if (first < 0) first = at;
  }
  return first;
}

function rewrite(
  text: string,
  norm: string,
  finding: Finding,
  quoted: string,
  value: number,
  key: string
): Replacement | undefined {
  const spec = NUMERIC_POSITIONS[key];
  const limit = finding.position[spec.position] as number;
  const needle = normalizeForMatch(quoted).trim();
  if (!needle) return undefined;
  const at = locate(norm, needle, finding.anchor.start, finding.anchor.end);
  if (at < 0) return undefined;
  let end = at + needle.length;
  const bracket = BRACKET_AFTER.exec(norm.slice(end));
  if (bracket) end += bracket[0].length;

  // The number as written is the one the rule read ("百分之八" holds 百 and 八; "3 business days" = 72 hours).
  const numerals = numeralsIn(norm, at, end);
  const isDuration = (u: NumberUnit) => u !== "percent" && u !== "count";
  let read:
    | { written: number; same: Numeral[]; unit: RegExpExecArray | null; docUnit: NumberUnit }
    | undefined;
  for (const candidate of numerals) {
    const same = numerals.filter((n) => close(n.value, candidate.value));
    const unit = UNIT_AFTER.exec(norm.slice(same[same.length - 1].end));
    const docUnit = unit ? unitOf(unit[1]) : isDuration(spec.valueUnit) ? "other" : spec.valueUnit;
    if (docUnit === "other" || isDuration(docUnit) !== isDuration(spec.valueUnit)) continue;
    if (!close(convert(candidate.value, docUnit, spec.valueUnit), value, 0.05)) continue;
    read = { written: candidate.value, same, unit, docUnit };
    break;
  }
  if (!read) return undefined;
  const { written, same, unit: unitMatch, docUnit } = read;
  const last = same[same.length - 1];
  const unitStart = unitMatch ? last.end + unitMatch[0].length - unitMatch[1].length : -1;
  const unitEnd = unitMatch ? last.end + unitMatch[0].length : -1;

  const changeUnit = isDuration(docUnit) && docUnit !== spec.positionUnit;
  const target = limit; // in the position's unit, which the document's unit becomes if it differs
  const traditional = isTraditional(text, norm);
  const pieces: Replacement[] = [];
  for (const n of same) {
    const original = text.slice(n.start, n.end);
    const rendered =
      n.kind === "arabic"
        ? digitsLike(original, target)
        : n.kind === "english"
          ? ((w) => w && inCaseOf(original, w))(englishWords(target))
          : chineseNumeral(target, original, traditional);
    if (!rendered) return undefined;
    pieces.push({ start: n.start, end: n.end, text: rendered });
  }
  if (unitMatch) {
    const model = text.slice(unitStart, unitEnd);
    const cjk = /[\u3400-\u9fff]/.test(model);
    const unit = (changeUnit ? spec.positionUnit : docUnit) as DurationUnit;
    const wasPlural = /s$/i.test(model);
    // "twelve (12) month periods": a singular unit after a plural number is an adjective — keep it.
    const adjective = !cjk && !wasPlural && !close(written, 1);
    const plural = !close(target, 1);
    if (cjk && changeUnit) {
      // "天" stays "天" for days; other units take the playbook's word.
      const word = unit === "day" && /天/.test(model) ? "天" : ZH_UNIT[unit][traditional ? 1 : 0];
      pieces.push({ start: unitStart, end: unitEnd, text: word });
    } else if (!cjk && !adjective && (changeUnit || wasPlural !== plural)) {
      pieces.push({ start: unitStart, end: unitEnd, text: englishUnit(unit, plural, model) });
    }
  } else if (spec.valueUnit === "count" && close(written, 1) && !close(target, 1)) {
    // "one (1) session" → "three (3) sessions".
    const noun = /([a-z]+)\s*$/i.exec(text.slice(last.end, end));
    if (noun && !/s$/i.test(noun[1])) {
      const start = end - noun[0].length + noun[0].indexOf(noun[1]);
      pieces.push({ start, end: start + noun[1].length, text: pluralNoun(noun[1]) });
    }
  }
  const from = Math.min(at, ...pieces.map((p) => p.start));
  const to = Math.max(end, ...pieces.map((p) => p.end));
  let out = "";
  let cursor = from;
  for (const p of pieces.sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, p.start) + p.text;
    cursor = p.end;
  }
  return { start: from, end: to, text: out + text.slice(cursor, to) };
}
