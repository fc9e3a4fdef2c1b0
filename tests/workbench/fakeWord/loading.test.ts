import { fakeWordOf, thrownBy } from "./helpers";

const NOT_LOADED =
  "The property 'text' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("reading before load + sync (PropertyNotLoaded)", () => {
  it("throws Word's error for a scalar read before load", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const body = context.document.body;
      const error = thrownBy(() => body.text);
      expect(error).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        message: NOT_LOADED,
      });
      expect(error.debugInfo.errorLocation).toBe("Body.text");
    });
  });

  it("throws between load and sync, and not after the sync", async () => {
    const { Word } = fakeWordOf(["Alpha", "Beta"]);
    await Word.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      expect(() => body.text).toThrow(NOT_LOADED);
      await context.sync();
      expect(body.text).toBe("Alpha\rBeta");
    });
  });

  it("throws for collection.items before load + sync", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      expect(thrownBy(() => ps.items)).toMatchObject({
        code: "PropertyNotLoaded",
        debugInfo: { errorLocation: "ParagraphCollection.items" },
      });
      ps.load("items/text");
      expect(() => ps.items).toThrow("The property 'items' is not available");
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(["Alpha"]);
    });
  });

  it("loads only what was asked: other properties of the items still throw", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(ps.items[0].text).toBe("Alpha");
      expect(() => ps.items[0].style).toThrow("The property 'style' is not available");
      expect(() => ps.items[0].font.highlightColor).toThrow(
        "The property 'highlightColor' is not available"
      );
    });
  });
});

describe("load forms", () => {
  const paragraphs = [
    { text: "Title", style: "Heading 1" },
    { text: "Body text", runs: [{ text: "Body text", highlight: "Yellow" }] },
  ];

  it.each([
    ["comma string with paths", "items/text,items/style,items/font/highlightColor"],
    ["array of paths", ["items/text", "items/style", "items/font/highlightColor"]],
    ["select", { select: "items/text,items/style,items/font/highlightColor" }],
    ["collection-level names mean the items'", "text,style,font/highlightColor"],
    ["boolean object", { text: true, style: true, font: { highlightColor: true } }],
  ])("%s", async (_label, option) => {
    const { Word } = fakeWordOf(paragraphs);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load(option as string);
      await context.sync();
      expect(ps.items.map((p) => [p.text, p.style, p.font.highlightColor])).toEqual([
        ["Title", "Heading 1", null],
        ["Body text", "Normal", "#FFFF00"],
      ]);
    });
  });

  it('load("text,style") and load(["text"]) on a paragraph', async () => {
    const { Word } = fakeWordOf([{ text: "Title", style: "Heading 1" }]);
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load("text,style");
      const again = context.document.body.paragraphs.getFirst().load(["text"]);
      await context.sync();
      expect([first.text, first.style, again.text]).toEqual(["Title", "Heading 1", "Title"]);
    });
  });

  it("load() with no argument loads every scalar property; context.load(object, names) works too", async () => {
    const { Word } = fakeWordOf([{ text: "1. Scope", listLabel: "1." }]);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      // The no-argument form is what this test is about.
      // eslint-disable-next-line office-addins/no-empty-load
      p.load();
      const body = context.load(context.document.body, "text");
      await context.sync();
      expect(p.toJSON()).toEqual({
        isListItem: true,
        style: "Normal",
        styleBuiltIn: "Normal",
        tableNestingLevel: 0,
        text: "1. Scope",
      });
      expect(body.text).toBe("1. Scope");
    });
  });

  it('load("items") loads the items with all their scalar properties', async () => {
    const { Word } = fakeWordOf(["One", "Two"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      expect(ps.items.map((p) => [p.text, p.styleBuiltIn])).toEqual([
        ["One", "Normal"],
        ["Two", "Normal"],
      ]);
    });
  });

  it("a property the fake does not have fails the sync with InvalidArgument, naming it", async () => {
    const { Word } = fakeWordOf(["One"]);
    const error = await Word.run(async (context) => {
      context.document.body.paragraphs.load("items/outlineLevel");
      return context.sync().then(
        () => undefined,
        (e) => e
      );
    });
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Paragraph.load" },
    });
    expect(error.debugInfo.innerError).toContain("outlineLevel");
  });
});
