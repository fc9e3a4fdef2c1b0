/**
 * The redline's edits read the way a lawyer marks them: numbers struck whole, brackets closed, no
 * confetti of shared little words — and they always rebuild the new text exactly.
 */
import { applyEdits } from "../../../src/engine/diff/wordDiff";
import { changedWords, countWords, redlineEdits } from "../../../src/engine/redline";
import {
  chineseNumeral,
  digitsLike,
  englishWords,
  inCaseOf,
} from "../../../src/engine/redline/numerals";

const marked = (before: string, after: string) => {
  const edits = redlineEdits(before, after);
  expect(applyEdits(before, edits)).toBe(after);
  return edits.map((e) => [e.deleted, e.insert]);
};

describe("redline edits", () => {
  it.each([
    [
      "at least ninety (90) days prior",
      "at least thirty (30) days prior",
      [["ninety (90)", "thirty (30)"]],
    ],
    ["期满前九十日", "期满前三十日", [["九十", "三十"]]],
    ["期满前九十（90）日", "期满前三十（30）日", [["九十（90）", "三十（30）"]]],
    ["期满前９０日", "期满前３０日", [["９０", "３０"]]],
    ["available 99% of the time", "available 99.9% of the time", [["99", "99.9"]]],
    [
      "百分之九十九（99%）",
      "百分之九十九点九（99.9%）",
      [["九十九（99%）", "九十九点九（99.9%）"]],
    ],
    [
      "within forty-eight (48) hours",
      "within twenty-four (24) hours",
      [["forty-eight (48)", "twenty-four (24)"]],
    ],
    [
      "up to nine percent (9%) a year",
      "up to five percent (5%) a year",
      [
        ["nine", "five"],
        ["9", "5"],
      ],
    ],
  ])("%s → %s", (before, after, expected) => {
    expect(marked(before, after)).toEqual(expected);
  });

  it("strikes what differs word by word, and keeps the words both versions share", () => {
    const before =
      "Vendor's total liability under these Terms shall not exceed the fees paid by Customer in the three (3) months preceding the claim.";
    const after =
      "The Vendor's aggregate liability under this Agreement shall be no less than the total fees paid by the Customer in the 12 months preceding the claim.";
    expect(marked(before, after)).toEqual([
      ["", "The "],
      ["total", "aggregate"],
      ["these Terms", "this Agreement"],
      ["not exceed ", "be no less than "],
      ["", "total "],
      ["", "the "],
      ["three (3)", "12"],
    ]);
  });

  it("does not leave Chinese characters in common scattered between changes", () => {
    const before = "甲方未在上述期限内以书面形式提出异议的，视为验收合格。";
    const after = "乙方应在本协议签订后提交书面实施计划，经甲方书面签署验收后方为验收合格。";
    const edits = marked(before, after);
    // No change is separated from the next by three characters or fewer.
    const starts = redlineEdits(before, after);
    for (let i = 1; i < starts.length; i++) {
      expect(countWords(before.slice(starts[i - 1].end, starts[i].start))).toBeGreaterThan(3);
    }
    expect(edits.length).toBeLessThanOrEqual(3);
  });

  it("counts English words and numbers once, each CJK character once, punctuation never", () => {
    expect(countWords("ninety (90) days")).toBe(3);
    expect(countWords("九十（90）日")).toBe(4);
    expect(countWords("99.9%")).toBe(1);
    expect(changedWords(redlineEdits("ninety (90) days", "thirty (30) days"))).toBe(4);
    expect(changedWords(redlineEdits("九十日", "三十日"))).toBe(4);
  });

  it("returns nothing for an unchanged text", () => {
    expect(redlineEdits("unchanged", "unchanged")).toEqual([]);
  });
});

describe("numerals in the document's style", () => {
  it("writes English number words", () => {
    expect([1, 12, 30, 48, 99, 120, 1500].map((n) => englishWords(n))).toEqual([
      "one",
      "twelve",
      "thirty",
      "forty-eight",
      "ninety-nine",
      "one hundred and twenty",
      "one thousand five hundred",
    ]);
    expect(englishWords(99.9)).toBeUndefined();
    expect(inCaseOf("Ninety", "thirty")).toBe("Thirty");
    expect(inCaseOf("NINETY", "thirty")).toBe("THIRTY");
  });

  it("writes Chinese numerals, with 两, financial numerals and decimals as the model does", () => {
    expect([3, 10, 12, 30, 99, 105, 110, 10000, 99.9].map((n) => chineseNumeral(n))).toEqual([
      "三",
      "十",
      "十二",
      "三十",
      "九十九",
      "一百零五",
      "一百一十",
      "一万",
      "九十九点九",
    ]);
    expect(chineseNumeral(2, "两")).toBe("两");
    expect(chineseNumeral(3, "两")).toBe("三");
    expect(chineseNumeral(30, "叁拾")).toBe("叁拾");
    expect(chineseNumeral(99.9, "", true)).toBe("九十九點九");
  });

  it("writes digits full-width or grouped like the model", () => {
    expect(digitsLike("９０", 30)).toBe("３０");
    expect(digitsLike("1,500", 2000)).toBe("2,000");
    expect(digitsLike("99", 99.9)).toBe("99.9");
  });
});
