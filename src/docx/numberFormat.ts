/**
 * Renders a list counter in a w:numFmt format (ECMA-376 §17.18.59 ST_NumberFormat). Formats we do
 * not know fall back to decimal, which is what a reviewer needs to match "clause 3" anyway.
 */

const CJK_DIGITS = "〇一二三四五六七八九";
const CN_DIGITS = "零一二三四五六七八九";
const CN_UNITS = ["", "十", "百", "千"];
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const LEGAL_UNITS = ["", "拾", "佰", "仟"];
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "none":
      return "";
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "lowerLetter":
      return letters(n, 0x61);
    case "upperLetter":
      return letters(n, 0x41);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "ordinal":
      return ordinal(n);
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseDigitalTenThousand":
      return chineseCounting(n, CN_DIGITS, CN_UNITS, true);
    case "japaneseCounting":
      return japaneseCounting(n);
    case "chineseLegalSimplified":
      return chineseCounting(n, LEGAL_DIGITS, LEGAL_UNITS, false);
    case "ideographDigital":
    case "taiwaneseDigital":
      return String(n).replace(/[0-9]/g, (d) => CJK_DIGITS[Number(d)]);
    case "ideographTraditional": // 甲、乙、丙 … (heavenly stems), not 一、二、三
      return cycle(n, HEAVENLY_STEMS);
    case "ideographZodiac":
      return cycle(n, EARTHLY_BRANCHES);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosedCircle(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2487 + n) : `${n}.`;
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2473 + n) : `(${n})`;
    default:
      return String(n);
  }
}

/** a…z, then aa…zz, aaa… — Word repeats the letter rather than counting in base 26. */
function letters(n: number, base: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const out: string[] = [];
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out.push(symbol);
      rest -= value;
    }
  }
  return out.join("");
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Chinese counting numerals below 100 000 000: 十一, 二十, 一百零五, 一万零一 … With `bareTen`,
 * 10–19 read 十, 十一 … rather than 一十, 一十一 (how Word's 一, 二, 三 format shows them).
 */
function chineseCounting(n: number, digits: string, units: string[], bareTen: boolean): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return digits[0];
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  const parts: string[] = [];
  if (high > 0) parts.push(belowTenThousand(high, digits, units), "万");
  if (low > 0) {
    if (high > 0 && low < 1000) parts.push(digits[0]);
    parts.push(belowTenThousand(low, digits, units));
  }
  const out = parts.join("");
  return bareTen && n >= 10 && n < 20 ? out.slice(1) : out;
}

function belowTenThousand(n: number, digits: string, units: string[]): string {
  const out: string[] = [];
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) out.push(digits[0]);
    pendingZero = false;
    out.push(digits[d], units[place]);
  }
  return out.join("");
}

/** Japanese counting drops the leading 一 before 十/百/千 and writes no zero: 十一, 百一, 千二十. */
function japaneseCounting(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 10000) return String(n);
  const out: string[] = [];
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) continue;
    if (d > 1 || place === 0) out.push(CJK_DIGITS[d]);
    out.push(CN_UNITS[place]);
  }
  return out.join("");
}

function cycle(n: number, symbols: string): string {
  return n >= 1 && n <= symbols.length ? symbols[n - 1] : String(n);
}

/** ①–⑳ (U+2460), ㉑–㉟ (U+3251), ㊱–㊿ (U+32B1); beyond 50 there is no enclosed form. */
function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x245f + n);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return String(n);
}
