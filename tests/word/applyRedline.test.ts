/**
 * Suggestions go into Word as minimal tracked changes with a comment, the user's Track Changes mode
 * put back; a clause that changed since the review, a read-only document or an old Word is refused
 * with the document untouched.
 */
import { minimalEdits } from "../../src/engine/diff/wordDiff";
import { textHash } from "../../src/engine/normalize";
import type { Redline } from "../../src/engine/redline";
import type { Anchor } from "../../src/engine/types";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import type { ApiVersion } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

function setup(doc: FakeDocument, apiVersion: ApiVersion = "1.6", readOnly = false) {
  const fake = createFakeWord(doc, { apiVersion });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: apiVersion,
    displayLanguage: "en-US",
    isReadOnly: () => readOnly,
  });
  return { fake, host };
}

function redlineOf(doc: FakeDocument, paragraph: number, after: string): Redline {
  const before = doc.paragraphText(paragraph);
  const edits = minimalEdits(before, after);
  return {
    topic: "term-renewal",
    findingIds: [],
    changes: [{ paragraph, textHash: textHash(before), before, after, edits }],
    insertion: null,
    changedWords: edits.length,
    comment: "Cancellation notice of 90 days exceeds the playbook's 30 days.",
  };
}

/** What the counterparty sees: the tracked revisions, in document order. */
const revisions = (doc: FakeDocument) => doc.revisions().map((r) => [r.kind, r.text]);

const CLAUSE = "The term renews automatically unless either party gives 90 days' written notice.";

describe("apply a suggestion as a minimal tracked change", () => {
  it("strikes only the number and inserts the new one, with a comment, in three syncs", async () => {
    const doc = FakeDocument.fromParagraphs(["1. Term", CLAUSE]);
    const { fake, host } = setup(doc);
    const result = await host.applyRedline(redlineOf(doc, 1, CLAUSE.replace("90", "30")), {
      comment: true,
    });
    expect(result).toEqual({ ok: true, relocated: false, comments: 1 });
    expect(fake.stats.syncCount).toBeLessThanOrEqual(3);
    expect(revisions(doc)).toEqual([
      ["delete", "90"],
      ["insert", "30"],
    ]);
    expect(doc.comments().map((c) => c.text)).toEqual([
      "Cancellation notice of 90 days exceeds the playbook's 30 days.",
    ]);
    expect(doc.changeTrackingMode).toBe("Off"); // the user's mode, put back
    doc.acceptAll();
    expect(doc.paragraphText(1)).toBe(CLAUSE.replace("90", "30"));
  });

  it("leaves out the comment when the user switched comments off, and keeps their tracking mode", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    doc.changeTrackingMode = "TrackMineOnly";
    const { host } = setup(doc);
    await host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("90 days'", "thirty (30) days'")), {
      comment: false,
    });
    expect(doc.comments()).toEqual([]);
    expect(doc.changeTrackingMode).toBe("TrackMineOnly");
    doc.acceptAll();
    expect(doc.paragraphText(0)).toBe(CLAUSE.replace("90 days'", "thirty (30) days'"));
  });

  it("finds the right occurrence when the changed word appears several times", async () => {
    const text = "Notice of 90 days; cure period of 90 days; renewal notice of 90 days.";
    const doc = FakeDocument.fromParagraphs([text]);
    const { host } = setup(doc);
    const after = "Notice of 90 days; cure period of 90 days; renewal notice of 30 days.";
    await expect(
      host.applyRedline(redlineOf(doc, 0, after), { comment: true })
    ).resolves.toMatchObject({ ok: true });
    doc.acceptAll();
    expect(doc.paragraphText(0)).toBe(after);
  });

  it("inserts words where nothing is deleted, and deletes where nothing is inserted", async () => {
    const text = "Vendor may change the fees at any time by notice.";
    const doc = FakeDocument.fromParagraphs([text]);
    const { host } = setup(doc);
    const after = "Vendor may change the fees once a year by 60 days' notice.";
    await host.applyRedline(redlineOf(doc, 0, after), { comment: true });
    doc.acceptAll();
    expect(doc.paragraphText(0)).toBe(after);
  });

  it("rewrites a Chinese clause character by character", async () => {
    const text = "乙方应于甲方报修后四十八小时内响应紧急故障。";
    const doc = FakeDocument.fromParagraphs([text]);
    const { host } = setup(doc);
    const after = "乙方应于甲方报修后一小时内响应紧急故障。";
    await host.applyRedline(redlineOf(doc, 0, after), { comment: true });
    expect(revisions(doc)).toEqual([
      ["delete", "四十八"],
      ["insert", "一"],
    ]);
    doc.acceptAll();
    expect(doc.paragraphText(0)).toBe(after);
  });

  it("takes our highlight off the clause before editing it, so none is left behind", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const { host } = setup(doc);
    const anchor: Anchor = {
      paragraph: 0,
      lastParagraph: 0,
      start: 0,
      end: CLAUSE.length,
      quote: CLAUSE,
      textHash: textHash(CLAUSE),
    };
    await host.reviewAndHighlight(() => ({
      result: null,
      highlights: [{ anchor, severity: "high" }],
    }));
    await host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("90", "30")), { comment: false });
    expect(doc.runsOf(0).every((r) => r.highlight === null)).toBe(true);
    expect(doc.revisions().map((r) => r.kind)).toEqual(["delete", "insert"]);
  });

  it("inserts a missing clause as new tracked paragraphs after the given one", async () => {
    const doc = FakeDocument.fromParagraphs(["1. Services", "2. Fees", "Signed by the parties"]);
    const { host } = setup(doc);
    const redline: Redline = {
      topic: "data-export",
      findingIds: [],
      changes: [],
      insertion: {
        afterParagraph: 1,
        textHash: textHash("2. Fees"),
        paragraphs: ["3. Data export. Customer may export all its data at any time."],
      },
      changedWords: 10,
      comment: "The contract has no data-export right.",
    };
    await expect(host.applyRedline(redline, { comment: true })).resolves.toMatchObject({
      ok: true,
      comments: 1,
    });
    expect(doc.text().split("\n")).toEqual([
      "1. Services",
      "2. Fees",
      "3. Data export. Customer may export all its data at any time.",
      "Signed by the parties",
    ]);
    expect(revisions(doc)).toEqual([
      ["insert", "3. Data export. Customer may export all its data at any time."],
    ]);
  });
});

