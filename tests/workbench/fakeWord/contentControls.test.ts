/** Content controls (WordApi 1.1): wrapping paragraphs and tables, finding, editing and deleting them. */
import type { ParagraphInit } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

const cell = (row: number, c: number) => ({ table: 0, row, cell: c });

/** A heading, its paragraph and a 2×2 table — the clause to wrap — between other paragraphs. */
const CLAUSE: (string | ParagraphInit)[] = [
  "Preamble",
  { text: "5. Fees", style: "Heading 1" },
  "Fees are payable within 30 days.",
  { text: "Item", table: cell(0, 0) },
  { text: "Amount", table: cell(0, 1) },
  { text: "Setup", table: cell(1, 0) },
  { text: "100", table: cell(1, 1) },
  "Signatures",
];

/** Wraps paragraphs 1 to the first table cell: the control takes in the whole table. */
async function wrapClause(fake: ReturnType<typeof fakeWordOf>) {
  return fake.Word.run(async (context) => {
    const ps = context.document.body.paragraphs.load("items");
    await context.sync();
    const range = ps.items[1].getRange("Whole").expandTo(ps.items[3].getRange("Whole"));
    const control = range.insertContentControl();
    control.tag = "clause-fees";
    control.title = "Fees";
    control.load("id");
    await context.sync();
    return control.id;
  });
}

describe("insertContentControl", () => {
  it("wraps a heading, a paragraph and a whole table; getByTag finds it and its range covers exactly them", async () => {
    const fake = fakeWordOf(CLAUSE);
    const id = await wrapClause(fake);
    const read = await fake.Word.run(async (context) => {
      const found = context.document.body.contentControls.getByTag("clause-fees").getFirst();
      found.load("id,tag,title,text,appearance,cannotDelete,cannotEdit,type,subtype");
      const paragraphs = found.getRange("Whole").paragraphs.load("items/text");
      const tables = found.tables.load("items/rowCount");
      const other = context.document.body.contentControls.getByTag("Clause-Fees").load("items");
      await context.sync();
      return {
        control: found.toJSON(),
        paragraphs: paragraphs.items.map((p) => p.text),
        tables: tables.items.map((t) => t.rowCount),
        otherCase: other.items.length,
      };
    });
    expect(read).toEqual({
      control: {
        id,
        tag: "clause-fees",
        title: "Fees",
        text: "5. Fees\rFees are payable within 30 days.\rItem\rAmount\rSetup\r100",
        appearance: "BoundingBox",
        cannotDelete: false,
        cannotEdit: false,
        type: "RichText",
        subtype: "RichTextParagraphs",
      },
      paragraphs: ["5. Fees", "Fees are payable within 30 days.", "Item", "Amount", "Setup", "100"],
      tables: [2],
      otherCase: 0,
    });
    expect(fake.doc.contentControls()).toMatchObject([
      { id, tag: "clause-fees", title: "Fees", firstParagraph: 1, lastParagraph: 6 },
    ]);
  });

  it("in one table cell the control stays in the cell", async () => {
    const fake = fakeWordOf(CLAUSE);
    await fake.Word.run(async (context) => {
      context.document.body.search("Setup").getFirst().insertContentControl();
      await context.sync();
    });
    expect(fake.doc.contentControls()).toMatchObject([{ firstParagraph: 5, lastParagraph: 5 }]);
  });

  it("a control that would overlap another without holding it fails with InvalidArgument", async () => {
    const fake = fakeWordOf(["a", "b", "c"]);
    fake.doc.insertContentControl({
      start: { paragraph: 0, offset: 0 },
      end: { paragraph: 1, offset: 1 },
    });
    const error = await rejectionOf(
      fake.Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items");
        await context.sync();
        ps.items[1].getRange().expandTo(ps.items[2].getRange()).insertContentControl();
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.insertContentControl" },
    });
    // Nested inside is fine.
    await fake.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertContentControl();
      await context.sync();
    });
    expect(fake.doc.contentControls()).toHaveLength(2);
  });
});

