/** The overview's store parts: filters the findings list follows, and going to a key term's clause. */
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore, filteredFindings, findingsOf, keyTermsOf } from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

const LINES = [
  "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least ninety (90) days prior to expiry.",
  "6.1 Vendor shall issue a valid invoice for each payment received.",
  "20.1 This Agreement is governed by the laws of the State of California.",
];

async function reviewed() {
  const doc = FakeDocument.fromParagraphs(LINES);
  const fake = createFakeWord(doc, { apiVersion: "1.3" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: "en-US",
  });
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  await store.getState().runReview();
  return { doc, store };
}

describe("overview filters", () => {
  it("narrow the findings by severity, verdict and group; toggling twice undoes", async () => {
    const { store } = await reviewed();
    const all = findingsOf(store.getState().report);
    expect(filteredFindings(store.getState())).toEqual(all);
    store.getState().toggleSeverityFilter("low");
    expect(filteredFindings(store.getState()).map((f) => f.topic)).toEqual(["invoicing"]);
    store.getState().toggleSeverityFilter("high");
    store.getState().toggleGroupFilter("legal");
    expect(filteredFindings(store.getState()).map((f) => f.topic)).toEqual(["governing-law"]);
    store.getState().toggleVerdictFilter("meets");
    expect(filteredFindings(store.getState())).toEqual([]);
    store.getState().toggleVerdictFilter("meets");
    store.getState().toggleGroupFilter("legal");
    store.getState().clearFilters();
    expect(store.getState().filters).toEqual({ severities: [], verdicts: [], groups: [] });
    expect(filteredFindings(store.getState())).toEqual(all);
  });

  it("apply to next and previous, which walk the list as shown", async () => {
    const { store } = await reviewed();
    store.getState().toggleGroupFilter("legal");
    await store.getState().goToNext(1);
    const law = findingsOf(store.getState().report).find((f) => f.topic === "governing-law")!;
    expect(store.getState().activeFindingId).toBe(law.id);
    await store.getState().goToNext(1);
    expect(store.getState().activeFindingId).toBe(law.id);
  });

  it("leave dismissed findings out, as the list does", async () => {
    const { store } = await reviewed();
    const [first] = findingsOf(store.getState().report);
    await store.getState().dismissFinding(first.id);
    expect(filteredFindings(store.getState()).map((f) => f.id)).not.toContain(first.id);
  });
});

describe("going to a key term", () => {
  it("selects its clause, and reports one that has changed since", async () => {
    const { doc, store } = await reviewed();
    const { snapshot, report, playbook } = store.getState();
    const law = keyTermsOf(snapshot, report, playbook).find((t) => t.id === "governingLaw")!;
    await store.getState().goToAnchor(law.anchor);
    expect(doc.selection.start.paragraph).toBe(2);
    expect(store.getState().error).toBeNull();

    await store
      .getState()
      .goToAnchor({ ...law.anchor, quote: "words no longer there", textHash: "0" });
    expect(store.getState().error).toMatchObject({ key: "staleAnchor" });
  });

  it("has no key terms before a review", () => {
    expect(keyTermsOf(null, null, defaultPlaybook)).toEqual([]);
  });
});
