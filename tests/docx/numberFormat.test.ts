import { formatNumber } from "../../src/docx/numberFormat";

describe("formatNumber", () => {
  it.each([
    [1, "decimal", "1"],
    [7, "decimalZero", "07"],
    [12, "decimalFullWidth", "１２"],
    [1, "lowerLetter", "a"],
    [26, "lowerLetter", "z"],
    [27, "lowerLetter", "aa"],
    [28, "upperLetter", "BB"],
    [4, "lowerRoman", "iv"],
    [1994, "upperRoman", "MCMXCIV"],
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [11, "chineseCounting", "十一"],
    [20, "chineseCounting", "二十"],
    [99, "chineseCountingThousand", "九十九"],
    [105, "chineseCounting", "一百零五"],
    [110, "chineseCounting", "一百一十"],
    [1001, "chineseCounting", "一千零一"],
    [10010, "chineseCounting", "一万零一十"],
    [11, "japaneseCounting", "十一"],
    [101, "japaneseCounting", "百一"],
    [12, "chineseLegalSimplified", "壹拾贰"],
    [3, "ideographTraditional", "丙"],
    [105, "ideographDigital", "一〇五"],
    [1, "decimalEnclosedCircle", "①"],
    [20, "decimalEnclosedCircle", "⑳"],
    [21, "decimalEnclosedCircle", "㉑"],
    [51, "decimalEnclosedCircle", "51"],
    [3, "decimalEnclosedParen", "⑶"],
    [2, "ordinal", "2nd"],
    [13, "ordinal", "13th"],
    [5, "none", ""],
    [5, "somethingNew", "5"],
  ])("%i as %s → %s", (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
