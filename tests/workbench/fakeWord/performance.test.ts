/** Sanity guards for size only: the limits are generous on purpose (the targets are ~100 ms and ~200 ms). */
import { createFakeWord, FakeDocument } from "../../../src/workbench/fakeWord";

function bigDocument(): FakeDocument {
  return FakeDocument.fromParagraphs(
    Array.from(
      { length: 5000 },
      (_, i) =>
        `Clause ${i}. The Supplier shall deliver the Services within thirty (30) days of the Order; fees are payable net 45.`
    )
  );
}

describe("a 5,000-paragraph document", () => {
  it("loads items/text in one sync quickly", async () => {
    const { Word } = createFakeWord(bigDocument());
    const started = performance.now();
    const count = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return ps.items.length;
    });
    expect(count).toBe(5000);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("searches the body quickly", async () => {
    const { Word } = createFakeWord(bigDocument());
    const started = performance.now();
    const found = await Word.run(async (context) => {
      const results = context.document.body
        .search("thirty (30) days", { matchCase: false })
        .load("items/text");
      await context.sync();
      return results.items.length;
    });
    expect(found).toBe(5000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
