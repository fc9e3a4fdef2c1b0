/** Comments (WordApi 1.4): insertComment, getComments, the Comment object; comment ranges follow the text. */
import { FakeDocument, createFakeWord } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

const DATE = new Date("2025-03-04T05:06:07.000Z");
const options = { apiVersion: "1.4" as const, now: () => DATE, authorEmail: "user@example.com" };

describe("Range.insertComment", () => {
  it("adds a comment the model lists and Word reads back", async () => {
    const { Word, doc } = fakeWordOf(["The Supplier may terminate at will."], options);
    const read = await Word.run(async (context) => {
      const comment = context.document.body
        .search("at will")
        .getFirst()
        .insertComment("Ask for 90 days' notice.");
      comment.load("content,authorName,authorEmail,creationDate,id,resolved");
      await context.sync();
      return comment.toJSON();
    });
    const [stored] = doc.comments();
    expect(stored).toMatchObject({
      text: "Ask for 90 days' notice.",
      author: "Workbench user",
      resolved: false,
      paragraph: 0,
      span: { start: { paragraph: 0, offset: 27 }, end: { paragraph: 0, offset: 34 } },
    });
    expect(read).toEqual({
      content: "Ask for 90 days' notice.",
      authorName: "Workbench user",
      authorEmail: "user@example.com",
      creationDate: DATE,
      id: stored.id,
      resolved: false,
    });
  });

  it("a collapsed range is refused with InvalidArgument", async () => {
    const { Word, doc } = fakeWordOf(["text"], options);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.getRange("End").insertComment("nowhere");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.insertComment" },
    });
    expect(doc.comments()).toEqual([]);
  });
});

describe("getComments and the Comment object", () => {
  function commented() {
    const doc = FakeDocument.fromParagraphs(["alpha beta", "gamma"]);
    doc.addComment(
      { start: { paragraph: 0, offset: 6 }, end: { paragraph: 0, offset: 10 } },
      "on beta"
    );
    doc.addComment(
      { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 5 } },
      "on gamma"
    );
    return { doc, ...createFakeWord(doc, options) };
  }

  it("Body, Paragraph and Range give the comments that meet them", async () => {
    const { Word } = commented();
    const read = await Word.run(async (context) => {
      const body = context.document.body;
      const all = body.getComments().load("items/content");
      const second = body.paragraphs.getLast().getComments().load("items/content");
      const alpha = body.search("alpha").getFirst().getComments().load("items");
      await context.sync();
      return [all, second, alpha].map((c) => c.items.map((x) => x.content));
    });
    expect(read).toEqual([["on beta", "on gamma"], ["on gamma"], []]);
  });

  it("content and resolved can be set; delete() removes; getRange() covers the text", async () => {
    const { Word, doc } = commented();
    const text = await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items");
      await context.sync();
      comments.items[0].content = "on beta, edited";
      comments.items[0].resolved = true;
      const range = comments.items[0].getRange().load("text");
      comments.items[1].delete();
      await context.sync();
      return range.text;
    });
    expect(text).toBe("beta");
    expect(doc.comments().map((c) => [c.text, c.resolved])).toEqual([["on beta, edited", true]]);
  });

  it("a comment's range follows its text after an insertion before it", async () => {
    const { Word, doc } = commented();
    const text = await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Intro: ", "Start");
      context.document.body.insertParagraph("New first paragraph", "Start");
      await context.sync();
      const first = context.document.body.getComments().getFirst();
      const range = first.getRange().load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toBe("beta");
    expect(doc.comments()[0].span).toEqual({
      start: { paragraph: 1, offset: 13 },
      end: { paragraph: 1, offset: 17 },
    });
  });

  it("deleting a comment's whole text deletes the comment; a tracked deletion keeps it", async () => {
    const plain = commented();
    await plain.Word.run(async (context) => {
      context.document.body.search("beta").getFirst().delete();
      await context.sync();
    });
    expect(plain.doc.comments().map((c) => c.text)).toEqual(["on gamma"]);

    const tracked = commented();
    tracked.doc.changeTrackingMode = "TrackAll";
    await tracked.Word.run(async (context) => {
      context.document.body.search("beta").getFirst().delete();
      await context.sync();
    });
    expect(tracked.doc.comments().map((c) => c.text)).toEqual(["on beta", "on gamma"]);
  });
});
