/** Tables (WordApi 1.3): insertTable, Table, TableCollection, TableCell, and the model's tables(). */
import { FakeDocument } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

const cell = (table: number, row: number, c: number) => ({ table, row, cell: c });

/** Intro, Outro, then a 1×2 table (table 0). */
function withTable() {
  return fakeWordOf([
    "Intro",
    "Outro",
    { text: "Old A", table: cell(0, 0, 0) },
    { text: "Old B", table: cell(0, 0, 1) },
    "End",
  ]);
}

describe("insertTable", () => {
  it("after a paragraph: cells row by row, short values leave cells empty, later tables renumbered", async () => {
    const { Word, doc } = withTable();
    const read = await Word.run(async (context) => {
      const intro = context.document.body.paragraphs.getFirst();
      const table = intro.insertTable(3, 2, "After", [["Fee", "Amount"], ["Setup"]]);
      table.load("rowCount,values,isUniform,nestingLevel,headerRowCount,style,styleBuiltIn");
      await context.sync();
      return table.toJSON();
    });
    expect(read).toEqual({
      rowCount: 3,
      values: [
        ["Fee", "Amount"],
        ["Setup", ""],
        ["", ""],
      ],
      isUniform: true,
      nestingLevel: 1,
      headerRowCount: 0,
      style: "Table Grid",
      styleBuiltIn: "TableGrid",
    });
    expect(doc.paragraphs.map((p) => [p.text, p.table ?? null])).toEqual([
      ["Intro", null],
      ["Fee", cell(0, 0, 0)],
      ["Amount", cell(0, 0, 1)],
      ["Setup", cell(0, 1, 0)],
      ["", cell(0, 1, 1)],
      ["", cell(0, 2, 0)],
      ["", cell(0, 2, 1)],
      ["Outro", null],
      ["Old A", cell(1, 0, 0)],
      ["Old B", cell(1, 0, 1)],
      ["End", null],
    ]);
    expect(doc.tables().map((t) => [t.index, t.rows, t.firstParagraph, t.lastParagraph])).toEqual([
      [
        0,
        [
          ["Fee", "Amount"],
          ["Setup", ""],
          ["", ""],
        ],
        1,
        6,
      ],
      [1, [["Old A", "Old B"]], 8, 9],
    ]);
    expect(doc.toSnapshot().paragraphs[8].table).toEqual(cell(1, 0, 0));
  });

  it("values with more rows or columns than the table fail with InvalidArgument", async () => {
    const { Word, doc } = fakeWordOf(["Intro"]);
    const before = doc.paragraphs;
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertTable(1, 2, "After", [["a", "b", "c"]]);
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Paragraph.insertTable" },
    });
    expect(doc.paragraphs).toBe(before);
  });

  it("Body.insertTable at End leaves an empty paragraph after the table; at Start it goes first", async () => {
    const { Word, doc } = fakeWordOf(["Only"]);
    await Word.run(async (context) => {
      context.document.body.insertTable(1, 1, "End", [["last"]]);
      context.document.body.insertTable(1, 1, "Start", [["first"]]);
      await context.sync();
    });
    expect(doc.paragraphs.map((p) => [p.text, p.table?.table ?? null])).toEqual([
      ["first", 0],
      ["Only", null],
      ["last", 1],
      ["", null],
    ]);
  });

  it("a table next to a table gets an empty paragraph between them (Word merges tables that touch)", async () => {
    const { Word, doc } = withTable();
    await Word.run(async (context) => {
      const old = context.document.body.tables.getFirst();
      old.insertTable(1, 1, "After", [["new"]]);
      await context.sync();
    });
    expect(doc.paragraphs.map((p) => [p.text, p.table?.table ?? null])).toEqual([
      ["Intro", null],
      ["Outro", null],
      ["Old A", 0],
      ["Old B", 0],
      ["", null],
      ["new", 1],
      ["End", null],
    ]);
  });

  it("after a paragraph in a table cell the fake refuses with NotImplemented (no nested tables)", async () => {
    const { Word, doc } = withTable();
    const error = await rejectionOf(
      Word.run(async (context) => {
        const cellParagraph = context.document.body
          .search("Old A")
          .getFirst()
          .paragraphs.getFirst();
        cellParagraph.insertTable(1, 1, "After");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "NotImplemented",
      debugInfo: { errorLocation: "Paragraph.insertTable" },
    });
    expect(doc.tables()).toHaveLength(1);
  });

  it("under Track Changes the cells' text and marks are one tracked insertion; reject takes it out", async () => {
    const { Word, doc } = fakeWordOf(["Intro", "Outro"], { apiVersion: "1.6" });
    doc.changeTrackingMode = "TrackAll";
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertTable(2, 1, "After", [["a"], ["b"]]);
      await context.sync();
    });
    const [insertion] = doc.revisions();
    expect(doc.revisions()).toHaveLength(1);
    expect(insertion).toMatchObject({ kind: "insert", text: "a\rb" });
    for (const p of doc.paragraphs.filter((x) => x.table)) {
      expect(p.runs.every((r) => r.revision?.id === insertion.id)).toBe(true);
      expect(p.markRevision?.id).toBe(insertion.id);
    }
    const changes = await Word.run(async (context) => {
      const found = context.document.body.tables.getFirst().getRange().getTrackedChanges();
      found.load("items/type");
      await context.sync();
      return found.items.map((c) => c.type);
    });
    expect(changes).toEqual(["Added"]);
    doc.rejectAll();
    expect(doc.text()).toBe("Intro\nOutro");
    expect(doc.tables()).toEqual([]);
  });

  it("a tracked table appended at the end of the document is rejected cleanly too", () => {
    const doc = FakeDocument.fromParagraphs(["Only"], { changeTrackingMode: "TrackAll" });
    doc.insertTable(1, 2, 2, [["a", "b"]]);
    expect(doc.text()).toBe("Only\na\nb\n\n\n");
    doc.rejectAll();
    expect(doc.paragraphs.map((p) => [p.text, p.table, p.markRevision])).toEqual([
      ["Only", undefined, undefined],
    ]);
  });

  it("accepting a tracked table keeps it as plain text", () => {
    const doc = FakeDocument.fromParagraphs(["Intro", "Outro"], { changeTrackingMode: "TrackAll" });
    doc.insertTable(2, 1, 1, [["x"]]);
    doc.acceptAll();
    expect(doc.revisions()).toEqual([]);
    expect(doc.tables()[0].rows).toEqual([["x"]]);
    expect(doc.paragraphs.every((p) => p.markRevision === undefined)).toBe(true);
  });
});

