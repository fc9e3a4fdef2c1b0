/** The model's review API for tests and the workbench: revisions, comments, notifications, live spans. */
import { FakeDocument, type Span } from "../../../src/workbench/fakeWord";
import { mapSpan } from "../../../src/workbench/fakeWord/anchors";

const at = (paragraph: number, from: number, to = from): Span => ({
  start: { paragraph, offset: from },
  end: { paragraph, offset: to },
});

describe("FakeDocument review helpers", () => {
  it("seeds runs with revisions and lists them with their paragraph", () => {
    const revision = {
      kind: "delete" as const,
      id: "r1",
      author: "Counterparty",
      date: "2024-01-01T00:00:00.000Z",
    };
    const doc = FakeDocument.fromParagraphs([
      "untouched",
      {
        runs: [
          { text: "net ", highlight: null },
          { text: "60", highlight: null, revision },
        ],
      },
    ]);
    expect(doc.revisions()).toEqual([
      {
        id: "r1",
        kind: "delete",
        text: "60",
        author: "Counterparty",
        date: revision.date,
        paragraph: 1,
      },
    ]);
    expect(doc.paragraphText(1)).toBe("net 60");
    expect(doc.currentText(1)).toBe("net ");
    expect(doc.originalText(1)).toBe("net 60");
  });

  it("a deletion across paragraphs is one revision; accepting it joins them", () => {
    const doc = FakeDocument.fromParagraphs(["first part", "second part"], {
      changeTrackingMode: "TrackAll",
    });
    doc.deleteSpan({ start: { paragraph: 0, offset: 5 }, end: { paragraph: 1, offset: 7 } });
    expect(doc.revisions().map((r) => r.text)).toEqual([" part\rsecond "]);
    expect(doc.paragraphCount).toBe(2);
    doc.acceptAll();
    expect(doc.text()).toBe("firstpart");
  });

  it("notifies once per change, also for a multi-step edit", () => {
    const doc = FakeDocument.fromParagraphs(["a b c"], { changeTrackingMode: "TrackAll" });
    const heard: number[] = [];
    doc.subscribe((d) => heard.push(d.version));
    doc.replaceText(at(0, 2, 3), "B");
    doc.acceptAll();
    doc.changeTrackingMode = "Off";
    doc.changeTrackingMode = "Off"; // no change, no news
    doc.addComment(at(0, 0, 1), "note");
    expect(heard).toEqual([1, 2, 3, 4]);
  });

  it("paragraph text never holds a paragraph break", () => {
    const doc = FakeDocument.fromParagraphs(["a"]);
    expect(() => doc.insertText({ paragraph: 0, offset: 1 }, "b\rc")).toThrow(RangeError);
  });

  it("readOnly and changeTrackingMode are options and properties", () => {
    const doc = FakeDocument.fromParagraphs(["a"], {
      readOnly: true,
      changeTrackingMode: "TrackMineOnly",
    });
    expect([doc.readOnly, doc.changeTrackingMode, doc.isTracking]).toEqual([
      true,
      "TrackMineOnly",
      true,
    ]);
    expect(() => {
      doc.changeTrackingMode = "Never" as never;
    }).toThrow(RangeError);
  });

  it("reset drops comments, temporary highlights and revisions, and starts untracked", () => {
    const doc = FakeDocument.fromParagraphs(["abc"], { changeTrackingMode: "TrackAll" });
    doc.addComment(at(0, 0, 1), "note");
    doc.addTemporaryHighlight(at(0, 1, 2));
    doc.insertText({ paragraph: 0, offset: 3 }, "d");
    doc.reset({ paragraphs: [{ index: 0, text: "new" }] });
    expect([
      doc.comments(),
      doc.temporaryHighlights(),
      doc.revisions(),
      doc.changeTrackingMode,
    ]).toEqual([[], [], [], "Off"]);
  });
});

describe("mapping spans through edits (anchors.ts)", () => {
  it("insertion: starts at the point move, ends stay, collapsed spans move", () => {
    const insert = { kind: "insert" as const, at: { paragraph: 0, offset: 3 }, length: 2 };
    expect(mapSpan(at(0, 0, 3), insert)).toEqual(at(0, 0, 3));
    expect(mapSpan(at(0, 3, 6), insert)).toEqual(at(0, 5, 8));
    expect(mapSpan(at(0, 3), insert)).toEqual(at(0, 5));
    expect(mapSpan(at(1, 3, 4), insert)).toEqual(at(1, 3, 4));
  });

  it("removal collapses what it covers onto its start", () => {
    const remove = { kind: "remove" as const, paragraph: 0, from: 2, to: 5 };
    expect(mapSpan(at(0, 3, 4), remove)).toEqual(at(0, 2));
    expect(mapSpan(at(0, 1, 7), remove)).toEqual(at(0, 1, 4));
  });

  it("split and join move positions between paragraphs", () => {
    expect(
      mapSpan(at(0, 4, 6), { kind: "split", at: { paragraph: 0, offset: 4 }, keep: "second" })
    ).toEqual(at(1, 0, 2));
    expect(
      mapSpan(at(0, 4), { kind: "split", at: { paragraph: 0, offset: 4 }, keep: "first" })
    ).toEqual(at(0, 4));
    expect(mapSpan(at(2, 1, 2), { kind: "join", paragraph: 0, length: 5 })).toEqual(at(1, 1, 2));
    expect(mapSpan(at(1, 1, 2), { kind: "join", paragraph: 0, length: 5 })).toEqual(at(0, 6, 7));
  });
});
