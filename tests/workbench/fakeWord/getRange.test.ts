import type { BodyProxy, ParagraphProxy, RangeProxy } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

/** Builds a range, selects it, and returns the selection as [paragraph, offset, paragraph, offset]. */
async function spanOf(
  paragraphs: string[],
  build: (body: BodyProxy, items: ParagraphProxy[]) => RangeProxy
) {
  const { Word, doc } = fakeWordOf(paragraphs);
  await Word.run(async (context) => {
    const ps = context.document.body.paragraphs.load("items");
    await context.sync();
    build(context.document.body, ps.items).select();
    await context.sync();
  });
  const s = doc.selection;
  return [s.start.paragraph, s.start.offset, s.end.paragraph, s.end.offset];
}

describe("getRange(location)", () => {
  const doc = ["alpha", "beta gamma", "delta"];

  it("on a paragraph: Whole and Content cover the text (without the paragraph mark), Start and End its edges", async () => {
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange())).toEqual([1, 0, 1, 10]);
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange("Whole"))).toEqual([1, 0, 1, 10]);
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange("Content"))).toEqual([1, 0, 1, 10]);
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange("Start"))).toEqual([1, 0, 1, 0]);
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange("End"))).toEqual([1, 10, 1, 10]);
  });

  it("After a paragraph is the start of the next one", async () => {
    expect(await spanOf(doc, (_b, ps) => ps[1].getRange("After"))).toEqual([2, 0, 2, 0]);
    expect(await spanOf(doc, (_b, ps) => ps[2].getRange("After"))).toEqual([2, 5, 2, 5]);
  });

  it("on a range and on the body", async () => {
    expect(await spanOf(doc, (b) => b.search("gamma").getFirst().getRange("Start"))).toEqual([
      1, 5, 1, 5,
    ]);
    expect(await spanOf(doc, (b) => b.search("gamma").getFirst().getRange("After"))).toEqual([
      1, 10, 1, 10,
    ]);
    expect(await spanOf(doc, (b) => b.getRange("Whole"))).toEqual([0, 0, 2, 5]);
    expect(await spanOf(doc, (b) => b.getRange("End"))).toEqual([2, 5, 2, 5]);
  });

  it("Before is for content controls only: InvalidArgument at sync", async () => {
    const { Word } = fakeWordOf(doc);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange("Before").select();
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Paragraph.getRange" },
    });
  });
});

describe("expandTo(range)", () => {
  const doc = ["alpha", "beta gamma", "delta"];

  it("spans from the earlier start to the later end, whichever way round", async () => {
    expect(
      await spanOf(doc, (_b, ps) => ps[0].getRange("Start").expandTo(ps[2].getRange("End")))
    ).toEqual([0, 0, 2, 5]);
    expect(
      await spanOf(doc, (_b, ps) => ps[2].getRange("End").expandTo(ps[0].getRange("Start")))
    ).toEqual([0, 0, 2, 5]);
    expect(
      await spanOf(doc, (b) => b.search("beta").getFirst().expandTo(b.search("gamma").getFirst()))
    ).toEqual([1, 0, 1, 10]);
  });

  it("anchors a long clause by prefix and suffix", async () => {
    const clause = "The Supplier shall " + "x".repeat(300) + " within thirty (30) days.";
    const { Word } = fakeWordOf(["Intro", clause]);
    const text = await Word.run(async (context) => {
      const body = context.document.body;
      const range = body
        .search("The Supplier shall")
        .getFirst()
        .expandTo(body.search("within thirty (30) days.").getFirst());
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toBe(clause);
  });
});
