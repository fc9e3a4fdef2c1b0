/**
 * Playbook settings in the store: a change is saved per user, read back by the next pane, and used by
 * the review; a rejected import and a corrupt saved value never replace a good playbook.
 */
import { defaultPlaybook, libraryWording } from "../../src/library";
import { serializePlaybook } from "../../src/library/playbookFile";
import {
  createPaneStore,
  playbookStorageKey,
  type PaneStore,
  type SettingsStorage,
} from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

/** localStorage as a Map, with a log of what was written. */
class MemoryStorage implements SettingsStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const RENEWAL = [
  "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least ninety (90) days prior to expiry. Vendor shall send the Customer a written reminder at least one hundred and twenty (120) days before each renewal.",
];

function openPane(storage?: SettingsStorage, partitionKey?: string, lines = RENEWAL): PaneStore {
  const fake = createFakeWord(FakeDocument.fromParagraphs(lines), { apiVersion: "1.3" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: "en-US",
  });
  return createPaneStore({
    host,
    playbook: defaultPlaybook,
    wording: libraryWording,
    storage,
    partitionKey,
  });
}

const position = (store: PaneStore, topic: string, key: string) =>
  store.getState().playbook.topics.find((t) => t.id === topic)!.position[key];

async function renewalVerdict(store: PaneStore) {
  await store.getState().runReview();
  const topic = store.getState().report!.topics.find((t) => t.topic === "term-renewal")!;
  return { verdict: topic.verdict, codes: topic.findings.map((f) => f.reason.code) };
}

