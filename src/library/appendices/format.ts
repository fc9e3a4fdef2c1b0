/**
 * How the appendices write numbers, times, money and dates in each language: plainly, as a lawyer
 * would ("99.9%", "1 hour", "3 business days", "CNY 20,000" / "1小时", "3个工作日", "人民币20,000元").
 */
import type { Language } from "../../engine/types";
import type { PerformanceMetric, SeverityLevel } from "./types";

/** A number without float noise: 99.9, not 99.90000000000001. */
export const plain = (n: number): string => String(Math.round(n * 1000) / 1000);

/** An availability level: whole numbers keep one decimal beside 99.9 and 99.5 ("99.0%"). */
export function availabilityPercent(n: number): string {
  return Number.isInteger(n) && n < 100 ? `${n.toFixed(1)}%` : `${plain(n)}%`;
}

/** A support time; under an hour it is written in minutes ("30 minutes", "30分钟"). */
export function hoursText(n: number, language: Language): string {
  if (n > 0 && n < 1) {
    const minutes = plain(n * 60);
    return language === "zh" ? `${minutes}分钟` : `${minutes} minutes`;
  }
  if (language === "zh") return `${plain(n)}小时`;
  return `${plain(n)} ${n === 1 ? "hour" : "hours"}`;
}

/** Response time cell: "Within 1 hour" / "1小时内". */
export function responseCell(level: SeverityLevel, language: Language): string {
  const time = hoursText(level.responseHours, language);
  return language === "zh" ? `${time}内` : `Within ${time}`;
}

/** Resolution cell: "Within 4 hours", "Within 3 business days" / "4小时内", "3个工作日内". */
export function resolutionCell(level: SeverityLevel, language: Language): string {
  const { value, unit } = level.resolution;
  if (unit === "hours") {
    const time = hoursText(value, language);
    return language === "zh" ? `${time}内` : `Within ${time}`;
  }
  if (language === "zh") return `${plain(value)}个工作日内`;
  return `Within ${plain(value)} ${value === 1 ? "business day" : "business days"}`;
}

/** Performance target cell: "At most 3 seconds" / "不超过3秒". */
export function targetCell(metric: PerformanceMetric, language: Language): string {
  const n = plain(metric.target);
  if (language === "zh") return `不超过${n}${metric.unit === "seconds" ? "秒" : "分钟"}`;
  const unit = metric.unit === "seconds" ? "second" : "minute";
  return `At most ${n} ${unit}${metric.target === 1 ? "" : "s"}`;
}

/** Currencies Chinese writes after the amount, by their own name. */
const ZH_CURRENCY: Record<string, string> = {
  USD: "美元",
  EUR: "欧元",
  HKD: "港元",
  GBP: "英镑",
  JPY: "日元",
  SGD: "新加坡元",
};

/** An amount of money: "CNY 20,000" / "人民币20,000元", "20,000美元". */
export function money(amount: number, currency: string, language: Language): string {
  const code = currency.trim().toUpperCase();
  const n = amount.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (language === "en") return `${code} ${n}`;
  if (code === "CNY" || code === "RMB") return `人民币${n}元`;
  const name = ZH_CURRENCY[code];
  return name ? `${n}${name}` : `${code} ${n}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd that names a real day (not 2025-02-30), as [year, month, day]; else null. */
export function parseIsoDate(text: string): [number, number, number] | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [year, month, day] : null;
}

/** A planned date: "31 March 2025" / "2025年3月31日"; not yet agreed → agreed later in writing. */
export function dateCell(iso: string, language: Language): string {
  if (iso.trim() === "") return language === "zh" ? "由双方书面确定" : "To be agreed in writing";
  const date = parseIsoDate(iso.trim());
  if (!date) return iso;
  const [year, month, day] = date;
  return language === "zh" ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
