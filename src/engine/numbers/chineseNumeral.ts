/**
 * Chinese numerals → numbers: 九十, 三十, 一百二十, 两, 壹佰, 零, 九十九点九, 1万. Used by the duration,
 * percentage and count readers so "九十日" and "百分之九十九点九" read like "90 days" and "99.9%".
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can appear in a Chinese numeral (for building regexes). */
export const CHINESE_NUMERAL_CHARS =
  "零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點";

/** Parse a whole Chinese numeral string; returns undefined when it is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  const pointAt = text.search(/[点點]/);
  if (pointAt >= 0) {
    const whole = parseChineseInteger(text.slice(0, pointAt));
    const fraction = text.slice(pointAt + 1);
    if (whole === undefined || !fraction) return undefined;
    let digits = "";
    for (const ch of fraction) {
      const d = DIGITS[ch];
      if (d === undefined) return undefined;
      digits += d;
    }
    return Number(`${whole}.${digits}`);
  }
  return parseChineseInteger(text);
}

function parseChineseInteger(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0; // completed 万/亿 groups
  let section = 0; // value below the current big unit
  let digit: number | undefined; // pending digit
  let sawAny = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      sawAny = true;
    } else if (ch in SMALL_UNITS) {
      // "十" alone means 10 (十五 = 15); "二十" = 2 × 10.
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
      sawAny = true;
    } else if (ch in BIG_UNITS) {
      section += digit ?? 0;
      total = (total + (section || 1)) * BIG_UNITS[ch];
      section = 0;
      digit = undefined;
      sawAny = true;
    } else if (/[0-9]/.test(ch)) {
      // Mixed forms such as "1万" or "3千": treat an Arabic digit run like a digit.
      digit = (digit ?? 0) * 10 + Number(ch);
      sawAny = true;
    } else {
      return undefined;
    }
  }
  if (!sawAny) return undefined;
  return total + section + (digit ?? 0);
}
