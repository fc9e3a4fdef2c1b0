/**
 * From a finding to the document: apply the suggestion as a tracked redline, comment only, dismiss
 * (remembered in the document), insert a library clause — over the in-memory Word, as a user would.
 */
import { readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore, findingsOf, visibleFindings } from "../../src/state";
import { createFakeWord, FakeDocument, type ApiVersion } from "../../src/workbench/fakeWord";
import { createOfficeHost, officeEnvironment } from "../../src/word";

function setup(doc: FakeDocument, apiVersion: ApiVersion = "1.6") {
  const fake = createFakeWord(doc, { apiVersion });
  const host = createOfficeHost(
    fake.Word as unknown as typeof Word,
    officeEnvironment(fake.Office, apiVersion)
  );
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  return { fake, store };
}

const sample = () =>
  FakeDocument.fromSnapshot(
    readDraft(readFileSync("src/workbench/samples/vendor-crm-en.draft.md", "utf8"), "en")
  );

const topicVerdict = (store: ReturnType<typeof setup>["store"], topic: string) =>
  store.getState().report!.topics.find((t) => t.topic === topic)!.verdict;

describe("apply a suggestion", () => {
  it("redlines the renewal notice, and after accepting, a new review no longer finds it too long", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    const notice = findingsOf(store.getState().report).find(
      (f) => f.reason.code === "notice-too-long"
    )!;
    expect(notice).toBeDefined();

    await store.getState().applyFinding(notice.id);
    const state = store.getState();
    expect(state.error).toBeNull();
    expect(state.done[notice.id]).toBe("applied");
    expect(state.notice).toMatchObject({ key: "applied" });
    // A minimal redline: a few words struck and inserted, the clause otherwise untouched.
    expect(doc.revisions().length).toBeGreaterThan(0);
    expect(doc.revisions().length).toBeLessThanOrEqual(4);
    expect(doc.comments()).toHaveLength(1);

    doc.acceptAll();
    await store.getState().runReview();
    expect(doc.text()).toContain("at least thirty (30) days before the end");
    expect(
      findingsOf(store.getState().report).some((f) => f.reason.code === "notice-too-long")
    ).toBe(false);
  });

  it("applies without a comment when the user switched comments off", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    store.getState().setWithComment(false);
    const [first] = findingsOf(store.getState().report).filter((f) => f.suggestion);
    await store.getState().applyFinding(first.id);
    expect(doc.comments()).toEqual([]);
  });

  it("inserts the clause a missing topic needs, and the topic is then met", async () => {
    const doc = FakeDocument.fromParagraphs([
      { text: "SaaS Subscription Agreement", headingLevel: 1 },
      "1. The Vendor provides the CRM service to the Customer for one year.",
      "2. The Customer pays the annual fee within 30 days of a correct invoice.",
      "Signed by the parties:",
    ]);
    const { store } = setup(doc);
    await store.getState().runReview();
    const missing = store.getState().report!.topics.find((t) => t.topic === "data-export")!;
    expect(missing.verdict).toBe("missing");
    await store.getState().applyTopic(missing.topic);
    expect(store.getState().error).toBeNull();
    doc.acceptAll();
    await store.getState().runReview();
    expect(topicVerdict(store, missing.topic)).toBe("meets");
  });

  it("says why when the clause changed since the review, and changes nothing", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    const finding = findingsOf(store.getState().report).find((f) => f.suggestion)!;
    const edited = doc.toSnapshot();
    edited.paragraphs[finding.anchor.paragraph].text += " (as amended)";
    doc.reset(edited);
    const before = doc.text();
    await store.getState().applyFinding(finding.id);
    expect(store.getState().error?.key).toMatch(/^refused_(stale|gone)$/);
    expect(doc.text()).toBe(before);
    expect(doc.revisions()).toEqual([]);
  });

  it("offers no edit on Word without WordApi 1.4, and the refusal is explained", async () => {
    const doc = sample();
    const { store } = setup(doc, "1.3");
    await store.getState().runReview();
    expect(store.getState().capabilities).toMatchObject({ trackChanges: false, comments: false });
    const finding = findingsOf(store.getState().report).find((f) => f.suggestion)!;
    await store.getState().applyFinding(finding.id);
    expect(store.getState().error?.key).toBe("refused_unsupported");
    expect(doc.revisions()).toEqual([]);
  });
});

describe("comment only", () => {
  it("adds the finding's reason as a comment on its clause", async () => {
    const doc = sample();
    const { store } = setup(doc);
    await store.getState().runReview();
    const finding = findingsOf(store.getState().report)[0];
    await store.getState().commentFinding(finding.id);
    expect(doc.comments().map((c) => c.text)).toEqual([finding.message]);
    expect(doc.revisions()).toEqual([]);
    expect(store.getState().done[finding.id]).toBe("commented");
  });
});

describe("dismiss", () => {
  it("hides a dismissed finding, keeps it dismissed when the document is reopened, and can restore it", async () => {
    const doc = sample();
    const first = setup(doc);
    await first.store.getState().runReview();
    const all = findingsOf(first.store.getState().report);
    const target = all[0];
    await first.store.getState().dismissFinding(target.id);
    expect(visibleFindings(first.store.getState()).map((f) => f.id)).not.toContain(target.id);
    await first.store.getState().clearHighlights();

    // The document's settings travel with it: a new pane (document reopened) still hides it …
    const reopened = setup(doc);
    await reopened.store.getState().runReview();
    const visible = visibleFindings(reopened.store.getState());
    expect(visible).toHaveLength(all.length - 1);
    expect(visible.map((f) => f.anchor.quote)).not.toContain(undefined);
    // … and does not highlight its clause (unless another finding shares it).
    const shared = visible.some((f) => f.anchor.paragraph === target.anchor.paragraph);
    if (!shared) {
      expect(doc.runsOf(target.anchor.paragraph).every((r) => r.highlight === null)).toBe(true);
    }

    await reopened.store.getState().restoreDismissed();
    expect(visibleFindings(reopened.store.getState())).toHaveLength(all.length);
  });
});

describe("clause library", () => {
  it("inserts a clause at the cursor as a tracked insertion", async () => {
    const doc = FakeDocument.fromParagraphs(["1. Services.", ""]);
    doc.setSelection({ start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 0 } });
    const { store } = setup(doc);
    await store.getState().insertClause("Customer may export all Customer Data at any time.");
    expect(store.getState().notice).toEqual({ key: "inserted" });
    expect(doc.revisions().map((r) => [r.kind, r.text])).toEqual([
      ["insert", "Customer may export all Customer Data at any time."],
    ]);
  });
});
