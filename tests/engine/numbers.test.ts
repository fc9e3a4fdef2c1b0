import { normalizeForMatch } from "../../src/engine/normalize";
import { parseChineseNumeral } from "../../src/engine/numbers/chineseNumeral";
import { parseEnglishNumber } from "../../src/engine/numbers/englishNumber";
import { findDurations, findPercentages } from "../../src/engine/numbers/quantities";

const durations = (text: string) =>
  findDurations(normalizeForMatch(text)).map((d) => [d.value, d.unit, d.text]);

describe("Chinese numerals", () => {
  it.each([
    ["九十", 90],
    ["三十", 30],
    ["十五", 15],
    ["一百零五", 105],
    ["两", 2],
    ["壹佰贰拾", 120],
    ["十万", 100000],
    ["一万二千", 12000],
    ["九十九点九", 99.9],
    ["1万", 10000],
    ["零", 0],
  ])("%s = %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it("rejects text that is not a numeral", () =>
    expect(parseChineseNumeral("续约")).toBeUndefined());
});

describe("English number words", () => {
  it.each([
    ["ninety", 90],
    ["forty-eight", 48],
    ["one hundred and twenty", 120],
    ["twelve", 12],
  ])("%s = %d", (text, value) => expect(parseEnglishNumber(text)).toBe(value));
});

describe("durations", () => {
  it.each<[string, [number, string, string][]]>([
    ["at least ninety (90) days prior to expiry", [[90, "day", "ninety (90) days"]]],
    ["九十（90）日", [[90, "day", "九十(90)日"]]],
    ["提前90天书面通知", [[90, "day", "90天"]]],
    ["三十天", [[30, "day", "三十天"]]],
    ["30个工作日内", [[30, "business-day", "30个工作日"]]],
    ["five (5) business days", [[5, "business-day", "five (5) business days"]]],
    ["within 48 hours", [[48, "hour", "48 hours"]]],
    ["forty-eight hours", [[48, "hour", "forty-eight hours"]]],
    ["本协议有效期为两年", [[2, "year", "两年"]]],
    ["壹年", [[1, "year", "壹年"]]],
    ["full-width ９０日", [[90, "day", "90日"]]],
  ])("%s", (text, expected) => expect(durations(text)).toEqual(expected));

  it("does not read dates as durations", () => {
    expect(durations("自2024年1月1日起")).toEqual([]);
    expect(durations("the 2025 year")).toEqual([]);
  });

  it("does not read 7×24 support hours as a deadline", () => {
    expect(durations("提供7×24小时技术支持")).toEqual([]);
    expect(durations("24x7 support")).toEqual([]);
  });

  it("gives every duration in hours for comparison", () => {
    const [d] = findDurations("5个工作日");
    expect(d.hours).toBe(120);
  });

  it("offsets point at the original text", () => {
    const text = "Notice of ninety (90) days.";
    const [d] = findDurations(normalizeForMatch(text));
    expect(text.slice(d.start, d.end)).toBe("ninety (90) days");
  });
});

describe("percentages", () => {
  it.each([
    ["99.9%", 99.9],
    ["百分之九十九点九", 99.9],
    ["ninety-nine percent", 99],
    ["95 per cent", 95],
    ["９９．５％", 99.5],
  ])("%s = %d", (text, value) =>
    expect(findPercentages(normalizeForMatch(text)).map((p) => p.value)).toEqual([value])
  );
});
