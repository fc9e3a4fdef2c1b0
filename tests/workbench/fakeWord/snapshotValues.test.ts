import { fakeWordOf } from "./helpers";

// Loaded values are what the document held when the load ran in a sync; they change only on a later load + sync.
describe("loaded values are a snapshot of their sync", () => {
  it("a later write through another proxy does not change a loaded value until it is loaded again", async () => {
    const { Word } = fakeWordOf(["Alpha beta"]);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("font/highlightColor");
      await context.sync();
      expect(p.font.highlightColor).toBeNull();

      p.getRange("Content").font.highlightColor = "Yellow";
      await context.sync();
      expect(p.font.highlightColor).toBeNull(); // still the value of the first sync

      p.load("font/highlightColor");
      await context.sync();
      expect(p.font.highlightColor).toBe("#FFFF00");
    });
  });

  it("a load queued before a write in the same batch sees the document before the write", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const range = context.document.body.paragraphs.getFirst().getRange("Content");
      const font = range.font.load("highlightColor");
      font.highlightColor = "Pink";
      // Like the Office.js runtime's generated setters, the proxy keeps the written value locally…
      expect(font.highlightColor).toBe("Pink");
      const after = range.getRange("Whole").font.load("highlightColor");
      await context.sync();
      // …until the sync delivers the load, which ran before the write.
      expect(font.highlightColor).toBeNull();
      expect(after.highlightColor).toBe("#FF00FF");
    });
  });

  it("a change made to the document outside the run is not seen until loaded again", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      doc.reset({ paragraphs: [{ index: 0, text: "Changed" }] });
      expect(body.text).toBe("Alpha");
      body.load("text");
      await context.sync();
      expect(body.text).toBe("Changed");
    });
  });
});
