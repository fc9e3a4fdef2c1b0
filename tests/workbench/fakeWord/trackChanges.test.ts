/** Edits under Track Changes (Document.changeTrackingMode, WordApi 1.4) and the model's revisions. */
import { FakeDocument, createFakeWord } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

const DATE = new Date("2025-01-02T03:04:05.000Z");
const options = { apiVersion: "1.6" as const, now: () => DATE };

function tracked(paragraphs: Parameters<typeof fakeWordOf>[0]) {
  const fake = fakeWordOf(paragraphs, options);
  fake.doc.changeTrackingMode = "TrackAll";
  return fake;
}

describe("Document.changeTrackingMode", () => {
  it("loads and sets Off / TrackAll / TrackMineOnly", async () => {
    const { Word, doc } = fakeWordOf(["x"], { apiVersion: "1.4" });
    const modes = await Word.run(async (context) => {
      const d = context.document.load("changeTrackingMode");
      await context.sync();
      const before = d.changeTrackingMode;
      d.changeTrackingMode = "TrackMineOnly";
      d.load("changeTrackingMode");
      await context.sync();
      return [before, d.changeTrackingMode];
    });
    expect(modes).toEqual(["Off", "TrackMineOnly"]);
    expect(doc.changeTrackingMode).toBe("TrackMineOnly");
  });

  it("an unknown mode fails with InvalidArgument", async () => {
    const { Word, doc } = fakeWordOf(["x"], { apiVersion: "1.4" });
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.changeTrackingMode = "Sometimes" as never;
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Document.changeTrackingMode" },
    });
    expect(doc.changeTrackingMode).toBe("Off");
  });
});

describe("tracked edits", () => {
  it("Replace keeps the old text as a tracked deletion, with the new text right after it", async () => {
    const { Word, doc } = tracked(["pay within 60 days"]);
    const read = await Word.run(async (context) => {
      const range = context.document.body.search("60").getFirst();
      const inserted = range.insertText("30", "Replace").load("text");
      const p = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return { inserted: inserted.text, paragraph: p.text };
    });
    // Paragraph.text includes the deleted text (https://github.com/OfficeDev/office-js/issues/1267).
    expect(read).toEqual({ inserted: "30", paragraph: "pay within 6030 days" });
    const [del, ins] = doc.revisions();
    expect(doc.runsOf(0)).toEqual([
      { text: "pay within ", highlight: null },
      {
        text: "60",
        highlight: null,
        revision: {
          kind: "delete",
          id: del.id,
          author: "Workbench user",
          date: DATE.toISOString(),
        },
      },
      {
        text: "30",
        highlight: null,
        revision: {
          kind: "insert",
          id: ins.id,
          author: "Workbench user",
          date: DATE.toISOString(),
        },
      },
      { text: " days", highlight: null },
    ]);
    expect(doc.revisions()).toEqual([
      {
        id: del.id,
        kind: "delete",
        text: "60",
        author: "Workbench user",
        date: DATE.toISOString(),
        paragraph: 0,
      },
      {
        id: ins.id,
        kind: "insert",
        text: "30",
        author: "Workbench user",
        date: DATE.toISOString(),
        paragraph: 0,
      },
    ]);
    expect(doc.currentText(0)).toBe("pay within 30 days");
    expect(doc.originalText(0)).toBe("pay within 60 days");
  });

  it("deleting a tracked insertion removes it outright; deleting deleted text changes nothing", async () => {
    const { Word, doc } = tracked(["net 45"]);
    await Word.run(async (context) => {
      const body = context.document.body;
      body.paragraphs.getFirst().insertText(" days", "End");
      await context.sync();
      body.search(" days").getFirst().delete();
      body.search("45").getFirst().delete();
      await context.sync();
      body.search("45").getFirst().delete();
      await context.sync();
    });
    expect(doc.paragraphText(0)).toBe("net 45");
    expect(doc.revisions().map((r) => [r.kind, r.text])).toEqual([["delete", "45"]]);
  });

  it("the author is configurable", async () => {
    const doc = FakeDocument.fromParagraphs(["a"], { changeTrackingMode: "TrackAll" });
    const { Word } = createFakeWord(doc, { author: "Legal bot" });
    await Word.run(async (context) => {
      context.document.body.insertText("b", "End");
      await context.sync();
    });
    expect(doc.revisions()[0].author).toBe("Legal bot");
  });

  it("a tracked paragraph insertion and deletion: marks are tracked too", async () => {
    const { Word, doc } = tracked(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].insertParagraph("one and a half", "After");
      ps.items[1].delete();
      await context.sync();
    });
    expect(doc.text()).toBe("one\none and a half\ntwo\nthree");
    expect(doc.revisions().map((r) => [r.kind, r.text])).toEqual([
      ["insert", "one and a half"],
      ["delete", "two"],
    ]);
    expect(doc.reviewedTextOf(doc.spanOfBody(), "Current")).toBe("one\rone and a half\rthree");
    expect(doc.reviewedTextOf(doc.spanOfBody(), "Original")).toBe("one\rtwo\rthree");

    doc.acceptAll();
    expect(doc.text()).toBe("one\none and a half\nthree");
    expect(doc.revisions()).toEqual([]);
  });

  it("rejecting the same edits gives the original back", async () => {
    const { Word, doc } = tracked(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].insertParagraph("one and a half", "After");
      ps.items[1].delete();
      ps.items[2].insertText("3", "Replace");
      await context.sync();
    });
    doc.rejectAll();
    expect(doc.text()).toBe("one\ntwo\nthree");
    expect(doc.paragraphs.every((p) => p.markRevision === undefined)).toBe(true);
    expect(doc.runsOf(2)).toEqual([{ text: "three", highlight: null }]);
  });

  it("accept: deleted runs vanish, inserted runs become plain", () => {
    const doc = FakeDocument.fromParagraphs(["pay within 60 days"], {
      changeTrackingMode: "TrackAll",
    });
    doc.replaceText(
      { start: { paragraph: 0, offset: 11 }, end: { paragraph: 0, offset: 13 } },
      "30"
    );
    doc.acceptAll();
    expect(doc.runsOf(0)).toEqual([{ text: "pay within 30 days", highlight: null }]);
  });

  it("one tracked change at a time through the model", () => {
    const doc = FakeDocument.fromParagraphs(["a b"], { changeTrackingMode: "TrackAll" });
    doc.replaceText({ start: { paragraph: 0, offset: 2 }, end: { paragraph: 0, offset: 3 } }, "c");
    const [del, ins] = doc.revisions();
    expect(doc.rejectRevision(ins.id)).toBe(true);
    expect(doc.paragraphText(0)).toBe("a b");
    expect(doc.acceptRevision(del.id)).toBe(true);
    expect(doc.paragraphText(0)).toBe("a ");
    expect(doc.acceptRevision(del.id)).toBe(false);
  });
});

