import { fakeWordOf, rejectionOf } from "./helpers";

describe("getFirst / getFirstOrNullObject", () => {
  it("getFirst() on an empty collection fails at sync with ItemNotFound", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        const first = context.document.body.search("absent").getFirst();
        first.load("text");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { errorLocation: "RangeCollection.getFirst" },
    });
  });

  it("getFirstOrNullObject() gives a null object after load + sync", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const missing = context.document.body.search("absent").getFirstOrNullObject();
      const found = context.document.body.search("alpha").getFirstOrNullObject();
      // Reading before load + sync is the point of this line.
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => missing.isNullObject).toThrow("The property 'isNullObject' is not available");
      missing.load("text");
      found.load("text");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.text).toBeUndefined();
      expect(found.isNullObject).toBe(false);
      expect(found.text).toBe("Alpha");
      // Commands on a null object do nothing.
      missing.select();
      missing.font.highlightColor = "Yellow";
      await context.sync();
    });
  });

  it("paragraph collections have getFirst, getLast and their OrNullObject forms", async () => {
    const { Word } = fakeWordOf(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      const first = ps.getFirst().load("text");
      const last = ps.getLastOrNullObject().load("text");
      const inRange = context.document.body
        .search("zzz")
        .getFirstOrNullObject()
        .paragraphs.getFirstOrNullObject()
        .load("text");
      await context.sync();
      expect([first.text, last.text, inRange.isNullObject]).toEqual(["one", "three", true]);
    });
  });

  it("a RangeCollection's items have text and can be written to", async () => {
    const { Word, doc } = fakeWordOf(["a b a", "a"]);
    await Word.run(async (context) => {
      const results = context.document.body.search("a", { matchCase: true }).load("items/text");
      await context.sync();
      expect(results.items.length).toBe(3);
      for (const r of results.items) r.font.highlightColor = "Teal";
      await context.sync();
    });
    expect(doc.runsOf(0)).toEqual([
      { text: "a", highlight: "#008080" },
      { text: " b ", highlight: null },
      { text: "a", highlight: "#008080" },
    ]);
  });
});
