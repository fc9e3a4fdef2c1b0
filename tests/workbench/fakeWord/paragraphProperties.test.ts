import { fakeWordOf, rejectionOf } from "./helpers";

describe("paragraph properties", () => {
  const paragraphs = [
    { text: "Master Agreement", style: "Title" },
    { text: "1. Definitions", style: "Heading 2" },
    { text: "第一条 定义", style: "标题 1" },
    { text: "(a) Services", style: "List Paragraph", listLabel: "(a)" },
    { text: "Fee", table: { table: 0, row: 0, cell: 0 } },
    { text: "Custom", style: "Contract Clause" },
    "Plain",
  ];

  it("styleBuiltIn, tableNestingLevel and isListItem", async () => {
    const { Word } = fakeWordOf(paragraphs);
    const rows = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load(
        "items/style,items/styleBuiltIn,items/tableNestingLevel,items/isListItem"
      );
      await context.sync();
      return ps.items.map((p) => [p.style, p.styleBuiltIn, p.tableNestingLevel, p.isListItem]);
    });
    expect(rows).toEqual([
      ["Title", "Title", 0, false],
      ["Heading 2", "Heading2", 0, false],
      ["标题 1", "Heading1", 0, false],
      ["List Paragraph", "ListParagraph", 0, true],
      ["Normal", "Normal", 1, false],
      ["Contract Clause", "Other", 0, false],
      ["Normal", "Normal", 0, false],
    ]);
  });

  it("uniqueLocalId needs WordApi 1.6", async () => {
    const old = fakeWordOf(["x"], { apiVersion: "1.3" });
    const error = await rejectionOf(
      old.Word.run(async (context) => {
        context.document.body.paragraphs.load("items/uniqueLocalId");
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");

    const recent = fakeWordOf(["x", "y"], { apiVersion: "1.6" });
    const ids = await recent.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/uniqueLocalId");
      await context.sync();
      return ps.items.map((p) => p.uniqueLocalId);
    });
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids)
      expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it("load() without names skips properties the API version lacks", async () => {
    const { Word } = fakeWordOf(["x"], { apiVersion: "1.3" });
    const json = await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().load();
      await context.sync();
      return p.toJSON();
    });
    expect(Object.keys(json)).not.toContain("uniqueLocalId");
  });
});
