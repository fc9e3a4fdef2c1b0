import { FakeDocument } from "../../../src/workbench/fakeWord";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";

const snapshot: DocumentSnapshot = {
  source: "sample.docx",
  paragraphs: [
    { index: 0, text: "Master Services Agreement", style: "Title" },
    { index: 1, text: "1. Term", style: "Heading 1", headingLevel: 1 },
    { index: 2, text: "The term is one year.", style: "Normal", listLabel: "1.1" },
    { index: 3, text: "Fee", style: "Normal", table: { table: 0, row: 1, cell: 0 } },
  ],
};

describe("FakeDocument", () => {
  it("round-trips a DocumentSnapshot", () => {
    expect(FakeDocument.fromSnapshot(snapshot).toSnapshot()).toEqual(snapshot);
  });

  it("fills in a style from the heading level, and Normal otherwise", () => {
    const doc = FakeDocument.fromSnapshot({
      paragraphs: [
        { index: 0, text: "Scope", headingLevel: 2 },
        { index: 1, text: "x" },
      ],
    });
    expect(doc.paragraphs.map((p) => [p.style, p.headingLevel])).toEqual([
      ["Heading 2", 2],
      ["Normal", undefined],
    ]);
  });

  it("always has at least one paragraph, as a Word document does", () => {
    expect(FakeDocument.fromSnapshot({ paragraphs: [] }).paragraphCount).toBe(1);
  });

  it("text helpers", () => {
    const doc = FakeDocument.fromSnapshot(snapshot);
    expect(doc.paragraphText(1)).toBe("1. Term");
    expect(doc.text().split("\n")).toHaveLength(4);
    expect(
      doc.textOf({ start: { paragraph: 1, offset: 3 }, end: { paragraph: 2, offset: 3 } })
    ).toBe("Term\rThe");
  });

  it("runsOf splits and merges runs as highlights change, keeping untouched paragraphs identical", () => {
    const doc = FakeDocument.fromParagraphs(["abcdef", "other"]);
    const untouched = doc.paragraphs[1];
    doc.setHighlight(
      { start: { paragraph: 0, offset: 2 }, end: { paragraph: 0, offset: 4 } },
      "Yellow"
    );
    expect(doc.runsOf(0)).toEqual([
      { text: "ab", highlight: null },
      { text: "cd", highlight: "#FFFF00" },
      { text: "ef", highlight: null },
    ]);
    doc.setHighlight(
      { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 6 } },
      null
    );
    expect(doc.runsOf(0)).toEqual([{ text: "abcdef", highlight: null }]);
    expect(doc.paragraphs[1]).toBe(untouched);
  });

  it("subscribe / unsubscribe, with a version that counts notifications", () => {
    const doc = FakeDocument.fromParagraphs(["abc"]);
    const versions: number[] = [];
    const off = doc.subscribe((d) => versions.push(d.version));
    doc.setSelection({ start: { paragraph: 0, offset: 1 }, end: { paragraph: 0, offset: 2 } });
    doc.batch(() => {
      doc.setHighlight(
        { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 1 } },
        "Red"
      );
      doc.setSelection({ start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 } });
    });
    off();
    doc.setSelection({ start: { paragraph: 0, offset: 3 }, end: { paragraph: 0, offset: 3 } });
    expect(versions).toEqual([1, 2]);
    expect(doc.version).toBe(3);
  });

  it("refuses positions outside the document", () => {
    const doc = FakeDocument.fromParagraphs(["abc"]);
    expect(() =>
      doc.setSelection({ start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 4 } })
    ).toThrow(RangeError);
    expect(() =>
      doc.setSelection({ start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 0 } })
    ).toThrow(RangeError);
  });

  it("reset replaces the content and keeps subscribers", () => {
    const doc = FakeDocument.fromParagraphs(["abc"]);
    let heard = 0;
    doc.subscribe(() => heard++);
    doc.reset(snapshot);
    expect(heard).toBe(1);
    expect(doc.paragraphCount).toBe(4);
  });
});
