/** A read-only document: every write fails at sync with AccessDenied; reads, selection and temporary highlights work. */
import { FakeDocument, createFakeWord, type RequestContext } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

type Write = [string, (context: RequestContext) => void];

const WRITES: Write[] = [
  [
    "Range.insertText",
    (c) => void c.document.body.search("60").getFirst().insertText("30", "Replace"),
  ],
  ["Body.insertText", (c) => void c.document.body.insertText("x", "End")],
  [
    "Paragraph.insertText",
    (c) => void c.document.body.paragraphs.getFirst().insertText("x", "Start"),
  ],
  ["Range.delete", (c) => c.document.body.search("60").getFirst().delete()],
  ["Paragraph.delete", (c) => c.document.body.paragraphs.getFirst().delete()],
  ["Body.insertParagraph", (c) => void c.document.body.insertParagraph("x", "End")],
  [
    "Paragraph.insertParagraph",
    (c) => void c.document.body.paragraphs.getFirst().insertParagraph("x", "After"),
  ],
  [
    "Range.insertParagraph",
    (c) => void c.document.body.search("60").getFirst().insertParagraph("x", "After"),
  ],
  ["Range.insertComment", (c) => void c.document.body.search("60").getFirst().insertComment("x")],
  [
    "Font.highlightColor",
    (c) => {
      c.document.body.search("60").getFirst().font.highlightColor = "Yellow";
    },
  ],
  [
    "Document.changeTrackingMode",
    (c) => {
      c.document.changeTrackingMode = "TrackAll";
    },
  ],
  ["TrackedChangeCollection.acceptAll", (c) => c.document.body.getTrackedChanges().acceptAll()],
  ["Body.insertTable", (c) => void c.document.body.insertTable(1, 1, "End", [["x"]])],
  [
    "Paragraph.insertTable",
    (c) => void c.document.body.paragraphs.getFirst().insertTable(1, 1, "After"),
  ],
  [
    "Range.insertContentControl",
    (c) => void c.document.body.search("60").getFirst().insertContentControl(),
  ],
  [
    "Paragraph.insertContentControl",
    (c) => void c.document.body.paragraphs.getFirst().insertContentControl(),
  ],
  [
    "Paragraph.style",
    (c) => {
      c.document.body.paragraphs.getFirst().style = "Heading 1";
    },
  ],
  [
    "Paragraph.styleBuiltIn",
    (c) => {
      c.document.body.paragraphs.getFirst().styleBuiltIn = "Heading1";
    },
  ],
  ["TrackedChangeCollection.rejectAll", (c) => c.document.body.getTrackedChanges().rejectAll()],
];

function readOnlyDocument() {
  const doc = FakeDocument.fromParagraphs(["pay in 60 days"], { changeTrackingMode: "TrackAll" });
  doc.insertText({ paragraph: 0, offset: 14 }, ".");
  doc.readOnly = true;
  return { doc, ...createFakeWord(doc, { apiVersion: "1.8" }) };
}

describe("a read-only document", () => {
  it.each(WRITES)(
    "%s fails with AccessDenied and leaves the document unchanged",
    async (location, write) => {
      const { Word, doc } = readOnlyDocument();
      const before = {
        paragraphs: doc.paragraphs,
        comments: doc.comments(),
        mode: doc.changeTrackingMode,
        controls: doc.contentControls(),
      };
      const error = await rejectionOf(
        Word.run(async (context) => {
          write(context);
          await context.sync();
        })
      );
      expect(error).toMatchObject({
        name: "RichApi.Error",
        code: "AccessDenied",
        debugInfo: { errorLocation: location },
      });
      expect({
        paragraphs: doc.paragraphs,
        comments: doc.comments(),
        mode: doc.changeTrackingMode,
        controls: doc.contentControls(),
      }).toEqual(before);
    }
  );

  it.each<Write>([
    ["Table.delete", (c) => c.document.body.tables.getFirst().delete()],
    [
      "Table.headerRowCount",
      (c) => {
        c.document.body.tables.getFirst().headerRowCount = 1;
      },
    ],
    [
      "TableCell.value",
      (c) => {
        c.document.body.tables.getFirst().getCell(0, 0).value = "x";
      },
    ],
    [
      "ContentControl.tag",
      (c) => {
        c.document.body.contentControls.getFirst().tag = "x";
      },
    ],
    ["ContentControl.delete", (c) => c.document.body.contentControls.getFirst().delete(false)],
  ])("%s on a table or content control fails with AccessDenied", async (location, write) => {
    const doc = FakeDocument.fromParagraphs([
      "Intro",
      { text: "cell", table: { table: 0, row: 0, cell: 0 } },
      "End",
    ]);
    doc.insertContentControl(doc.spanOfParagraph(0));
    doc.readOnly = true;
    const before = {
      paragraphs: doc.paragraphs,
      tables: doc.tables(),
      controls: doc.contentControls(),
    };
    const { Word } = createFakeWord(doc);
    const error = await rejectionOf(
      Word.run(async (context) => {
        write(context);
        await context.sync();
      })
    );
    expect(error).toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: location } });
    expect({
      paragraphs: doc.paragraphs,
      tables: doc.tables(),
      controls: doc.contentControls(),
    }).toEqual(before);
  });

  it("keeps what ran before the refused write and drops what came after it", async () => {
    const { Word, doc } = readOnlyDocument();
    await Word.run(async (context) => {
      const text = context.document.body.load("text");
      context.document.body.search("60").getFirst().select();
      context.document.body.insertText("x", "End");
      context.document.body.paragraphs.getFirst().select("End");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      expect(text.text).toBe("pay in 60 days.");
    });
    expect(doc.selection).toEqual({
      start: { paragraph: 0, offset: 7 },
      end: { paragraph: 0, offset: 9 },
    });
  });

  it("Office.context.document.mode says readOnly; the option overrides the document", () => {
    const doc = FakeDocument.fromParagraphs(["x"]);
    expect(createFakeWord(doc).Office.context.document.mode).toBe("readWrite");
    expect(createFakeWord(doc, { readOnly: true }).Office.context.document.mode).toBe("readOnly");
    doc.readOnly = true;
    const office = createFakeWord(doc).Office;
    expect(office.context.document.mode).toBe(office.DocumentMode.ReadOnly);
  });

  it("createFakeWord's readOnly option refuses writes", async () => {
    const { Word, doc } = fakeWordOf(["x"], { readOnly: true });
    await expect(
      Word.run(async (context) => {
        context.document.body.insertText("y", "End");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(doc.text()).toBe("x");
  });
});
