import { readDraft } from "../../src/docx";

describe("readDraft", () => {
  it("reads headings by marker and strips it", () => {
    const snap = readDraft(
      "# Master Services Agreement\n## 1. Fees\n### 1.1 Invoices\nBody text.\n#NotAHeading"
    );
    expect(snap.paragraphs).toEqual([
      { index: 0, text: "Master Services Agreement", style: "Heading 1", headingLevel: 1 },
      { index: 1, text: "1. Fees", style: "Heading 2", headingLevel: 2 },
      { index: 2, text: "1.1 Invoices", style: "Heading 3", headingLevel: 3 },
      { index: 3, text: "Body text." },
      { index: 4, text: "#NotAHeading" },
    ]);
  });

  it("reads pipe tables cell by cell, skipping separator rows, numbering tables in order", () => {
    const text = [
      "Fees are as follows:",
      "| Service | Fee |",
      "|---|:---:|",
      "| Hosting | $100 |",
      "|  | a \\| b |",
      "Then:",
      "| Only |",
      "",
      "| New table |",
    ].join("\n");
    const snap = readDraft(text, "sample");
    expect(snap.source).toBe("sample");
    expect(snap.paragraphs.map((x) => [x.index, x.text, x.table])).toEqual([
      [0, "Fees are as follows:", undefined],
      [1, "Service", { table: 0, row: 0, cell: 0 }],
      [2, "Fee", { table: 0, row: 0, cell: 1 }],
      [3, "Hosting", { table: 0, row: 1, cell: 0 }],
      [4, "$100", { table: 0, row: 1, cell: 1 }],
      [5, "", { table: 0, row: 2, cell: 0 }],
      [6, "a | b", { table: 0, row: 2, cell: 1 }],
      [7, "Then:", undefined],
      [8, "Only", { table: 1, row: 0, cell: 0 }],
      [9, "New table", { table: 2, row: 0, cell: 0 }],
    ]);
  });

  it("accepts CRLF and a BOM and skips blank lines", () => {
    const snap = readDraft(
      "\uFEFF# 采购合同\r\n\r\n  \r\n第一条 定义\r\n| 项目 | 金额 |\r\n| --- | --- |\r\n| 服务费 | 100 |\r\n"
    );
    expect(snap.paragraphs.map((x) => x.text)).toEqual([
      "采购合同",
      "第一条 定义",
      "项目",
      "金额",
      "服务费",
      "100",
    ]);
    expect(snap.paragraphs[0].headingLevel).toBe(1);
    expect(snap.paragraphs[5].table).toEqual({ table: 0, row: 1, cell: 1 });
  });
});