describe("Table", () => {
  it("headerRowCount and style / styleBuiltIn are set and read back", async () => {
    const { Word, doc } = withTable();
    const read = await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.headerRowCount = 1;
      table.styleBuiltIn = "GridTable4_Accent1";
      table.load("headerRowCount,style,styleBuiltIn");
      await context.sync();
      const first = table.toJSON();
      table.style = "Contract Table";
      table.load("style,styleBuiltIn");
      await context.sync();
      return [first, table.toJSON()];
    });
    expect(read).toEqual([
      { headerRowCount: 1, style: "Grid Table 4 Accent 1", styleBuiltIn: "GridTable4_Accent1" },
      { headerRowCount: 1, style: "Contract Table", styleBuiltIn: "Other" },
    ]);
    expect(doc.tables()[0]).toMatchObject({ headerRowCount: 1, style: "Contract Table" });
  });

  it.each([
    ["Table.headerRowCount", { headerRowCount: 2 }],
    ["Table.styleBuiltIn", { styleBuiltIn: "Heading1" }],
    ["Table.style", { style: "" }],
  ])("%s with a value Word cannot take fails with InvalidArgument", async (location, change) => {
    const { Word, doc } = withTable();
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().set(change);
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: location },
    });
    expect(doc.tables()[0]).toMatchObject({ headerRowCount: 0, style: "Table Grid" });
  });

  it("getCell(row, cell).value reads and replaces a cell's text; a missing cell is ItemNotFound", async () => {
    const { Word, doc } = withTable();
    const value = await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const b = table.getCell(0, 1).load("value,rowIndex,cellIndex");
      await context.sync();
      table.getCell(0, 0).value = "New A";
      await context.sync();
      return [b.value, b.rowIndex, b.cellIndex];
    });
    expect(value).toEqual(["Old B", 0, 1]);
    expect(doc.tables()[0].rows).toEqual([["New A", "Old B"]]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().getCell(3, 0).load("value");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "Table.getCell" },
    });
  });

  it("insertParagraph puts a body paragraph right before or after the table", async () => {
    const { Word, doc } = withTable();
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.insertParagraph("Before the table", "Before");
      table.insertParagraph("After the table", "After");
      await context.sync();
    });
    expect(doc.paragraphs.map((p) => [p.text, p.style, p.table?.table ?? null])).toEqual([
      ["Intro", "Normal", null],
      ["Outro", "Normal", null],
      ["Before the table", "Normal", null],
      ["Old A", "Normal", 0],
      ["Old B", "Normal", 0],
      ["After the table", "Normal", null],
      ["End", "Normal", null],
    ]);
  });

  it("getRange covers the table; Content is not a table location", async () => {
    const { Word } = withTable();
    const text = await Word.run(async (context) => {
      const range = context.document.body.tables.getFirst().getRange("Whole").load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toBe("Old A\rOld B");
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().getRange("Content").load("text");
        await context.sync();
      })
    );
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });

  it("delete() removes the table and renumbers the later ones; under Track Changes it is a tracked deletion", async () => {
    const paragraphs = [
      "Intro",
      { text: "A", table: cell(0, 0, 0) },
      "Middle",
      { text: "B", table: cell(1, 0, 0) },
      "End",
    ];
    const plain = fakeWordOf(paragraphs);
    await plain.Word.run(async (context) => {
      context.document.body.tables.getFirst().delete();
      await context.sync();
    });
    expect(plain.doc.paragraphs.map((p) => [p.text, p.table?.table ?? null])).toEqual([
      ["Intro", null],
      ["Middle", null],
      ["B", 0],
      ["End", null],
    ]);

    const tracked = fakeWordOf(paragraphs);
    tracked.doc.changeTrackingMode = "TrackAll";
    await tracked.Word.run(async (context) => {
      context.document.body.tables.getFirst().delete();
      await context.sync();
    });
    expect(tracked.doc.revisions().map((r) => [r.kind, r.text])).toEqual([["delete", "A"]]);
    expect(tracked.doc.tables()).toHaveLength(2);
    tracked.doc.acceptAll();
    expect(tracked.doc.text()).toBe("Intro\nMiddle\nB\nEnd");
    expect(tracked.doc.tables().map((t) => [t.index, t.rows])).toEqual([[0, [["B"]]]]);
  });

  it("commands on a null table do nothing", async () => {
    const { Word, doc } = fakeWordOf(["plain"]);
    await Word.run(async (context) => {
      const none = context.document.body.tables.getFirstOrNullObject();
      none.load("rowCount");
      await context.sync();
      none.headerRowCount = 1;
      none.style = "Table Grid";
      none.insertParagraph("x", "After");
      none.delete();
      await context.sync();
    });
    expect(doc.text()).toBe("plain");
  });

  it("a table proxy follows its table when another is inserted before it", async () => {
    const { Word } = withTable();
    const values = await Word.run(async (context) => {
      const old = context.document.body.tables.getFirst().load("rowCount");
      await context.sync();
      context.document.body.insertTable(1, 1, "Start", [["newer"]]);
      old.load("values");
      await context.sync();
      return old.values;
    });
    expect(values).toEqual([["Old A", "Old B"]]);
  });
});

