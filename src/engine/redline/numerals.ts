/**
 * Writing a number the way the document writes it: "90" → "30", "９０" → "３０", "ninety" → "thirty"
 * ("Ninety" → "Thirty"), "九十" → "三十", "两" for a standalone 2 where the document says 两, 叁拾 where
 * it uses the financial numerals, "1,200" with its separators. The readers in ../numbers go the
 * other way (text → number); these are their inverses for the redline planner.
 */

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** "thirty", "forty-eight", "one hundred and twenty"; undefined for fractions and ≥ a million. */
export function englishWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1e6) return undefined;
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) {
    const rest = n % 100;
    return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` and ${englishWords(rest)}` : ""}`;
  }
  const rest = n % 1000;
  const joiner = rest === 0 ? "" : rest < 100 ? " and " : " ";
  return `${englishWords(Math.floor(n / 1000))} thousand${joiner}${rest ? englishWords(rest) : ""}`;
}

/** The letter case of `model` ("ninety", "Ninety", "NINETY") applied to `words`. */
export function inCaseOf(model: string, words: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return words.toUpperCase();
  if (/^[A-Z]/.test(model)) return words.charAt(0).toUpperCase() + words.slice(1);
  return words;
}

const CN_DIGITS = "零一二三四五六七八九";
const CN_FINANCIAL: Record<string, string> = {
  一: "壹",
  二: "贰",
  三: "叁",
  四: "肆",
  五: "伍",
  六: "陆",
  七: "柒",
  八: "捌",
  九: "玖",
  十: "拾",
  百: "佰",
  千: "仟",
};
const FINANCIAL_CHARS = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;

/** Below 10,000: 三十, 一百零五, 一千二百; `short` drops the 一 of 一十 (十五, not 一十五). */
function chineseBelow10k(n: number, short: boolean): string {
  const units = ["千", "百", "十", ""];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = "";
  let zero = false;
  let started = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += short && !started && d === 1 && units[i] === "十" ? "十" : CN_DIGITS[d] + units[i];
    started = true;
  });
  return out || "零";
}

function chineseInteger(n: number): string {
  if (n < 1e4) return chineseBelow10k(n, true);
  const high = Math.floor(n / 1e4);
  const low = n % 1e4;
  const head = `${chineseBelow10k(high, true)}万`;
  if (low === 0) return head;
  return head + (low < 1000 ? "零" : "") + chineseBelow10k(low, false);
}

/**
 * 三十, 九十九点九, 两 (when the document's numeral used 两/兩 and the number is 2), 叁拾 (when it
 * used financial numerals), 點 for a Traditional document. Undefined at 100,000,000 and above.
 */
export function chineseNumeral(n: number, model = "", traditional = false): string | undefined {
  if (n < 0 || n >= 1e8 || !Number.isFinite(n)) return undefined;
  const [whole, fraction] = trimNumber(n).split(".");
  let out = chineseInteger(Number(whole));
  if (fraction)
    out += (traditional ? "點" : "点") + [...fraction].map((d) => CN_DIGITS[+d]).join("");
  if (n === 2 && /[两兩]/.test(model)) out = /兩/.test(model) || traditional ? "兩" : "两";
  if (FINANCIAL_CHARS.test(model)) out = [...out].map((c) => CN_FINANCIAL[c] ?? c).join("");
  return out;
}

/** A number without float noise: 99.9, not 99.90000000000001. */
export function trimNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Digits in the style of `model`: full-width if it was, with thousands separators if it had them. */
export function digitsLike(model: string, n: number): string {
  let text = trimNumber(n);
  if (/[,，]/.test(model) && Math.abs(n) >= 1000) {
    const [whole, fraction] = text.split(".");
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  }
  if (!FULL_WIDTH_DIGIT.test(model)) return text;
  return [...text]
    .map((c) =>
      /[0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === "." ? "．" : c
    )
    .join("");
}
