import { readText } from "../../src/docx";

describe("readText", () => {
  it("makes one paragraph per non-blank line, trimming trailing whitespace only", () => {
    const snap = readText("Master Agreement  \n\n   \n  1. Fees\t\nEnd", "a.txt");
    expect(snap).toEqual({
      source: "a.txt",
      paragraphs: [
        { index: 0, text: "Master Agreement" },
        { index: 1, text: "  1. Fees" },
        { index: 2, text: "End" },
      ],
    });
  });

  it("strips a UTF-8 BOM and accepts CRLF and CR line ends", () => {
    const snap = readText("\uFEFF第一条 定义\r\n\r\n第二条 费用\r第三条 期限");
    expect(snap.paragraphs.map((x) => x.text)).toEqual([
      "第一条 定义",
      "第二条 费用",
      "第三条 期限",
    ]);
    expect(snap.source).toBeUndefined();
  });

  it("returns no paragraphs for empty text", () => {
    expect(readText("").paragraphs).toEqual([]);
  });
});
