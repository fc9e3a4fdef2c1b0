/**
 * The Office.js host against the in-memory Word (the workbench's, which behaves like Word where it
 * matters: load-before-read, sync counting, null / "" / colour highlights).
 */
import type { DocumentSnapshot } from "../../src/engine/snapshot";
import { textHash } from "../../src/engine/normalize";
import type { Anchor } from "../../src/engine/types";
import {
  createFakeWord,
  FakeDocument,
  normalizeHighlightColor,
} from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";

function setup(doc: FakeDocument) {
  const fake = createFakeWord(doc, { apiVersion: "1.3" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: "en-US",
  });
  return { fake, host };
}

const anchorOf = (doc: FakeDocument, paragraph: number): Anchor => {
  const text = doc.paragraphText(paragraph);
  return {
    paragraph,
    lastParagraph: paragraph,
    start: 0,
    end: text.length,
    quote: text,
    textHash: textHash(text),
  };
};

/** Every run's highlight, paragraph by paragraph: what "the document exactly as it was" means here. */
const highlights = (doc: FakeDocument) =>
  doc.paragraphs.map((p) => p.runs.map((r) => [r.text, r.highlight]));

describe("review through the Office.js host", () => {
  it("reads the whole document and highlights in two syncs, whatever its size (5,000 paragraphs)", async () => {
    const doc = FakeDocument.fromParagraphs(
      Array.from({ length: 5000 }, (_, i) => `${i + 1}. Clause number ${i + 1}.`)
    );
    const { fake, host } = setup(doc);
    let seen: DocumentSnapshot | undefined;
    const { outcome } = await host.reviewAndHighlight((snapshot) => {
      seen = snapshot;
      return {
        result: null,
        highlights: [10, 2000, 4999].map((p) => ({
          anchor: anchorOf(doc, p),
          severity: "high" as const,
        })),
      };
    });
    expect(fake.stats.syncCount).toBe(2);
    expect(seen!.paragraphs).toHaveLength(5000);
    expect(seen!.paragraphs[4999].text).toBe("5000. Clause number 5000.");
    expect(outcome).toEqual({ applied: 3, skippedMixed: 0 });
    expect(doc.runsOf(2000).every((r) => r.highlight !== null)).toBe(true);
    expect(doc.runsOf(2001).every((r) => r.highlight === null)).toBe(true);
  });

  it("reports headings and table paragraphs in the snapshot", async () => {
    const doc = FakeDocument.fromParagraphs([
      { text: "5. Term", style: "Heading 2" },
      { text: "Urgent", table: { table: 0, row: 0, cell: 0 } },
      "After the table",
    ]);
    const { host } = setup(doc);
    const { result } = await host.reviewAndHighlight((snapshot) => ({
      result: snapshot,
      highlights: [],
    }));
    expect(result.paragraphs[0].headingLevel).toBe(2);
    expect(result.paragraphs[1].table).toBeDefined();
    expect(result.paragraphs[2].table).toBeUndefined();
  });

  it("clears its highlights leaving the document exactly as it was, earlier colours included", async () => {
    const doc = FakeDocument.fromParagraphs([
      "Plain clause.",
      "Already yellow.",
      "Another clause.",
    ]);
    // As Word stores it: the colour a user picked, reported back as #RRGGBB.
    doc.setHighlight(doc.spanOfParagraph(1), normalizeHighlightColor("Turquoise"));
    const before = highlights(doc);
    const { fake, host } = setup(doc);
    await host.reviewAndHighlight(() => ({
      result: null,
      highlights: [0, 1].map((p) => ({ anchor: anchorOf(doc, p), severity: "medium" as const })),
    }));
    expect(highlights(doc)).not.toEqual(before);
    const syncsBefore = fake.stats.syncCount;
    await expect(host.clearHighlights()).resolves.toEqual({ restored: 2 });
    expect(fake.stats.syncCount - syncsBefore).toBeLessThanOrEqual(2);
    expect(highlights(doc)).toEqual(before);
  });

  it("does not record its own colour as the original on a second review", async () => {
    const doc = FakeDocument.fromParagraphs(["Risky clause."]);
    const before = highlights(doc);
    const { host } = setup(doc);
    const decide = () => ({
      result: null,
      highlights: [{ anchor: anchorOf(doc, 0), severity: "high" as const }],
    });
    await host.reviewAndHighlight(decide);
    await host.reviewAndHighlight(decide);
    await host.clearHighlights();
    expect(highlights(doc)).toEqual(before);
  });

  it("leaves a paragraph with mixed highlight colours alone, and says so", async () => {
    const doc = FakeDocument.fromParagraphs(["Partly highlighted clause."]);
    doc.setHighlight(
      { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 6 } },
      "Yellow"
    );
    const before = highlights(doc);
    const { host } = setup(doc);
    const { outcome } = await host.reviewAndHighlight(() => ({
      result: null,
      highlights: [{ anchor: anchorOf(doc, 0), severity: "high" as const }],
    }));
    expect(outcome).toEqual({ applied: 0, skippedMixed: 1 });
    expect(highlights(doc)).toEqual(before);
  });
});

