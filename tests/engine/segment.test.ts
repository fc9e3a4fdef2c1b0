import { segment } from "../../src/engine/segment";
import type { DocumentSnapshot, SnapshotParagraph } from "../../src/engine/snapshot";

function doc(...lines: (string | Partial<SnapshotParagraph>)[]): DocumentSnapshot {
  return {
    paragraphs: lines.map((line, index) => ({
      index,
      ...(typeof line === "string" ? { text: line } : { text: "", ...line }),
    })),
  };
}

describe("segment", () => {
  it.each([
    ["第五条 本协议有效期为一年。", "第五条"],
    ["第5条 本协议有效期为一年。", "第5条"],
    ["一、服务内容包括以下各项，详见附件。", "一、"],
    ["（一）乙方应当按期交付全部服务成果。", "（一）"],
    ["5.2 This Agreement renews automatically.", "5.2"],
    ["5. The Vendor shall provide the services.", "5."],
    ["Section 5 The Vendor shall provide support.", "Section 5"],
    ["Article V The Vendor shall provide support.", "Article V"],
  ])("reads the number of %s", (text, number) => {
    expect(segment(doc(text))[0].number).toBe(number);
  });

  it("keeps a clause's list items with it", () => {
    const clauses = segment(
      doc("5.1 The Vendor shall:", "(a) provide support;", "(b) keep backups.", "5.2 Next clause.")
    );
    expect(clauses.map((c) => c.paragraphs)).toEqual([[0, 1, 2], [3]]);
  });

  it("treats a short numbered line without a full stop as a heading and names the section", () => {
    const clauses = segment(doc("第五条 服务期限与续约", "5.1 本协议有效期为一年。"));
    expect(clauses.map((c) => c.kind)).toEqual(["heading", "clause"]);
    expect(clauses[1].section).toBe("第五条 服务期限与续约");
  });

  it("makes each table row one clause, cells joined", () => {
    const clauses = segment(
      doc(
        { text: "Severity", table: { table: 0, row: 0, cell: 0 } },
        { text: "Response", table: { table: 0, row: 0, cell: 1 } },
        { text: "Urgent", table: { table: 0, row: 1, cell: 0 } },
        { text: "48 hours", table: { table: 0, row: 1, cell: 1 } }
      )
    );
    expect(clauses.map((c) => [c.kind, c.text])).toEqual([
      ["table-row", "Severity | Response"],
      ["table-row", "Urgent | 48 hours"],
    ]);
  });

  it("marks definitions and table-of-contents lines so they are not judged", () => {
    const clauses = segment(
      doc('1.1 "Renewal Term" means each successive term.', "5. Term and Renewal\t7")
    );
    expect(clauses.map((c) => c.kind)).toEqual(["definition", "toc"]);
  });

  it("skips empty paragraphs without losing indices", () => {
    const clauses = segment(doc("1. First clause.", "", "2. Second clause."));
    expect(clauses.map((c) => c.paragraphs)).toEqual([[0], [2]]);
  });
});

describe("definitions", () => {
  it.each([
    "1.7 “甲方数据”：指甲方在使用本服务过程中上传的全部数据。",
    "1.6 「工作日」指臺灣地區之星期一至星期五。",
    '"Customer Data" means all data submitted by Customer.',
    '1.2 "Order Form", means each ordering document.',
  ])("recognises %s", (text) => {
    expect(segment(doc(text))[0].kind).toBe("definition");
  });
});
