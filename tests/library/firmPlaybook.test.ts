/**
 * The firm's playbook.json beside the deployed add-in: used as every user's default when it is good,
 * reported and replaced by the bundled playbook when it is not; personal changes only if allowed.
 */
import { defaultPlaybook, libraryWording } from "../../src/library";
import { basePlaybook, loadFirmPlaybook } from "../../src/library/firmPlaybook";
import { createPaneStore } from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

const firmFile = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    name: "Example LLP playbook",
    topics: [{ id: "term-renewal", position: { maxCancellationNoticeDays: 60 } }],
    ...extra,
  });

function storeWith(firm: Awaited<ReturnType<typeof loadFirmPlaybook>>, storage?: Storage) {
  const fake = createFakeWord(FakeDocument.fromParagraphs(["x"]));
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: "en-US",
  });
  return createPaneStore({
    host,
    playbook: basePlaybook(firm),
    wording: libraryWording,
    firm,
    storage,
    partitionKey: "user-1",
  });
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
}

describe("the firm's playbook", () => {
  it("is every user's default when it parses", async () => {
    const firm = await loadFirmPlaybook(async () => firmFile());
    expect(firm.status).toBe("loaded");
    const store = storeWith(firm);
    const renewal = store.getState().playbook.topics.find((t) => t.id === "term-renewal")!;
    expect(renewal.position.maxCancellationNoticeDays).toBe(60);
    expect(store.getState().playbook.name).toBe("Example LLP playbook");
    // Restoring defaults goes back to the firm's positions, not the bundled ones.
    store.getState().setPosition("term-renewal", "maxCancellationNoticeDays", 90);
    store.getState().resetPlaybook();
    expect(
      store.getState().playbook.topics.find((t) => t.id === "term-renewal")!.position
        .maxCancellationNoticeDays
    ).toBe(60);
  });

  it("is absent when there is no file (404): the bundled playbook", async () => {
    const firm = await loadFirmPlaybook(async () => null);
    expect(firm).toEqual({ status: "none" });
    expect(basePlaybook(firm)).toBe(defaultPlaybook);
  });

  it("is rejected with the exact problem when broken, and the bundled playbook is used", async () => {
    const broken = await loadFirmPlaybook(async () => '{ "version": 1, "topics": [ }');
    expect(broken.status).toBe("rejected");
    if (broken.status !== "rejected") throw new Error("unreachable");
    expect(broken.problems[0].message.en).toMatch(/line 1, column/);
    expect(basePlaybook(broken)).toBe(defaultPlaybook);

    const incompatible = await loadFirmPlaybook(async () => firmFile({ version: 2 }));
    expect(incompatible.status).toBe("rejected");
    const unreadable = await loadFirmPlaybook(async () => {
      throw new Error("HTTP 500");
    });
    expect(unreadable.status).toBe("rejected");
    expect(storeWith(unreadable).getState().firm.status).toBe("rejected");
  });

  it("locks personal changes when the firm's file says so, and stores nothing", async () => {
    const firm = await loadFirmPlaybook(async () => firmFile({ allowPersonalOverrides: false }));
    const storage = memoryStorage();
    storage.setItem("clauseReview.playbook.user-1", firmFile());
    const store = storeWith(firm, storage);
    expect(store.getState().settingsLocked).toBe(true);
    const result = store.getState().setPosition("term-renewal", "maxCancellationNoticeDays", 90);
    expect(result.ok).toBe(false);
    expect(
      store.getState().playbook.topics.find((t) => t.id === "term-renewal")!.position
        .maxCancellationNoticeDays
    ).toBe(60);
    expect(store.getState().importPlaybook(firmFile()).ok).toBe(false);
  });

  it("keeps a user's own changes over the firm's when allowed", async () => {
    const firm = await loadFirmPlaybook(async () => firmFile());
    const storage = memoryStorage();
    storeWith(firm, storage).getState().setPosition("training", "minOnsiteSessions", 5);
    const again = storeWith(firm, storage).getState().playbook;
    expect(again.topics.find((t) => t.id === "training")!.position.minOnsiteSessions).toBe(5);
    expect(
      again.topics.find((t) => t.id === "term-renewal")!.position.maxCancellationNoticeDays
    ).toBe(60);
  });
});
