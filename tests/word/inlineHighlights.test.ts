/**
 * Highlights on the risky sentence, not the whole paragraph, and "clear" leaving the document exactly
 * as it was — long clauses, carets, quotes, tables, Track Changes on, and Word 1.8's temporary highlight.
 */
import { textHash } from "../../src/engine/normalize";
import type { Anchor, Severity } from "../../src/engine/types";
import {
  createFakeWord,
  FakeDocument,
  normalizeHighlightColor,
} from "../../src/workbench/fakeWord";
import type { ApiVersion } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

function setup(doc: FakeDocument, apiVersion: ApiVersion = "1.3") {
  const fake = createFakeWord(doc, { apiVersion });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: apiVersion,
    displayLanguage: "en-US",
  });
  return { fake, host };
}

/** The anchor of `quote` inside paragraph `paragraph` (its first occurrence, or the `nth`). */
function anchorOf(doc: FakeDocument, paragraph: number, quote: string, nth = 0): Anchor {
  const text = doc.paragraphText(paragraph);
  let start = text.indexOf(quote);
  for (let i = 0; i < nth; i++) start = text.indexOf(quote, start + quote.length);
  if (start < 0) throw new Error(`"${quote}" is not in paragraph ${paragraph}`);
  return {
    paragraph,
    lastParagraph: paragraph,
    start,
    end: start + quote.length,
    quote,
    textHash: textHash(text),
  };
}

const runs = (doc: FakeDocument) =>
  doc.paragraphs.map((p) => p.runs.map((r) => [r.text, r.highlight]));
const highlighted = (doc: FakeDocument, paragraph: number) =>
  doc
    .runsOf(paragraph)
    .filter((r) => r.highlight !== null)
    .map((r) => r.text)
    .join("");

async function highlight(
  host: ReturnType<typeof setup>["host"],
  anchors: Anchor[],
  severity: Severity = "high"
) {
  return host.reviewAndHighlight(() => ({
    result: null,
    highlights: anchors.map((anchor) => ({ anchor, severity })),
  }));
}

