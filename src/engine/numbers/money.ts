/**
 * Money: "¥300,000.00", "RMB 50,000", "人民币叁万元", "30万元", "USD 52,800", "US$600", "$1,600 per
 * person-day", "600美元". The amount is in whole currency units (万 multiplied out).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chineseNumeral";

export type Currency = "CNY" | "USD" | "EUR" | "HKD" | "SGD" | "GBP";
export type Money = {
  kind: "money";
  amount: number;
  currency: Currency;
  start: number;
  end: number;
  text: string;
};

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CN_AMOUNT = `[${CHINESE_NUMERAL_CHARS}]+`;
const PREFIX: [RegExp, Currency][] = [
  [/^(?:¥|￥|rmb|cny|人民币)$/i, "CNY"],
  [/^(?:us\$|usd|\$)$/i, "USD"],
  [/^(?:€|eur)$/i, "EUR"],
  [/^(?:hk\$|hkd)$/i, "HKD"],
  [/^(?:s\$|sgd)$/i, "SGD"],
  [/^(?:£|gbp)$/i, "GBP"],
];
/** Checked in order: "美元" ends in 元 too, so the plain 元 (yuan) comes last. */
const SUFFIX: [RegExp, Currency][] = [
  [/美元|dollars?|usd/i, "USD"],
  [/欧元|euros?|eur/i, "EUR"],
  [/港元|港币|hkd/i, "HKD"],
  [/元|人民币|rmb|cny/i, "CNY"],
];

const MONEY_RE = new RegExp(
  String.raw`(us\$|hk\$|s\$|¥|￥|\$|€|£|rmb|cny|usd|eur|hkd|sgd|gbp|人民币)\s*(${AMOUNT}|${CN_AMOUNT})\s*(万|千)?\s*(元)?` +
    String.raw`|(${AMOUNT}|${CN_AMOUNT})\s*(万|千)?\s*(元|人民币|美元|欧元|港元|港币|dollars?|usd|rmb|cny|eur)`,
  "gi"
);

function scale(unit: string | undefined): number {
  return unit === "万" ? 1e4 : unit === "千" ? 1e3 : 1;
}

function amountOf(raw: string): number | undefined {
  return /^[\d.,]+$/.test(raw) ? Number(raw.replace(/,/g, "")) : parseChineseNumeral(raw);
}

export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) {
    const [whole, prefix, prefixed, prefixScale, , amountFirst, suffixScale, suffix] = m;
    const raw = prefixed ?? amountFirst;
    const amount = amountOf(raw);
    if (amount === undefined || Number.isNaN(amount)) continue;
    const currency = prefix
      ? PREFIX.find(([re]) => re.test(prefix))?.[1]
      : SUFFIX.find(([re]) => re.test(suffix))?.[1];
    if (!currency) continue;
    const text = whole.trimEnd();
    found.push({
      kind: "money",
      amount: amount * scale(prefixScale ?? suffixScale),
      currency,
      start: m.index,
      end: m.index + text.length,
      text,
    });
  }
  return found;
}