describe("refusals leave the document untouched", () => {
  const unchanged = (doc: FakeDocument) => ({
    text: doc.text(),
    revisions: doc.revisions().length,
    comments: doc.comments().length,
  });

  it("refuses a clause the user changed since the review", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const redline = redlineOf(doc, 0, CLAUSE.replace("90", "30"));
    doc.reset({ paragraphs: [{ index: 0, text: CLAUSE.replace("written", "prior written") }] });
    const before = unchanged(doc);
    const { host } = setup(doc);
    await expect(host.applyRedline(redline, { comment: true })).resolves.toEqual({
      ok: false,
      reason: "gone",
    });
    expect(unchanged(doc)).toEqual(before);
  });

  it("follows a clause that moved, when its text is unique", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const redline = redlineOf(doc, 0, CLAUSE.replace("90", "30"));
    doc.reset({ paragraphs: ["New heading", CLAUSE].map((text, index) => ({ index, text })) });
    const { host } = setup(doc);
    await expect(host.applyRedline(redline, { comment: false })).resolves.toMatchObject({
      ok: true,
      relocated: true,
    });
  });

  it("refuses two identical clauses, which one was meant cannot be known", async () => {
    const doc = FakeDocument.fromParagraphs(["x", CLAUSE]);
    const redline = redlineOf(doc, 1, CLAUSE.replace("90", "30"));
    doc.reset({ paragraphs: [CLAUSE, "y", CLAUSE].map((text, index) => ({ index, text })) });
    const before = unchanged(doc);
    const { host } = setup(doc);
    await expect(host.applyRedline(redline, { comment: true })).resolves.toEqual({
      ok: false,
      reason: "stale",
    });
    expect(unchanged(doc)).toEqual(before);
  });

  it("refuses a read-only document", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const before = unchanged(doc);
    const { host } = setup(doc, "1.6", true);
    await expect(
      host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("90", "30")), { comment: true })
    ).resolves.toEqual({ ok: false, reason: "read-only" });
    expect(unchanged(doc)).toEqual(before);
  });

  it("reports an edit Word rejects (a protected document) with the document and tracking mode unchanged", async () => {
    // Word refuses every write; the pane was not told the document is read-only.
    const doc = new FakeDocument([{ text: CLAUSE }], undefined, { readOnly: true });
    const before = unchanged(doc);
    const { host } = setup(doc);
    const result = await host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("90", "30")), {
      comment: true,
    });
    expect(result).toMatchObject({ ok: false, reason: "rejected" });
    expect(unchanged(doc)).toEqual(before);
    expect(doc.changeTrackingMode).toBe("Off");
  });

  it("refuses on Word without tracked changes (WordApi 1.3): never an untracked edit", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const before = unchanged(doc);
    const { host } = setup(doc, "1.3");
    await expect(
      host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("90", "30")), { comment: true })
    ).resolves.toEqual({ ok: false, reason: "unsupported" });
    expect(unchanged(doc)).toEqual(before);
  });

  it("refuses a clause that holds tracked changes not yet resolved, and reviews it as it reads now", async () => {
    const doc = FakeDocument.fromParagraphs([CLAUSE]);
    const { host } = setup(doc);
    // Someone already struck "written" under Track Changes.
    await host.applyRedline(redlineOf(doc, 0, CLAUSE.replace("written ", "")), { comment: false });
    let seen = "";
    await host.reviewAndHighlight((snapshot) => {
      seen = snapshot.paragraphs[0].text;
      return { result: null, highlights: [] };
    });
    expect(seen).toBe(CLAUSE.replace("written ", ""));
    const before = unchanged(doc);
    const plan: Redline = {
      ...redlineOf(doc, 0, CLAUSE),
      changes: [
        {
          paragraph: 0,
          textHash: textHash(seen),
          before: seen,
          after: seen.replace("90", "30"),
          edits: minimalEdits(seen, seen.replace("90", "30")),
        },
      ],
    };
    await expect(host.applyRedline(plan, { comment: true })).resolves.toEqual({
      ok: false,
      reason: "revised",
    });
    expect(unchanged(doc)).toEqual(before);
  });
});

