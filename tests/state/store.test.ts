/** The pane's store over the in-memory Word: review, navigate, clear, and the errors a user sees. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore, findingsOf } from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost, type DocumentHost } from "../../src/word";

function setup(doc: FakeDocument, host?: DocumentHost) {
  const fake = createFakeWord(doc, { apiVersion: "1.3" });
  const realHost = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: "en-US",
  });
  const store = createPaneStore({
    host: host ?? realHost,
    playbook: defaultPlaybook,
    wording: libraryWording,
  });
  return { fake, store };
}

const sample = () =>
  FakeDocument.fromSnapshot(
    readDraft(readFileSync("src/workbench/samples/vendor-crm-en.draft.md", "utf8"), "en")
  );

describe("pane store", () => {
  it("reviews the document in two syncs and highlights every finding's clause", async () => {
    const doc = sample();
    const { fake, store } = setup(doc);
    await store.getState().runReview();
    const state = store.getState();
    expect(state.status).toBe("reviewed");
    expect(fake.stats.syncCount).toBe(2);
    const findings = findingsOf(state.report);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    for (const f of findings)
      expect(doc.runsOf(f.anchor.paragraph).some((r) => r.highlight)).toBe(true);
  });

  it("goes to a finding, then to the next and previous ones in document order", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    const findings = findingsOf(store.getState().report);
    await store.getState().goToNext(1);
    expect(store.getState().activeFindingId).toBe(findings[0].id);
    expect(doc.selection.start.paragraph).toBe(findings[0].anchor.paragraph);
    await store.getState().goToNext(-1);
    expect(store.getState().activeFindingId).toBe(findings[findings.length - 1].id);
  });

  it("refuses to go to a clause the user has since edited, with a message", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    const [first] = findingsOf(store.getState().report);
    const edited = doc.toSnapshot();
    edited.paragraphs[first.anchor.paragraph] = {
      ...edited.paragraphs[first.anchor.paragraph],
      text: "Rewritten by the user.",
    };
    doc.reset(edited);
    const selectionBefore = doc.selection;
    await store.getState().goToFinding(first.id);
    expect(store.getState().error?.key).toBe("staleAnchor");
    expect(doc.selection).toEqual(selectionBefore);
  });

  it("clears the highlights it made", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    await store.getState().clearHighlights();
    expect(doc.paragraphs.every((p) => p.runs.every((r) => r.highlight === null))).toBe(true);
    expect(store.getState().status).toBe("reviewed");
  });

  it("reports a document that cannot be read and keeps the previous state usable", async () => {
    const failing: DocumentHost = {
      ...createOfficeHost(
        createFakeWord(FakeDocument.fromParagraphs(["x"])).Word as unknown as typeof Word,
        {
          wordApi: "1.3",
          displayLanguage: "en-US",
        }
      ),
      reviewAndHighlight: () =>
        Promise.reject(
          Object.assign(new Error("The document is read-only."), { code: "AccessDenied" })
        ),
      clearHighlights: () => Promise.resolve({ restored: 0 }),
      select: () => Promise.resolve({ ok: false, reason: "gone" }),
    };
    const { store } = setup(FakeDocument.fromParagraphs(["x"]), failing);
    await store.getState().runReview();
    expect(store.getState()).toMatchObject({
      status: "error",
      error: { key: "reviewFailed", detail: "The document is read-only." },
    });
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it("reviews an empty document without error: every required topic is missing", async () => {
    const { store } = setup(FakeDocument.fromParagraphs([""]));
    await store.getState().runReview();
    const topics = store.getState().report!.topics;
    expect(topics).toHaveLength(27);
    expect(topics.every((t) => t.checked && t.verdict === "missing")).toBe(true);
  });
});