describe("a content control follows its paragraphs", () => {
  it("paragraphs inserted before it (and beside it from outside) leave it on the same paragraphs", async () => {
    const fake = fakeWordOf(CLAUSE);
    await wrapClause(fake);
    await fake.Word.run(async (context) => {
      context.document.body.insertParagraph("Cover page", "Start");
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      // ps.items[2] is the heading, the control's first paragraph.
      ps.items[2].insertParagraph("Just before the clause", "Before");
      await context.sync();
    });
    expect(fake.doc.contentControls()).toMatchObject([{ firstParagraph: 3, lastParagraph: 8 }]);
    expect(fake.doc.paragraphText(3)).toBe("5. Fees");
  });

  it("insertParagraph Start and End go inside the control, Before and After outside", async () => {
    const fake = fakeWordOf(["x", "inside", "y"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(1), { tag: "t" });
    const text = await fake.Word.run(async (context) => {
      const control = context.document.body.contentControls.getFirst();
      control.insertParagraph("start", "Start");
      control.insertParagraph("end", "End");
      control.insertParagraph("before", "Before");
      control.insertParagraph("after", "After");
      control.insertText("!", "End");
      control.load("text");
      await context.sync();
      return control.text;
    });
    expect(text).toBe("start\rinside\rend!");
    expect(fake.doc.text()).toBe("x\nbefore\nstart\ninside\nend!\nafter\ny");
  });

  it("insertText Replace replaces a control's text; in a control holding a table it is NotImplemented", async () => {
    const fake = fakeWordOf(["x", "old", "y"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(1));
    await fake.Word.run(async (context) => {
      context.document.body.contentControls.getFirst().insertText("new", "Replace");
      await context.sync();
    });
    expect(fake.doc.text()).toBe("x\nnew\ny");
    expect(fake.doc.textOf(fake.doc.contentControls()[0].span)).toBe("new");

    const withTable = fakeWordOf(CLAUSE);
    await wrapClause(withTable);
    const error = await rejectionOf(
      withTable.Word.run(async (context) => {
        context.document.body.contentControls.getFirst().insertText("gone", "Replace");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "NotImplemented",
      debugInfo: { errorLocation: "ContentControl.insertText" },
    });
  });

  it("getRange: Start, End, Before, After and Content", async () => {
    const fake = fakeWordOf(["x", "inside", "y"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(1));
    const spans = await fake.Word.run(async (context) => {
      const control = context.document.body.contentControls.getFirst();
      const ranges = ["Start", "End", "Before", "After", "Content"].map((where) =>
        control.getRange(where).load("text")
      );
      await context.sync();
      return ranges.map((r) => r.text);
    });
    expect(spans).toEqual(["", "", "", "", "inside"]);
  });
});

describe("ContentControl.delete", () => {
  it("delete(false) removes the control with its paragraphs and table (untracked)", async () => {
    const fake = fakeWordOf(CLAUSE);
    await wrapClause(fake);
    await fake.Word.run(async (context) => {
      context.document.body.contentControls.getByTag("clause-fees").getFirst().delete(false);
      await context.sync();
    });
    expect(fake.doc.text()).toBe("Preamble\nSignatures");
    expect(fake.doc.contentControls()).toEqual([]);
    expect(fake.doc.tables()).toEqual([]);
    expect(fake.doc.revisions()).toEqual([]);
  });

  it("delete(true) removes the control and keeps its content", async () => {
    const fake = fakeWordOf(CLAUSE);
    await wrapClause(fake);
    await fake.Word.run(async (context) => {
      context.document.body.contentControls.getFirst().delete(true);
      await context.sync();
    });
    expect(fake.doc.contentControls()).toEqual([]);
    expect(fake.doc.paragraphCount).toBe(CLAUSE.length);
  });

  it("under Track Changes the content is a tracked deletion and the control stays until it is accepted", async () => {
    const fake = fakeWordOf(CLAUSE, { apiVersion: "1.6" });
    await wrapClause(fake);
    fake.doc.changeTrackingMode = "TrackAll";
    const count = await fake.Word.run(async (context) => {
      context.document.body.contentControls.getFirst().delete(false);
      const left = context.document.body.contentControls.load("items");
      await context.sync();
      return left.items.length;
    });
    expect(count).toBe(1);
    const [deletion] = fake.doc.revisions();
    expect(deletion.kind).toBe("delete");
    expect(fake.doc.contentControls()).toMatchObject([{ deletion: deletion.id }]);
    expect(fake.doc.reviewedTextOf(fake.doc.spanOfBody(), "Current")).toBe("Preamble\rSignatures");

    fake.doc.acceptAll();
    expect(fake.doc.text()).toBe("Preamble\nSignatures");
    expect(fake.doc.contentControls()).toEqual([]);
    expect(fake.doc.tables()).toEqual([]);
  });

  it("rejecting the tracked deletion keeps the control and its content", async () => {
    const fake = fakeWordOf(CLAUSE);
    await wrapClause(fake);
    fake.doc.changeTrackingMode = "TrackAll";
    await fake.Word.run(async (context) => {
      context.document.body.contentControls.getFirst().delete(false);
      await context.sync();
    });
    fake.doc.rejectAll();
    expect(fake.doc.text()).toBe(
      CLAUSE.map((p) => (typeof p === "string" ? p : p.text)).join("\n")
    );
    expect(fake.doc.contentControls()).toMatchObject([{ firstParagraph: 1, lastParagraph: 6 }]);
    expect(fake.doc.contentControls()[0].deletion).toBeUndefined();
  });

  it("Paragraph.delete on the only paragraph of a control deletes the control too", async () => {
    const fake = fakeWordOf(["a", "b", "c"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(1));
    await fake.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[1].delete();
      await context.sync();
    });
    expect(fake.doc.text()).toBe("a\nc");
    expect(fake.doc.contentControls()).toEqual([]);
  });
});

describe("ContentControl properties and collections", () => {
  it("appearance, cannotDelete and cannotEdit are set and read; an unknown appearance is InvalidArgument", async () => {
    const fake = fakeWordOf(["x"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(0));
    const read = await fake.Word.run(async (context) => {
      const control = context.document.body.contentControls.getFirst();
      control.set({ appearance: "tags", cannotDelete: true, cannotEdit: true, title: "T" });
      control.load("appearance,cannotDelete,cannotEdit,title");
      await context.sync();
      return control.toJSON();
    });
    expect(read).toEqual({ appearance: "Tags", cannotDelete: true, cannotEdit: true, title: "T" });
    const error = await rejectionOf(
      fake.Word.run(async (context) => {
        context.document.body.contentControls.getFirst().appearance = "Sparkly" as never;
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "ContentControl.appearance" },
    });
  });

  it("getByTitle, getById and range.contentControls", async () => {
    const fake = fakeWordOf(["a", "b", "c"]);
    const first = fake.doc.insertContentControl(fake.doc.spanOfParagraph(0), { title: "A" });
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(2), { title: "C" });
    const read = await fake.Word.run(async (context) => {
      const body = context.document.body;
      const byTitle = body.contentControls.getByTitle("C").load("items/title");
      const byId = body.contentControls.getById(first).load("title");
      const missing = body.contentControls.getByIdOrNullObject(999).load("title");
      const inRange = body.paragraphs.getLast().getRange().contentControls.load("items/title");
      await context.sync();
      return [
        byTitle.items.map((c) => c.title),
        byId.title,
        missing.isNullObject,
        inRange.items.map((c) => c.title),
      ];
    });
    expect(read).toEqual([["C"], "A", true, ["C"]]);
  });

  it("paragraphs: below WordApi 1.3 the paragraphs of a table inside are left out", async () => {
    const old = fakeWordOf(CLAUSE, { apiVersion: "1.2" });
    old.doc.insertContentControl({
      start: { paragraph: 1, offset: 0 },
      end: { paragraph: 3, offset: 0 },
    });
    expect(old.doc.contentControls()).toMatchObject([{ firstParagraph: 1, lastParagraph: 6 }]);
    const texts = await old.Word.run(async (context) => {
      const controls = context.document.body.contentControls.load("items");
      await context.sync();
      const ps = controls.items[0].paragraphs.load("items/text");
      await context.sync();
      return ps.items.map((p) => p.text);
    });
    expect(texts).toEqual(["5. Fees", "Fees are payable within 30 days."]);
  });

  it("a deleted control's proxy fails with ItemNotFound", async () => {
    const fake = fakeWordOf(["x"]);
    fake.doc.insertContentControl(fake.doc.spanOfParagraph(0));
    const error = await rejectionOf(
      fake.Word.run(async (context) => {
        const control = context.document.body.contentControls.getFirst().load("id");
        await context.sync();
        control.delete(true);
        control.load("tag");
        await context.sync();
      })
    );
    expect(error).toMatchObject({ code: "ItemNotFound" });
  });
});
