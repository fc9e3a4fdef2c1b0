/** Each new member needs its WordApi requirement set; below it the sync fails with ApiNotFound. */
import type { ApiVersion, RequestContext } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

type Case = [string, ApiVersion, (context: RequestContext) => void];

const CASES: Case[] = [
  ["Range.insertComment", "1.3", (c) => void c.document.body.getRange("Whole").insertComment("x")],
  ["Body.getComments", "1.3", (c) => void c.document.body.getComments().load("items")],
  ["Range.getReviewedText", "1.3", (c) => void c.document.body.getRange("Whole").getReviewedText()],
  ["Document.changeTrackingMode", "1.3", (c) => void c.document.load("changeTrackingMode")],
  [
    "Document.changeTrackingMode",
    "1.3",
    (c) => {
      c.document.changeTrackingMode = "TrackAll";
    },
  ],
  ["Body.getTrackedChanges", "1.5", (c) => void c.document.body.getTrackedChanges().load("items")],
  ["Range.removeHighlight", "1.7", (c) => c.document.body.getRange("Whole").removeHighlight()],
  [
    "Paragraph.insertTable",
    "1.2",
    (c) => void c.document.body.paragraphs.getFirst().insertTable(1, 1, "After"),
  ],
  ["Body.insertTable", "1.2", (c) => void c.document.body.insertTable(1, 1, "End")],
  ["Body.tables", "1.2", (c) => void c.document.body.tables.load("items")],
  [
    "Range.insertContentControl",
    "1.4",
    (c) => void c.document.body.getRange("Whole").insertContentControl("RichText"),
  ],
];

describe("API version gating", () => {
  it.each(CASES)(
    "%s below its set (on %s) fails with ApiNotFound",
    async (location, version, use) => {
      const { Word, doc } = fakeWordOf(["Alpha"], { apiVersion: version });
      const error = await rejectionOf(
        Word.run(async (context) => {
          use(context);
          await context.sync();
        })
      );
      expect(error).toMatchObject({ code: "ApiNotFound", debugInfo: { errorLocation: location } });
      expect(doc.comments()).toEqual([]);
      expect(doc.changeTrackingMode).toBe("Off");
    }
  );

  it("document.load() with no argument skips changeTrackingMode below 1.4", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const json = await Word.run(async (context) => {
      // The no-argument form is what this test is about.
      const d = context.document.load();
      await context.sync();
      return d.toJSON();
    });
    expect(json).toEqual({});
  });

  it("content controls are WordApi 1.1, their getRange 1.3", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"], { apiVersion: "1.1" });
    const error = await rejectionOf(
      Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items");
        await context.sync();
        const control = ps.items[0].insertContentControl();
        control.tag = "a";
        await context.sync();
        control.getRange("Whole").load("text");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: "ContentControl.getRange" },
    });
    expect(doc.contentControls()).toMatchObject([{ tag: "a" }]);
  });

  it("insertText, delete and insertParagraph are WordApi 1.1: fine on 1.3", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"], { apiVersion: "1.3" });
    await Word.run(async (context) => {
      context.document.body.insertText(" beta", "End");
      context.document.body.insertParagraph("gamma", "End").insertText("!", "End");
      await context.sync();
    });
    expect(doc.text()).toBe("Alpha beta\ngamma!");
  });
});
