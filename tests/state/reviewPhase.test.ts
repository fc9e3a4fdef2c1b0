/** A running review says where it is — reading, reviewing, highlighting — for the pane's progress. */
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore, type ReviewPhase } from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost, type DocumentHost } from "../../src/word";

function setup(wrap: (host: DocumentHost) => DocumentHost = (h) => h) {
  const fake = createFakeWord(
    FakeDocument.fromParagraphs([
      "20.1 This Agreement is governed by the laws of the State of California.",
    ]),
    { apiVersion: "1.7" }
  );
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.7",
    displayLanguage: "en-US",
  });
  const store = createPaneStore({
    host: wrap(host),
    playbook: defaultPlaybook,
    wording: libraryWording,
  });
  const phases: Array<ReviewPhase | null> = [];
  store.subscribe((s, before) => {
    if (s.reviewPhase !== before.reviewPhase) phases.push(s.reviewPhase);
  });
  return { store, phases, fake };
}

describe("review phases", () => {
  it("go reading → reviewing → highlighting, and end with the review, still in two syncs", async () => {
    const { store, phases, fake } = setup();
    expect(store.getState().reviewPhase).toBeNull();
    await store.getState().runReview();
    expect(phases).toEqual(["reading", "reviewing", "highlighting", null]);
    expect(store.getState().status).toBe("reviewed");
    expect(fake.stats.syncCount).toBe(2);
  });

  it("end when the review fails", async () => {
    const { store, phases } = setup((host) => ({
      ...host,
      reviewAndHighlight: () => Promise.reject(new Error("gone")),
    }));
    await store.getState().runReview();
    expect(phases).toEqual(["reading", null]);
    expect(store.getState()).toMatchObject({ status: "error", reviewPhase: null });
  });
});