describe("comment only, and inserting at the cursor", () => {
  it("comments on the sentence without changing its text, in two syncs", async () => {
    const doc = FakeDocument.fromParagraphs([`Intro. ${CLAUSE}`]);
    const { fake, host } = setup(doc, "1.4");
    const text = doc.paragraphText(0);
    const start = text.indexOf(CLAUSE);
    const anchor: Anchor = {
      paragraph: 0,
      lastParagraph: 0,
      start,
      end: start + CLAUSE.length,
      quote: CLAUSE,
      textHash: textHash(text),
    };
    await expect(host.insertComment(anchor, "90 days is too long.")).resolves.toEqual({ ok: true });
    expect(fake.stats.syncCount).toBe(2);
    expect(doc.paragraphText(0)).toBe(text);
    expect(doc.comments().map((c) => [c.text, doc.textOf(c.span)])).toEqual([
      ["90 days is too long.", CLAUSE],
    ]);
  });

  it("inserts a library clause at the cursor as a tracked insertion", async () => {
    const doc = FakeDocument.fromParagraphs(["1. Services.", ""]);
    doc.setSelection({ start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 0 } });
    const { host } = setup(doc, "1.4");
    await expect(host.insertAtCursor("Customer may export its data.")).resolves.toEqual({
      ok: true,
      replacedSelection: false,
    });
    expect(doc.paragraphText(1)).toBe("Customer may export its data.");
    expect(revisions(doc)).toEqual([["insert", "Customer may export its data."]]);
    expect(doc.changeTrackingMode).toBe("Off");
  });
});
