/**
 * One open document in the workbench: the in-memory Word over it, the same Office.js host code the
 * add-in uses in Word, and a fresh pane store. Opening another draft makes a new session.
 */
import type { DocumentSnapshot } from "../engine/snapshot";
import { defaultPlaybook, libraryWording } from "../library";
import { createPaneStore, type PaneStore } from "../state";
import { createOfficeHost } from "../word";
import { createFakeWord } from "./fakeWord";
import { FakeDocument } from "./fakeWord/model";

export type Session = { doc: FakeDocument; store: PaneStore; syncCount: () => number };

export function openSession(snapshot: DocumentSnapshot, displayLanguage: string): Session {
  const doc = FakeDocument.fromSnapshot(snapshot);
  const fake = createFakeWord(doc, { apiVersion: "1.3", displayLanguage });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage,
  });
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  return { doc, store, syncCount: () => fake.stats.syncCount };
}
