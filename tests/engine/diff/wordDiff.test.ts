import { applyEdits, diffTokens, minimalEdits } from "../../../src/engine/diff/wordDiff";
import { tokenize } from "../../../src/engine/diff/tokens";

describe("tokens", () => {
  it("keeps English words and numbers whole, one Chinese character each", () => {
    expect(tokenize("ninety (90) days").map((t) => t.text)).toEqual([
      "ninety",
      " ",
      "(",
      "90",
      ")",
      " ",
      "days",
    ]);
    expect(tokenize("99.9%可用").map((t) => t.text)).toEqual(["99.9", "%", "可", "用"]);
  });
});

describe("minimal word-level edits", () => {
  it.each([
    [
      "Customer gives notice at least ninety (90) days prior to expiry.",
      "Customer gives notice at least thirty (30) days prior to expiry.",
      [
        { deleted: "ninety", insert: "thirty" },
        { deleted: "90", insert: "30" },
      ],
    ],
    [
      "期满前九十（90）日内甲方未书面提出异议的，本协议自动续约一年。",
      "期满前三十（30）日内甲方未书面提出异议的，本协议自动续约一年。",
      [
        { deleted: "九", insert: "三" },
        { deleted: "90", insert: "30" },
      ],
    ],
    [
      "Monthly availability of 99%.",
      "Monthly availability of at least 99.9%.",
      [{ deleted: "99", insert: "at least 99.9" }],
    ],
    ["The fees are non-refundable.", "The fees are refundable.", [{ deleted: "non-", insert: "" }]],
  ])("%s → only the words that differ", (before, after, expected) => {
    const edits = minimalEdits(before, after);
    expect(edits.map(({ deleted, insert }) => ({ deleted, insert }))).toEqual(expected);
    expect(applyEdits(before, edits)).toBe(after);
    for (const e of edits) expect(before.slice(e.start, e.end)).toBe(e.deleted);
  });

  it("rebuilds both texts from the operations, whatever the change", () => {
    const pairs = [
      ["", "new clause"],
      ["old clause", ""],
      ["a b c d e", "e d c b a"],
      ["本协议适用香港法律。", "本协议适用中华人民共和国法律（不含港澳台地区法律）。"],
      ["same", "same"],
    ];
    for (const [before, after] of pairs) {
      const ops = diffTokens(before, after);
      expect(
        ops
          .filter((o) => o.kind !== "insert")
          .map((o) => o.text)
          .join("")
      ).toBe(before);
      expect(
        ops
          .filter((o) => o.kind !== "delete")
          .map((o) => o.text)
          .join("")
      ).toBe(after);
      expect(applyEdits(before, minimalEdits(before, after))).toBe(after);
    }
  });
});

describe("very long texts", () => {
  it("stays correct (one replacement) when a change is too large to search word by word", () => {
    const before = "alpha ".repeat(3000);
    const after = "beta ".repeat(3000);
    expect(applyEdits(before, minimalEdits(before, after))).toBe(after);
  });
});