describe("tracked formatting", () => {
  it("highlighting under Track Changes records a format revision; reject restores the old colour", async () => {
    const { Word, doc } = tracked(["alpha beta"]);
    await Word.run(async (context) => {
      context.document.body.search("beta").getFirst().font.highlightColor = "Yellow";
      await context.sync();
    });
    const [format] = doc.revisions();
    expect(format).toMatchObject({ kind: "format", text: "beta" });
    expect(doc.runsOf(0)[1]).toEqual({
      text: "beta",
      highlight: "#FFFF00",
      revision: {
        kind: "format",
        id: format.id,
        author: "Workbench user",
        date: DATE.toISOString(),
        previousHighlight: null,
      },
    });
    doc.rejectAll();
    expect(doc.runsOf(0)).toEqual([{ text: "alpha beta", highlight: null }]);
  });

  it("accept keeps the new colour", () => {
    const doc = FakeDocument.fromParagraphs(["alpha"], { changeTrackingMode: "TrackAll" });
    doc.setHighlight(doc.spanOfParagraph(0), "Pink");
    doc.acceptAll();
    expect(doc.runsOf(0)).toEqual([{ text: "alpha", highlight: "#FF00FF" }]);
  });

  it("switching tracking off before highlighting (the add-in's pattern) records nothing", async () => {
    const { Word, doc } = tracked(["alpha"]);
    await Word.run(async (context) => {
      context.document.changeTrackingMode = "Off";
      context.document.body.paragraphs.getFirst().getRange("Content").font.highlightColor =
        "Yellow";
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
    });
    expect(doc.revisions()).toEqual([]);
    expect(doc.runsOf(0)).toEqual([{ text: "alpha", highlight: "#FFFF00" }]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });
});

describe("TrackedChangeCollection (WordApi 1.6)", () => {
  async function withChanges() {
    const fake = tracked(["pay within 60 days", "other"]);
    await fake.Word.run(async (context) => {
      context.document.body.search("60").getFirst().insertText("30", "Replace");
      context.document.body.paragraphs.getLast().insertText("!", "End");
      await context.sync();
    });
    return fake;
  }

  it("lists type, text, author and date, scoped to the body, a paragraph or a range", async () => {
    const { Word } = await withChanges();
    const read = await Word.run(async (context) => {
      const all = context.document.body.getTrackedChanges().load("items");
      const first = context.document.body.paragraphs
        .getFirst()
        .getTrackedChanges()
        .load("items/type");
      const range = context.document.body
        .search("days")
        .getFirst()
        .getTrackedChanges()
        .load("items");
      await context.sync();
      return {
        all: all.items.map((c) => [c.type, c.text, c.author, c.date.toISOString()]),
        first: first.items.map((c) => c.type),
        range: range.items.length,
      };
    });
    expect(read).toEqual({
      all: [
        ["Deleted", "60", "Workbench user", DATE.toISOString()],
        ["Added", "30", "Workbench user", DATE.toISOString()],
        ["Added", "!", "Workbench user", DATE.toISOString()],
      ],
      first: ["Deleted", "Added"],
      range: 0,
    });
  });

  it("accept() and reject() one change; getRange() covers it (loaded before the reject ran)", async () => {
    const { Word, doc } = await withChanges();
    const text = await Word.run(async (context) => {
      const changes = context.document.body.paragraphs.getFirst().getTrackedChanges().load("items");
      await context.sync();
      const range = changes.items[1].getRange().load("text");
      changes.items[0].accept();
      changes.items[1].reject();
      await context.sync();
      return range.text;
    });
    expect(text).toBe("30");
    expect(doc.text()).toBe("pay within  days\nother!");
  });

  it("acceptAll() and rejectAll() on a collection", async () => {
    const { Word, doc } = await withChanges();
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getTrackedChanges().acceptAll();
      context.document.body.paragraphs.getLast().getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(doc.text()).toBe("pay within 30 days\nother");
    expect(doc.revisions()).toEqual([]);
  });

  it("getFirst on an empty collection fails with ItemNotFound", async () => {
    const { Word } = tracked(["plain"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.getTrackedChanges().getFirst().load("text");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "TrackedChangeCollection.getFirst" },
    });
  });
});
