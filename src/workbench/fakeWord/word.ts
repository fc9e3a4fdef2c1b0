/**
 * createFakeWord: the `Word` namespace subset the add-in uses, over a FakeDocument, plus a minimal
 * `Office`. Host code takes the namespace as a parameter, so production passes the global `Word` and the
 * workbench and tests pass this one (`fake.Word as unknown as typeof Word`).
 */
import { DEFAULT_API_VERSION, type ApiVersion } from "./apiVersion";
import {
  BuiltInStyleName,
  ChangeTrackingMode,
  ChangeTrackingVersion,
  ContentControlAppearance,
  ContentControlType,
  ErrorCodes,
  InsertLocation,
  OfficeExtensionErrorCodes,
  RangeLocation,
  SelectionMode,
  TrackedChangeType,
} from "./enums";
import { RichApiError, runMustReturnPromise } from "./errors";
import type { Editor, FakeDocument } from "./model";
import { createFakeOffice, type FakeOfficeOptions } from "./office";
import { RequestContext, type FakeWordStats } from "./requestContext";

export type FakeWordOptions = FakeOfficeOptions & {
  /** Author of this fake's tracked changes and comments; default the document's ("Workbench user"). */
  author?: string;
  /** Comment.authorEmail; default the document's (""). */
  authorEmail?: string;
  /** Clock for revision and comment dates; default the document's. */
  now?: () => Date;
};

export type FakeWordNamespace = ReturnType<typeof createFakeWord>["Word"];

export function createFakeWord(doc: FakeDocument, options: FakeWordOptions = {}) {
  const apiVersion: ApiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  const stats: FakeWordStats = { syncCount: 0, runCount: 0 };
  const editor: Editor = {
    name: options.author ?? doc.editor.name,
    email: options.authorEmail ?? doc.editor.email,
    now: options.now ?? doc.editor.now,
  };

  /**
   * Word.run: a fresh request context over the document; awaits the batch, then — like the Office.js
   * runtime's ClientRequestContext._runCommon — syncs what is still queued (a round trip only if anything
   * is), and finally releases the context so its proxies cannot be used again. The run rejects with the
   * batch's error, e.g. a sync's RichApi.Error the batch did not catch.
   */
  async function run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    stats.runCount++;
    const context = new RequestContext(doc, {
      apiVersion,
      stats,
      editor,
      ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
    });
    try {
      const pending = batch(context) as unknown;
      if (!isThenable(pending)) throw runMustReturnPromise();
      const result = (await pending) as T;
      await context.flushAtRunEnd();
      return result;
    } finally {
      context.finish();
    }
  }

  const Word = {
    run,
    RequestContext,
    RangeLocation,
    SelectionMode,
    InsertLocation,
    ChangeTrackingMode,
    ChangeTrackingVersion,
    TrackedChangeType,
    BuiltInStyleName,
    ContentControlAppearance,
    ContentControlType,
    ErrorCodes,
  };
  const Office = createFakeOffice(doc, { ...options, apiVersion });
  const OfficeExtension = { Error: RichApiError, ErrorCodes: OfficeExtensionErrorCodes };
  return { Word, Office, OfficeExtension, stats, document: doc };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