describe("inline highlights (font.highlightColor)", () => {
  it("colours the risky sentence only, and clear restores the paragraph exactly", async () => {
    const doc = FakeDocument.fromParagraphs([
      "5.1 The term is one year. It renews automatically unless notice is given 90 days before. Fees are annual.",
    ]);
    const before = runs(doc);
    const { host } = setup(doc);
    const anchor = anchorOf(
      doc,
      0,
      "It renews automatically unless notice is given 90 days before."
    );
    await expect(highlight(host, [anchor])).resolves.toMatchObject({
      outcome: { applied: 1, skippedMixed: 0 },
    });
    expect(highlighted(doc, 0)).toBe(anchor.quote);
    await host.clearHighlights();
    expect(runs(doc)).toEqual(before);
  });

  it("reaches a sentence longer than Word's 255-character search limit", async () => {
    const long =
      "The Vendor may, at its sole discretion and without any obligation to consult the Customer, " +
      "modify, suspend or discontinue any feature, module, interface or integration of the Service, " +
      "including features the Customer relies on, by posting a notice on its website, and such " +
      "modification shall take effect immediately upon posting.";
    expect(long.length).toBeGreaterThan(255);
    const doc = FakeDocument.fromParagraphs([`12.3 Changes. ${long} Other terms apply.`]);
    const { host } = setup(doc);
    await highlight(host, [anchorOf(doc, 0, long)]);
    expect(highlighted(doc, 0)).toBe(long);
  });

  it("handles carets, quotes and wildcard characters literally", async () => {
    const tricky = "Fees rise by CPI^2 or 10%? whichever is “higher” (see *Schedule* 'B').";
    const doc = FakeDocument.fromParagraphs([`Intro. ${tricky} Closing words.`]);
    const { host } = setup(doc);
    await highlight(host, [anchorOf(doc, 0, tricky)]);
    expect(highlighted(doc, 0)).toBe(tricky);
  });

  it("colours the paragraph whole when the sentence occurs twice in it (never a guess)", async () => {
    const doc = FakeDocument.fromParagraphs(["Notice: 90 days. Renewal notice: 90 days."]);
    const { host } = setup(doc);
    await highlight(host, [anchorOf(doc, 0, "90 days.", 1)]);
    expect(highlighted(doc, 0)).toBe(doc.paragraphText(0));
  });

  it("highlights a clause in a table cell", async () => {
    const doc = FakeDocument.fromParagraphs([
      { text: "Severity 1", table: { table: 0, row: 1, cell: 0 } },
      {
        text: "Response within 48 hours. Resolution best effort.",
        table: { table: 0, row: 1, cell: 1 },
      },
    ]);
    const before = runs(doc);
    const { host } = setup(doc);
    await highlight(host, [anchorOf(doc, 1, "Response within 48 hours.")]);
    expect(highlighted(doc, 1)).toBe("Response within 48 hours.");
    await host.clearHighlights();
    expect(runs(doc)).toEqual(before);
  });

  it("highlights a clause split over several paragraphs whole, and restores them", async () => {
    const doc = FakeDocument.fromParagraphs([
      "Before.",
      "9.1 Fees may rise",
      "by any amount.",
      "After.",
    ]);
    const before = runs(doc);
    const { host } = setup(doc);
    const text = doc.paragraphText(1);
    await highlight(host, [
      {
        paragraph: 1,
        lastParagraph: 2,
        start: 0,
        end: text.length,
        quote: text,
        textHash: textHash(text),
      },
    ]);
    expect([0, 1, 2, 3].map((p) => highlighted(doc, p))).toEqual([
      "",
      "9.1 Fees may rise",
      "by any amount.",
      "",
    ]);
    await host.clearHighlights();
    expect(runs(doc)).toEqual(before);
  });

  it("keeps a user's own colour: restores the yellow paragraph it highlighted inside", async () => {
    const doc = FakeDocument.fromParagraphs(["First sentence. Second sentence."]);
    doc.setHighlight(doc.spanOfParagraph(0), normalizeHighlightColor("Yellow"));
    const before = runs(doc);
    const { host } = setup(doc);
    await highlight(host, [anchorOf(doc, 0, "Second sentence.")], "high");
    expect(doc.runsOf(0).map((r) => r.text)).toEqual(["First sentence. ", "Second sentence."]);
    await highlight(host, [anchorOf(doc, 0, "First sentence.")], "low"); // a second review
    await host.clearHighlights();
    expect(runs(doc)).toEqual(before);
  });

  it("colours two sentences of one paragraph, worst first, and restores both", async () => {
    const doc = FakeDocument.fromParagraphs(["Alpha risk. Beta risk. Gamma fine."]);
    const before = runs(doc);
    const { host } = setup(doc);
    await host.reviewAndHighlight(() => ({
      result: null,
      highlights: [
        { anchor: anchorOf(doc, 0, "Alpha risk."), severity: "low" },
        { anchor: anchorOf(doc, 0, "Beta risk."), severity: "high" },
      ],
    }));
    expect(doc.runsOf(0).map((r) => [r.text, r.highlight !== null])).toEqual([
      ["Alpha risk.", true],
      [" ", false],
      ["Beta risk.", true],
      [" Gamma fine.", false],
    ]);
    await host.clearHighlights();
    expect(runs(doc)).toEqual(before);
  });
});

describe("highlights with Track Changes on (WordApi 1.4)", () => {
  it("switches tracking off for the colours, so no formatting change is tracked, and back on", async () => {
    const doc = FakeDocument.fromParagraphs(["Risky clause. Fine clause."]);
    doc.changeTrackingMode = "TrackAll";
    const { fake, host } = setup(doc, "1.4");
    await highlight(host, [anchorOf(doc, 0, "Risky clause.")]);
    expect(fake.stats.syncCount).toBe(2);
    await host.clearHighlights();
    expect(doc.revisions()).toEqual([]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });
});

describe("temporary highlights (WordApi 1.8)", () => {
  it("marks the sentence without changing the document, and clear removes the marks", async () => {
    const doc = FakeDocument.fromParagraphs(["Alpha. Risky sentence here. Omega."]);
    const before = runs(doc);
    const { host } = setup(doc, "1.8");
    await highlight(host, [anchorOf(doc, 0, "Risky sentence here.")]);
    expect(runs(doc)).toEqual(before);
    expect(doc.temporaryHighlights().map((h) => doc.textOf(h))).toEqual(["Risky sentence here."]);
    await host.clearHighlights();
    expect(doc.temporaryHighlights()).toEqual([]);
    expect(runs(doc)).toEqual(before);
  });
});

describe("read-only documents", () => {
  it("reviews without colouring anything on WordApi 1.3", async () => {
    const doc = new FakeDocument([{ text: "Risky clause." }], undefined, { readOnly: true });
    const before = runs(doc);
    const fake = createFakeWord(doc, { apiVersion: "1.3" });
    const host = createOfficeHost(fake.Word as unknown as typeof Word, {
      wordApi: "1.3",
      displayLanguage: "en-US",
      isReadOnly: () => true,
    });
    const { outcome } = await highlight(host, [anchorOf(doc, 0, "Risky clause.")]);
    expect(outcome.applied).toBe(0);
    expect(runs(doc)).toEqual(before);
  });
});