describe("playbook settings", () => {
  it("saves a changed position under the user's partition key; the next pane reviews with it", async () => {
    const storage = new MemoryStorage();
    const first = openPane(storage, "user-1");
    expect(await renewalVerdict(first)).toEqual({
      verdict: "deviates",
      codes: ["notice-too-long"],
    });

    expect(first.getState().setPosition("term-renewal", "maxCancellationNoticeDays", 120)).toEqual({
      ok: true,
    });
    expect(position(first, "term-renewal", "maxCancellationNoticeDays")).toBe(120);
    expect([...storage.items.keys()]).toEqual(["clauseReview.playbook.user-1"]);
    // Only the change is saved: later defaults reach every position the user left alone.
    expect(JSON.parse(storage.getItem(playbookStorageKey("user-1"))!)).toEqual({
      version: 1,
      name: defaultPlaybook.name,
      topics: [{ id: "term-renewal", position: { maxCancellationNoticeDays: 120 } }],
    });

    const next = openPane(storage, "user-1");
    expect(position(next, "term-renewal", "maxCancellationNoticeDays")).toBe(120);
    expect(next.getState().settingsNotice).toBeNull();
    expect(await renewalVerdict(next)).toEqual({ verdict: "meets", codes: [] });

    // Another user of the same computer (another partition) keeps the defaults.
    expect(position(openPane(storage, "user-2"), "term-renewal", "maxCancellationNoticeDays")).toBe(
      30
    );
  });

  it('keys settings "default" where Office gives no partition key', () => {
    const storage = new MemoryStorage();
    openPane(storage).getState().setTopicEnabled("training", false);
    expect([...storage.items.keys()]).toEqual(["clauseReview.playbook.default"]);
    expect(playbookStorageKey("")).toBe("clauseReview.playbook.default");
  });

  it("switches a topic off: the review leaves it out, and the next pane too", async () => {
    const storage = new MemoryStorage();
    const store = openPane(storage);
    store.getState().setTopicEnabled("term-renewal", false);
    await store.getState().runReview();
    expect(store.getState().report!.topics.map((t) => t.topic)).not.toContain("term-renewal");
    expect(
      openPane(storage)
        .getState()
        .playbook.topics.find((t) => t.id === "term-renewal")!.enabled
    ).toBe(false);
  });

  it("refuses an invalid position or an unknown key, and keeps the value", () => {
    const storage = new MemoryStorage();
    const store = openPane(storage);
    expect(store.getState().setPosition("term-renewal", "maxCancellationNoticeDays", -5)).toEqual({
      ok: false,
      message: {
        en: "Must be from 0 to 365 days; found -5.",
        zh: "须在 0 至 365 天之间，实际为 -5。",
      },
    });
    expect(store.getState().setPosition("term-renewal", "maxCancellationNoticeDays", "60")).toEqual(
      expect.objectContaining({ ok: false })
    );
    expect(store.getState().setPosition("term-renewal", "nope", 1)).toEqual(
      expect.objectContaining({ ok: false })
    );
    expect(store.getState().setPosition("nope", "x", 1)).toEqual(
      expect.objectContaining({ ok: false })
    );
    expect(position(store, "term-renewal", "maxCancellationNoticeDays")).toBe(30);
    expect(storage.items.size).toBe(0);
  });

  it("imports a good file (saved), rejects a bad one and keeps the playbook in use", () => {
    const storage = new MemoryStorage();
    const store = openPane(storage);
    const good = JSON.stringify({
      version: 1,
      name: "Firm playbook",
      topics: [{ id: "invoicing", position: { maxInvoiceBusinessDays: 10 } }],
    });
    expect(store.getState().importPlaybook(good)).toEqual({ ok: true });
    expect(store.getState().settingsNotice).toBe("imported");
    expect(position(store, "invoicing", "maxInvoiceBusinessDays")).toBe(10);
    const saved = storage.getItem(playbookStorageKey())!;
    expect(JSON.parse(saved).name).toBe("Firm playbook");

    const before = store.getState().playbook;
    const result = store.getState().importPlaybook(
      JSON.stringify({
        version: 1,
        topics: [{ id: "invoicing", position: { maxInvoiceBusinessDays: -1 } }],
      })
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "topics[0].position.maxInvoiceBusinessDays",
          message: expect.objectContaining({
            en: "Must be from 0 to 60 business days; found -1.",
          }),
        },
      ],
    });
    expect(store.getState().playbook).toBe(before);
    expect(store.getState().settingsNotice).toBe("importRejected");
    expect(store.getState().settingsProblems).toEqual(!result.ok && result.problems);
    expect(storage.getItem(playbookStorageKey())).toBe(saved);

    store.getState().dismissSettingsNotice();
    expect(store.getState().settingsNotice).toBeNull();
    expect(store.getState().settingsProblems).toEqual([]);
  });

  it("exports the playbook in use as a complete file that imports to the same playbook", () => {
    const store = openPane(new MemoryStorage());
    store.getState().setPosition("data-export", "formats", ["CSV", "JSON"]);
    const text = store.getState().exportPlaybook();
    expect(text).toBe(serializePlaybook(store.getState().playbook));
    expect(JSON.parse(text).topics).toHaveLength(27);
    const other = openPane(new MemoryStorage());
    expect(other.getState().importPlaybook(text)).toEqual({ ok: true });
    expect(other.getState().playbook).toEqual(store.getState().playbook);
  });

  it("restores the defaults and deletes the saved settings", () => {
    const storage = new MemoryStorage();
    const store = openPane(storage);
    store.getState().setPosition("training", "minOnsiteSessions", 5);
    store.getState().resetPlaybook();
    expect(store.getState().playbook).toBe(defaultPlaybook);
    expect(store.getState().settingsNotice).toBe("restored");
    expect(storage.items.size).toBe(0);
  });

  it("ignores a corrupt saved value with a notice, and starts with the defaults", () => {
    for (const corrupt of ["{not json", JSON.stringify({ version: 9, topics: [] }), "null"]) {
      const storage = new MemoryStorage();
      storage.setItem(playbookStorageKey("u"), corrupt);
      const store = openPane(storage, "u");
      expect(store.getState().playbook).toBe(defaultPlaybook);
      expect(store.getState().settingsNotice).toBe("storedIgnored");
      expect(store.getState().settingsProblems.length).toBeGreaterThan(0);
      // Kept until the user changes something or restores the defaults: never silently destroyed.
      expect(storage.getItem(playbookStorageKey("u"))).toBe(corrupt);
    }
  });

  it("survives storage that throws: reading means no saved settings, a failed save says so", () => {
    const broken: SettingsStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    const store = openPane(broken);
    expect(store.getState().playbook).toBe(defaultPlaybook);
    expect(store.getState().setPosition("invoicing", "maxInvoiceBusinessDays", 7)).toEqual({
      ok: true,
    });
    expect(position(store, "invoicing", "maxInvoiceBusinessDays")).toBe(7);
    expect(store.getState().settingsNotice).toBe("notSaved");
  });

  it("works without storage: changes last for the session", () => {
    const store = openPane(undefined);
    store.getState().setPosition("invoicing", "maxInvoiceBusinessDays", 7);
    expect(position(store, "invoicing", "maxInvoiceBusinessDays")).toBe(7);
    expect(store.getState().settingsNotice).toBeNull();
    expect(position(openPane(undefined), "invoicing", "maxInvoiceBusinessDays")).toBe(5);
  });
});
