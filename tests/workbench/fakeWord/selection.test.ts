import { fakeWordOf } from "./helpers";

describe("select() and getSelection()", () => {
  it("select() sets the document's selection to the range and notifies subscribers", async () => {
    const { Word, doc } = fakeWordOf(["First paragraph", "Second paragraph"]);
    const seen: unknown[] = [];
    doc.subscribe((d) => seen.push(d.selection));
    await Word.run(async (context) => {
      context.document.body.search("Second").getFirst().select();
      await context.sync();
    });
    const expected = { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 6 } };
    expect(doc.selection).toEqual(expected);
    expect(seen).toEqual([expected]);
  });

  it("selection modes Start and End put the cursor at an edge", async () => {
    const { Word, doc } = fakeWordOf(["abc def"]);
    await Word.run(async (context) => {
      context.document.body.search("def").getFirst().select("End");
      await context.sync();
      expect(doc.selection).toEqual({
        start: { paragraph: 0, offset: 7 },
        end: { paragraph: 0, offset: 7 },
      });
      context.document.body.search("def").getFirst().select("Start");
      await context.sync();
      expect(doc.selection).toEqual({
        start: { paragraph: 0, offset: 4 },
        end: { paragraph: 0, offset: 4 },
      });
    });
  });

  it("paragraph.select() selects the whole paragraph", async () => {
    const { Word, doc } = fakeWordOf(["one", "two words"]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().select();
    });
    expect(doc.selection).toEqual({
      start: { paragraph: 1, offset: 0 },
      end: { paragraph: 1, offset: 9 },
    });
  });

  it("getSelection() returns a Range for the current selection", async () => {
    const { Word, doc } = fakeWordOf(["alpha beta", "gamma"]);
    doc.setSelection({ start: { paragraph: 0, offset: 6 }, end: { paragraph: 1, offset: 3 } });
    const read = await Word.run(async (context) => {
      const selection = context.document.getSelection().load("text,isEmpty");
      const ps = selection.paragraphs.load("items/text");
      await context.sync();
      return {
        text: selection.text,
        isEmpty: selection.isEmpty,
        paragraphs: ps.items.map((p) => p.text),
      };
    });
    expect(read).toEqual({
      text: "beta\rgam",
      isEmpty: false,
      paragraphs: ["alpha beta", "gamma"],
    });
  });

  it("a collapsed selection is an empty range", async () => {
    const { Word } = fakeWordOf(["alpha"]);
    const isEmpty = await Word.run(async (context) => {
      const selection = context.document.getSelection().load("isEmpty");
      await context.sync();
      return selection.isEmpty;
    });
    expect(isEmpty).toBe(true);
  });
});
