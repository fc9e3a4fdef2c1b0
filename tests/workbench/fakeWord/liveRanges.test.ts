/** Ranges follow the content: a range obtained earlier in a run still covers its text after edits. */
import { fakeWordOf } from "./helpers";

describe("live ranges", () => {
  it("two searches resolved in one sync, then the first and the second edited in the next batch", async () => {
    const { Word, doc } = fakeWordOf(["Fees are due in 60 days; notice is 30 days."]);
    await Word.run(async (context) => {
      const body = context.document.body;
      const sixty = body.search("60 days").load("items/text");
      const thirty = body.search("30 days").load("items/text");
      await context.sync();
      sixty.items[0].insertText("forty-five (45) days", "Replace");
      thirty.items[0].insertText("ninety (90) days", "Replace");
      await context.sync();
    });
    expect(doc.paragraphText(0)).toBe(
      "Fees are due in forty-five (45) days; notice is ninety (90) days."
    );
  });

  it("the same under Track Changes, where the old text stays", async () => {
    const { Word, doc } = fakeWordOf(["in 60 days; notice 30 days."]);
    doc.changeTrackingMode = "TrackAll";
    await Word.run(async (context) => {
      const body = context.document.body;
      const sixty = body.search("60").load("items");
      const thirty = body.search("30").load("items");
      await context.sync();
      sixty.items[0].insertText("45", "Replace");
      thirty.items[0].insertText("90", "Replace");
      await context.sync();
    });
    expect(doc.currentText(0)).toBe("in 45 days; notice 90 days.");
    expect(doc.originalText(0)).toBe("in 60 days; notice 30 days.");
  });

  it("ranges after a deletion or a paragraph insertion still read their text", async () => {
    const { Word } = fakeWordOf(["alpha beta gamma", "delta"]);
    const read = await Word.run(async (context) => {
      const body = context.document.body;
      const gamma = body.search("gamma").getFirst();
      const delta = body.paragraphs.getLast().getRange("Content");
      const last = body.paragraphs.getLast();
      await context.sync();
      body.search("beta ").getFirst().delete();
      body.insertParagraph("new first", "Start");
      gamma.load("text");
      delta.load("text");
      last.load("text");
      await context.sync();
      return [gamma.text, delta.text, last.text];
    });
    expect(read).toEqual(["gamma", "delta", "delta"]);
  });

  it("at an insertion point neighbours do not grow: a range ending there stays, one starting there moves", async () => {
    const { Word } = fakeWordOf(["abcdef"]);
    const read = await Word.run(async (context) => {
      const body = context.document.body;
      const left = body.search("abc").getFirst();
      const right = body.search("def").getFirst();
      await context.sync();
      right.insertText("XYZ", "Before");
      left.load("text");
      right.load("text");
      await context.sync();
      return [left.text, right.text];
    });
    expect(read).toEqual(["abc", "def"]);
  });

  it("a range extends over what it inserts at its Start, End or Replace", async () => {
    const { Word } = fakeWordOf(["net 30"]);
    const read = await Word.run(async (context) => {
      const range = context.document.body.search("30").getFirst();
      range.insertText("(", "Start");
      range.insertText(") days", "End");
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(read).toBe("(30) days");
  });

  it("paragraph proxies follow their paragraph when others are inserted before it", async () => {
    const { Word } = fakeWordOf(["one", "two"]);
    const text = await Word.run(async (context) => {
      const two = context.document.body.paragraphs.getLast();
      await context.sync();
      context.document.body.insertParagraph("zero", "Start");
      two.insertText("!", "End");
      two.load("text");
      await context.sync();
      return two.text;
    });
    expect(text).toBe("two!");
  });

  it("a run releases its live spans when it ends", async () => {
    const { Word, doc } = fakeWordOf(["a b a"]);
    const before = doc.liveSpanCount;
    await Word.run(async (context) => {
      context.document.body.search("a").load("items");
      await context.sync();
      expect(doc.liveSpanCount).toBeGreaterThan(before);
    });
    expect(doc.liveSpanCount).toBe(before);
  });
});
