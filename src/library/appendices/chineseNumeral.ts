/** Chinese numerals for appendix numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (附件二十). */
const DIGITS = "零一二三四五六七八九";

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units === 0 ? "" : DIGITS[units];
  if (tens === 0) return unitText;
  return `${tens === 1 ? "" : DIGITS[tens]}十${unitText}`;
}
