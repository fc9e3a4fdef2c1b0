/** Editing without Track Changes: insertText, delete, insertParagraph on Body, Paragraph and Range. */
import { fakeWordOf, rejectionOf } from "./helpers";

describe("Range.insertText", () => {
  it.each([
    ["Replace", "pay 30 days", "30"],
    ["Start", "pay 3060 days", "3060"],
    ["End", "pay 6030 days", "6030"],
    ["Before", "pay 3060 days", "60"],
    ["After", "pay 6030 days", "60"],
  ])("%s", async (location, text, ownAfter) => {
    const { Word, doc } = fakeWordOf(["pay 60 days"]);
    const read = await Word.run(async (context) => {
      const own = context.document.body.search("60").getFirst();
      const inserted = own.insertText("30", location).load("text");
      own.load("text");
      await context.sync();
      return { inserted: inserted.text, own: own.text };
    });
    expect(doc.paragraphText(0)).toBe(text);
    expect(read).toEqual({ inserted: "30", own: ownAfter });
  });

  it("inserted text takes the highlight of the text it replaces or follows", async () => {
    const { Word, doc } = fakeWordOf([
      {
        runs: [
          { text: "pay ", highlight: null },
          { text: "60", highlight: "Yellow" },
          { text: " days", highlight: null },
        ],
      },
    ]);
    await Word.run(async (context) => {
      context.document.body.search("60").getFirst().insertText("30", "Replace");
      await context.sync();
    });
    expect(doc.runsOf(0)).toEqual([
      { text: "pay ", highlight: null },
      { text: "30", highlight: "#FFFF00" },
      { text: " days", highlight: null },
    ]);
  });

  it("refuses a location the owner does not allow, and text with a paragraph break", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"]);
    const wrong = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("x", "After");
        await context.sync();
      })
    );
    expect(wrong).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Paragraph.insertText" },
    });
    const breaks = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.insertText("one\ntwo", "End");
        await context.sync();
      })
    );
    expect(breaks).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Body.insertText" },
    });
    expect(doc.text()).toBe("Alpha");
  });
});

describe("Paragraph and Body insertText", () => {
  it("Start, End and Replace on a paragraph; Start and End on the body", async () => {
    const { Word, doc } = fakeWordOf(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].insertText("(", "Start");
      ps.items[0].insertText(")", "End");
      ps.items[1].insertText("TWO", "Replace");
      context.document.body.insertText(">> ", "Start");
      context.document.body.insertText(" <<", "End");
      await context.sync();
    });
    expect(doc.text()).toBe(">> (one)\nTWO\nthree <<");
  });

  it("Body Replace leaves one paragraph with the text", async () => {
    const { Word, doc } = fakeWordOf(["one", "two"]);
    await Word.run(async (context) => {
      context.document.body.insertText("only", "Replace");
      await context.sync();
    });
    expect(doc.text()).toBe("only");
  });
});

describe("delete", () => {
  it("Range.delete removes the text; across paragraphs it joins them", async () => {
    const { Word, doc } = fakeWordOf(["keep this", "and that one", "end"]);
    await Word.run(async (context) => {
      const body = context.document.body;
      body.search(" this").getFirst().expandTo(body.search("and ").getFirst()).delete();
      await context.sync();
    });
    expect(doc.text()).toBe("keepthat one\nend");
  });

  it("Paragraph.delete removes the paragraph and its mark; the last one joins the one before", async () => {
    const { Word, doc } = fakeWordOf(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[1].delete();
      ps.items[2].delete();
      await context.sync();
    });
    expect(doc.text()).toBe("one");
    expect(doc.paragraphCount).toBe(1);
  });

  it("a deleted paragraph's proxy then fails with ItemNotFound", async () => {
    const { Word } = fakeWordOf(["one", "two"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        const first = context.document.body.paragraphs.getFirst();
        first.delete();
        first.load("text");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("insertParagraph", () => {
  it("Before and After a paragraph, Start and End of the body; the new paragraph is Normal", async () => {
    const { Word, doc } = fakeWordOf([{ text: "Scope", style: "Heading 1" }, "Body"]);
    const read = await Word.run(async (context) => {
      const body = context.document.body;
      const heading = body.paragraphs.getFirst();
      const after = heading.insertParagraph("after heading", "After").load("text,style");
      heading.insertParagraph("before heading", "Before");
      body.insertParagraph("first", "Start");
      body.insertParagraph("last", "End");
      await context.sync();
      return [after.text, after.style];
    });
    expect(doc.text()).toBe("first\nbefore heading\nScope\nafter heading\nBody\nlast");
    expect(read).toEqual(["after heading", "Normal"]);
    expect(doc.paragraphs.map((p) => p.style)).toEqual([
      "Normal",
      "Normal",
      "Heading 1",
      "Normal",
      "Normal",
      "Normal",
    ]);
  });

  it("the returned paragraph can be used in the same batch, and chained", async () => {
    const { Word, doc } = fakeWordOf(["one", "four"]);
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertParagraph("two", "After").insertParagraph("three", "After");
      await context.sync();
    });
    expect(doc.text()).toBe("one\ntwo\nthree\nfour");
  });

  it("Range.insertParagraph goes before the range's first paragraph or after its last", async () => {
    const { Word, doc } = fakeWordOf(["alpha beta", "gamma"]);
    await Word.run(async (context) => {
      const beta = context.document.body.search("beta").getFirst();
      beta.insertParagraph("new before", "Before");
      beta.insertParagraph("new after", "After");
      await context.sync();
    });
    expect(doc.text()).toBe("new before\nalpha beta\nnew after\ngamma");
  });

  it("in a table cell the new paragraph stays in the cell", async () => {
    const cell = { table: 0, row: 1, cell: 1 };
    const { Word, doc } = fakeWordOf(["Intro", { text: "4 hours", table: cell }]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().insertParagraph("(business hours)", "After");
      await context.sync();
    });
    expect(doc.paragraph(2)).toMatchObject({
      text: "(business hours)",
      table: cell,
      style: "Normal",
    });
  });

  it("body.paragraphs loaded again after an insertion shows the new paragraph", async () => {
    const { Word } = fakeWordOf(["one"]);
    const texts = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.insertParagraph("two", "End");
      ps.load("items/text");
      await context.sync();
      return ps.items.map((p) => p.text);
    });
    expect(texts).toEqual(["one", "two"]);
  });
});
