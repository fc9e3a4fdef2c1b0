/** Range.highlight / removeHighlight (WordApi 1.8): "Highlights the range temporarily without changing document content." */
import { fakeWordOf, rejectionOf } from "./helpers";

describe("temporary highlights", () => {
  it("are kept apart from the runs, notify the view, and follow the text", async () => {
    const { Word, doc } = fakeWordOf(["alpha beta gamma"], { apiVersion: "1.8" });
    const heard: number[] = [];
    doc.subscribe((d) => heard.push(d.version));
    await Word.run(async (context) => {
      context.document.body.search("beta").getFirst().highlight();
      await context.sync();
      context.document.body.paragraphs.getFirst().insertText(">> ", "Start");
      await context.sync();
    });
    expect(doc.temporaryHighlights()).toEqual([
      { start: { paragraph: 0, offset: 9 }, end: { paragraph: 0, offset: 13 } },
    ]);
    expect(doc.runsOf(0)).toEqual([{ text: ">> alpha beta gamma", highlight: null }]);
    expect(doc.revisions()).toEqual([]);
    expect(heard).toHaveLength(2);
  });

  it("removeHighlight removes the temporary highlights that overlap the range", async () => {
    const { Word, doc } = fakeWordOf(["alpha beta gamma"], { apiVersion: "1.8" });
    await Word.run(async (context) => {
      const body = context.document.body;
      body.search("alpha").getFirst().highlight();
      body.search("gamma").getFirst().highlight();
      await context.sync();
      body.search("ha be").getFirst().removeHighlight();
      await context.sync();
    });
    expect(doc.temporaryHighlights()).toEqual([
      { start: { paragraph: 0, offset: 11 }, end: { paragraph: 0, offset: 16 } },
    ]);
  });

  it("go when their text is deleted", async () => {
    const { Word, doc } = fakeWordOf(["alpha beta gamma"], { apiVersion: "1.8" });
    await Word.run(async (context) => {
      const beta = context.document.body.search("beta ").getFirst();
      beta.highlight();
      beta.delete();
      await context.sync();
    });
    expect(doc.paragraphText(0)).toBe("alpha gamma");
    expect(doc.temporaryHighlights()).toEqual([]);
  });

  it("work on a read-only document (not a change to its content)", async () => {
    const { Word, doc } = fakeWordOf(["alpha"], { apiVersion: "1.8", readOnly: true });
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Content").highlight();
      await context.sync();
    });
    expect(doc.temporaryHighlights()).toHaveLength(1);
  });

  it("need WordApi 1.8", async () => {
    const { Word } = fakeWordOf(["alpha"], { apiVersion: "1.7" });
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.getRange("Whole").highlight();
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: "Range.highlight" },
    });
  });
});