describe("TableCollection and parentTable", () => {
  it("body.tables loads its items with their properties in one sync", async () => {
    const { Word, stats } = fakeWordOf([
      { text: "a", table: cell(0, 0, 0) },
      "between",
      { text: "b", table: cell(1, 0, 0) },
      { text: "c", table: cell(1, 1, 0) },
      "end",
    ]);
    const read = await Word.run(async (context) => {
      const tables = context.document.body.tables.load("items/rowCount,items/values");
      await context.sync();
      return tables.items.map((t) => [t.rowCount, t.values]);
    });
    expect(read).toEqual([
      [1, [["a"]]],
      [2, [["b"], ["c"]]],
    ]);
    expect(stats.syncCount).toBe(1);
  });

  it("getFirstOrNullObject on a document without tables is a null object; getFirst fails", async () => {
    const { Word } = fakeWordOf(["plain"]);
    const isNull = await Word.run(async (context) => {
      const t = context.document.body.tables.getFirstOrNullObject().load("rowCount");
      await context.sync();
      return t.isNullObject;
    });
    expect(isNull).toBe(true);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().load("rowCount");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "TableCollection.getFirst" },
    });
  });

  it("range.tables holds the tables the range meets; paragraph.parentTableOrNullObject finds its table", async () => {
    const { Word } = withTable();
    const read = await Word.run(async (context) => {
      const inRange = context.document.body.search("Old B").getFirst().tables.load("items/values");
      const ps = context.document.body.paragraphs.load("items/parentTableOrNullObject/rowCount");
      await context.sync();
      return {
        range: inRange.items.map((t) => t.values),
        parents: ps.items.map((p) =>
          p.parentTableOrNullObject.isNullObject ? null : p.parentTableOrNullObject.rowCount
        ),
      };
    });
    expect(read).toEqual({ range: [[["Old A", "Old B"]]], parents: [null, null, 1, 1, null] });
  });
});
