/**
 * A minimal `Office` global for the workbench and tests: requirement-set checks, the display language,
 * onReady, and the Common API's per-document settings.
 */
import { versionAtLeast, type ApiVersion } from "./apiVersion";
import type { FakeDocument } from "./model";

export type FakeOfficeOptions = {
  /** Highest WordApi requirement set to claim; default "1.3" (the manifest's floor). */
  apiVersion?: ApiVersion;
  /** Office.context.displayLanguage; default "en-US". */
  displayLanguage?: string;
  /** Office.context.platform / onReady info; default "OfficeOnline" (the workbench runs in a browser). */
  platform?: string;
  /** Office.context.partitionKey; undefined by default, as in Word on Windows and Mac. */
  partitionKey?: string;
  /**
   * Open the document read-only: Office.context.document.mode is "readOnly" and every Word API write
   * fails with AccessDenied. Default: the document's own flag (FakeDocument.readOnly).
   */
  readOnly?: boolean;
};

export type FakeSettings = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(...args: unknown[]): void;
};

export type FakeOffice = ReturnType<typeof createFakeOffice>;

export function createFakeOffice(
  doc: FakeDocument,
  options: FakeOfficeOptions & { apiVersion: ApiVersion }
) {
  const platform = options.platform ?? "OfficeOnline";
  const info = { host: "Word", platform };
  return {
    HostType: { Word: "Word" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    /** Office.DocumentMode, with the runtime's values (Microsoft.Office.WebExtension.DocumentMode). */
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    context: {
      host: "Word",
      platform,
      displayLanguage: options.displayLanguage ?? "en-US",
      contentLanguage: options.displayLanguage ?? "en-US",
      partitionKey: options.partitionKey,
      requirements: {
        /**
         * Office.context.requirements.isSetSupported(name, minVersion): true for "WordApi" up to the
         * configured version ("If the version parameter isn't specified, … 1.1"); false for other sets.
         */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name.toLowerCase() !== "wordapi") return false;
          return versionAtLeast(
            options.apiVersion,
            minVersion === undefined ? "1.1" : String(minVersion)
          );
        },
      },
      document: {
        settings: createSettings(doc),
        /** Office.context.document.mode: "Gets the mode the document is in" — "readOnly" or "readWrite". */
        get mode(): "readOnly" | "readWrite" {
          return (options.readOnly ?? doc.readOnly) ? "readOnly" : "readWrite";
        },
      },
    },
    onReady(
      callback?: (info: { host: string; platform: string }) => void
    ): Promise<{ host: string; platform: string }> {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}

/** Office.Settings over the document: values are stored as JSON, as Word serialises them. */
function createSettings(doc: FakeDocument): FakeSettings {
  return {
    get: (name) => {
      const value = doc.settings.get(name);
      return value === undefined ? null : JSON.parse(JSON.stringify(value));
    },
    set: (name, value) => {
      doc.settings.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name) => {
      doc.settings.delete(name);
    },
    saveAsync: (...args) => {
      const callback = args.find(
        (a): a is (result: { status: string }) => void => typeof a === "function"
      );
      callback?.({ status: "succeeded" });
    },
  };
}