describe("tables in Word", () => {
  const TABLE = [
    "8.2 Vendor shall respond to support requests within the following times:",
    ...[
      ["Severity", "Response", "Resolution"],
      ["Severity 1: system down", "48 hours", "5 days"],
      ["Severity 3: questions", "2 business days", "10 days"],
    ].flatMap((cells, row) =>
      cells.map((text, cell) => ({ text, table: { table: 0, row, cell } }))
    ),
    "8.3 Support is provided in English.",
    { text: "A | B", table: { table: 1, row: 0, cell: 0 } },
  ];

  it("reads each table paragraph's row and cell in the same two syncs", async () => {
    const doc = FakeDocument.fromParagraphs(TABLE);
    const { fake, host } = setup(doc);
    const { result } = await host.reviewAndHighlight((snapshot) => ({
      result: snapshot,
      highlights: [],
    }));
    expect(fake.stats.syncCount).toBe(2);
    expect(result.paragraphs.map((p) => p.table)).toEqual([
      undefined,
      ...[0, 1, 2].flatMap((row) => [0, 1, 2].map((cell) => ({ table: 0, row, cell }))),
      undefined,
      { table: 1, row: 0, cell: 0 },
    ]);
  });

  it("reads a support table's response column, as a lawyer reads it, through Word", async () => {
    const doc = FakeDocument.fromParagraphs(TABLE);
    const { host } = setup(doc);
    const { result } = await host.reviewAndHighlight((snapshot) => {
      const report = review(snapshot, defaultPlaybook, libraryWording);
      return { result: report, highlights: [] };
    });
    const support = result.topics.find((t) => t.topic === "support-response")!;
    expect(support.findings.map((f) => [f.reason.params.level, f.reason.params.hours])).toEqual([
      ["P1", 48],
      ["P3", 48],
    ]);
  });
});

describe("navigation", () => {
  it("selects the anchored clause", async () => {
    const doc = FakeDocument.fromParagraphs(["One.", "Two.", "Three."]);
    const { host } = setup(doc);
    await expect(host.select(anchorOf(doc, 1))).resolves.toEqual({
      ok: true,
      paragraph: 1,
      relocated: false,
    });
    expect(doc.selection.start.paragraph).toBe(1);
    expect(doc.selection.end.paragraph).toBe(1);
  });

  it("follows a clause that moved when its text is unique", async () => {
    const doc = FakeDocument.fromParagraphs(["One.", "Two.", "Three."]);
    const anchor = anchorOf(doc, 2);
    doc.reset({
      paragraphs: ["New first.", "One.", "Two.", "Three."].map((text, index) => ({ index, text })),
    });
    const { host } = setup(doc);
    await expect(host.select(anchor)).resolves.toEqual({ ok: true, paragraph: 3, relocated: true });
  });

  it("refuses an anchor whose text changed, and selects nothing", async () => {
    const doc = FakeDocument.fromParagraphs(["One.", "Two.", "Three."]);
    const anchor = anchorOf(doc, 1);
    doc.reset({
      paragraphs: ["One.", "Two, edited.", "Three."].map((text, index) => ({ index, text })),
    });
    const before = doc.selection;
    const { host } = setup(doc);
    await expect(host.select(anchor)).resolves.toEqual({ ok: false, reason: "gone" });
    expect(doc.selection).toEqual(before);
  });
});
