/**
 * One open document in the workbench: the in-memory Word over it, the same Office.js host code the
 * add-in uses in Word, and a fresh pane store. Opening another draft makes a new session.
 */
import type { DocumentSnapshot } from "../engine/snapshot";
import { readDocx } from "../docx";
import { defaultPlaybook, libraryWording } from "../library";
import { browserStorage, createPaneStore, type PaneStore } from "../state";
import { createOfficeHost, officeEnvironment } from "../word";
import { createFakeWord, type ApiVersion } from "./fakeWord";
import { FakeDocument } from "./fakeWord/model";

export type Session = { doc: FakeDocument; store: PaneStore; syncCount: () => number };

export type SessionOptions = {
  /**
   * The WordApi version the in-memory Word claims. 1.7 by default: tracked changes and comments with
   * severity colours; 1.3 shows the pane on an old Word, 1.8 the temporary highlight.
   */
  apiVersion?: ApiVersion;
  readOnly?: boolean;
};

export function openSession(
  snapshot: DocumentSnapshot,
  displayLanguage: string,
  options: SessionOptions = {}
): Session {
  const apiVersion = options.apiVersion ?? "1.7";
  const doc = FakeDocument.fromSnapshot(snapshot);
  const fake = createFakeWord(doc, { apiVersion, displayLanguage, readOnly: options.readOnly });
  const host = createOfficeHost(
    fake.Word as unknown as typeof Word,
    officeEnvironment(fake.Office, apiVersion)
  );
  const store = createPaneStore({
    host,
    playbook: defaultPlaybook,
    wording: libraryWording,
    openDocument: readDocx,
    storage: browserStorage(),
  });
  return { doc, store, syncCount: () => fake.stats.syncCount };
}
