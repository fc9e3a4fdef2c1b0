/**
 * The add-in's own Word calls (src/word), typed against the real @types/office-js `Word` namespace and
 * run on the fake: a review costs two syncs whatever the document's size, and navigation selects.
 */
import { createFakeWord, FakeDocument } from "../../../src/workbench/fakeWord";

const REVIEW_PROPERTIES =
  "items/text,items/style,items/styleBuiltIn,items/tableNestingLevel,items/isListItem,items/font/highlightColor";

function setUp(paragraphCount: number) {
  const doc = FakeDocument.fromSnapshot({
    paragraphs: Array.from({ length: paragraphCount }, (_, index) => ({
      index,
      text:
        index % 10 === 0
          ? `Article ${index / 10 + 1}`
          : `Clause ${index}: the Supplier shall pay within 30 days.`,
      style: index % 10 === 0 ? "Heading 1" : "Normal",
    })),
  });
  const fake = createFakeWord(doc, { apiVersion: "1.3" });
  // What production code receives instead of the global Word namespace.
  const word = fake.Word as unknown as typeof Word;
  return { doc, fake, word };
}

describe("the add-in's review pattern", () => {
  it.each([12, 3000])("reads and highlights a %i-paragraph document in 2 syncs", async (size) => {
    const { doc, fake, word } = setUp(size);
    const targets = [1, 5, size - 1];
    const read = await word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load(REVIEW_PROPERTIES);
      await context.sync();
      const rows = ps.items.map((p) => ({
        text: p.text,
        style: p.style,
        builtIn: p.styleBuiltIn,
        inTable: p.tableNestingLevel > 0,
        list: p.isListItem,
        colour: p.font.highlightColor,
      }));
      for (const i of targets) ps.items[i].getRange("Content").font.highlightColor = "#FFFF00";
      await context.sync();
      return rows;
    });

    expect(fake.stats.syncCount).toBe(2);
    expect(fake.stats.runCount).toBe(1);
    expect(read).toHaveLength(size);
    expect(read[0]).toEqual({
      text: "Article 1",
      style: "Heading 1",
      builtIn: "Heading1",
      inTable: false,
      list: false,
      colour: null,
    });
    for (const i of targets)
      expect(doc.runsOf(i)).toEqual([{ text: doc.paragraphText(i), highlight: "#FFFF00" }]);
    expect(doc.runsOf(2)).toEqual([{ text: doc.paragraphText(2), highlight: null }]);
  });

  it("navigates: a new run loads the text, checks it, selects the paragraph — 2 syncs", async () => {
    const { doc, fake, word } = setUp(12);
    const expected = doc.paragraphText(7);
    const ok = await word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      if (ps.items[7].text !== expected) return false;
      ps.items[7].getRange("Content").select();
      await context.sync();
      return true;
    });
    expect(ok).toBe(true);
    expect(fake.stats.syncCount).toBe(2);
    expect(doc.selection).toEqual({
      start: { paragraph: 7, offset: 0 },
      end: { paragraph: 7, offset: expected.length },
    });
  });

  it("selects a clause spanning paragraphs with getRange(Start).expandTo(getRange(End))", async () => {
    const { doc, word } = setUp(12);
    await word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      ps.items[3].getRange("Start").expandTo(ps.items[4].getRange("End")).select();
      await context.sync();
    });
    expect(doc.selection).toEqual({
      start: { paragraph: 3, offset: 0 },
      end: { paragraph: 4, offset: doc.paragraphText(4).length },
    });
  });

  it("feature-detects through Office.context.requirements", () => {
    const { fake } = setUp(1);
    const office = fake.Office as unknown as typeof Office;
    expect(office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
  });
});
