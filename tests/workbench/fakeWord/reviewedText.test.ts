/** getReviewedText (WordApi 1.4) on Body, Paragraph and Range: a ClientResult read after sync. */
import { FakeDocument, createFakeWord } from "../../../src/workbench/fakeWord";
import { thrownBy } from "./helpers";

function redlined() {
  const doc = FakeDocument.fromParagraphs(["pay within 60 days", "second"], {
    changeTrackingMode: "TrackAll",
  });
  doc.replaceText({ start: { paragraph: 0, offset: 11 }, end: { paragraph: 0, offset: 13 } }, "30");
  return { doc, ...createFakeWord(doc, { apiVersion: "1.4" }) };
}

describe("getReviewedText", () => {
  it("Current leaves out deleted text, Original inserted text; text keeps both", async () => {
    const { Word } = redlined();
    const read = await Word.run(async (context) => {
      const body = context.document.body;
      const p = body.paragraphs.getFirst().load("text");
      const range = body.search("within").getFirst().expandTo(body.search("days").getFirst());
      const results = {
        bodyCurrent: body.getReviewedText("Current"),
        bodyOriginal: body.getReviewedText("Original"),
        bodyDefault: body.getReviewedText(),
        paragraphCurrent: p.getReviewedText("Current"),
        rangeOriginal: range.getReviewedText("Original"),
      };
      await context.sync();
      return {
        text: p.text,
        ...Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.value])),
      };
    });
    expect(read).toEqual({
      text: "pay within 6030 days",
      bodyCurrent: "pay within 30 days\rsecond",
      bodyOriginal: "pay within 60 days\rsecond",
      bodyDefault: "pay within 30 days\rsecond",
      paragraphCurrent: "pay within 30 days",
      rangeOriginal: "within 60 days",
    });
  });

  it("reading .value before the sync throws ValueNotLoaded, as OfficeExtension.ClientResult does", async () => {
    const { Word } = redlined();
    await Word.run(async (context) => {
      const result = context.document.body.getReviewedText("Current");
      expect(thrownBy(() => result.value)).toMatchObject({
        name: "RichApi.Error",
        code: "ValueNotLoaded",
        debugInfo: { errorLocation: "clientResult.value" },
      });
      await context.sync();
      expect(result.value).toBe("pay within 30 days\rsecond");
    });
  });

  it("an unknown version fails the sync with InvalidArgument", async () => {
    const { Word } = redlined();
    await expect(
      Word.run(async (context) => {
        context.document.body.getReviewedText("Final" as "Current");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
