/**
 * Word's request context, in memory. Every property write, method call and load on a proxy is queued
 * here and carried out, in order, when `sync()` runs — Word's batch model ("Queues up a command to load
 * the specified properties of the object. You must call `context.sync()` before reading the properties",
 * ClientObject.load doc comment in @types/office-js).
 */
import type { LiveSpan } from "./anchors";
import { versionAtLeast, type ApiVersion } from "./apiVersion";
import {
  accessDenied,
  apiNotFound,
  asRichApiError,
  invalidObjectPath,
  type RichApiError,
} from "./errors";
import type { LoadOption } from "./loadSpec";
import type { Editor, FakeDocument } from "./model";
import { DocumentProxy } from "./proxies/documentProxy";
import type { Span } from "./spans";

export type FakeWordStats = { syncCount: number; runCount: number };

export type ContextEnvironment = {
  apiVersion: ApiVersion;
  stats: FakeWordStats;
  /** Author and clock of this fake's revisions and comments. */
  editor: Editor;
  /** Overrides the document's own read-only flag when set. */
  readOnly?: boolean;
};

type Command = { location: string; run: () => void };

export class RequestContext {
  readonly document: DocumentProxy;
  /** The fake's document model (not part of Word's API). */
  readonly model: FakeDocument;
  /** Word needs tracked objects to use proxies across syncs outside a run; here every proxy lives for its run. */
  readonly trackedObjects = {
    add(_object: unknown): void {},
    remove(_object: unknown): void {},
  };

  private queue: Command[] = [];
  private syncs = 0;
  private finished = false;
  private traces: string[] = [];
  private anchors: LiveSpan[] = [];

  constructor(
    model: FakeDocument,
    private readonly env: ContextEnvironment
  ) {
    this.model = model;
    this.document = new DocumentProxy(this);
  }

  /** How many times `sync()` ran on this context. */
  get syncCount(): number {
    return this.syncs;
  }

  get apiVersion(): ApiVersion {
    return this.env.apiVersion;
  }

  /**
   * Carries out the queued commands in order. Counts every call, even with nothing queued, so tests can
   * hold the add-in to its sync budget. The first failing command rejects the sync and the commands
   * after it are dropped; the ones before it stay done — "All other commands after the failed command in
   * the batch are not executed" (example on https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  sync<T>(passThroughValue?: T): Promise<T> {
    this.syncs++;
    this.env.stats.syncCount++;
    const failure = this.execute();
    return failure ? Promise.reject(failure) : Promise.resolve(passThroughValue as T);
  }

  /** Who this context's edits are by (the fake's author option). */
  get editor(): Editor {
    return this.env.editor;
  }

  /** Writes are refused: the fake's readOnly option, else the document's flag. */
  get readOnly(): boolean {
    return this.env.readOnly ?? this.model.readOnly;
  }

  /** The older `context.load(object, properties)` form. */
  load<T extends { load(option?: LoadOption): unknown }>(object: T, option?: LoadOption): T {
    object.load(option);
    return object;
  }

  /**
   * Queues a trace message. OfficeExtension.Error.traceMessages "contains all trace messages that were
   * executed before the error occurred" (doc comment in @types/office-js), so it is a command like any other.
   */
  trace(message: string): void {
    this.enqueue("RequestContext.trace", () => this.traces.push(message));
  }

  // ---- for the proxies and Word.run (not Word API) ----

  /** Queues a command; refused once the run that made this context has finished. */
  enqueue(location: string, run: () => void): void {
    this.assertLive(location);
    this.queue.push({ location, run });
  }

  /**
   * After its Word.run, a context's objects are released: the Office.js runtime marks their object paths
   * invalid and any later call on them throws InvalidObjectPath (CommonUtility.validateObjectPath in
   * node_modules/@microsoft/office-js/dist/word-web-16.00.debug.js). Keep plain anchors, not proxies.
   */
  assertLive(location: string): void {
    if (this.finished) throw invalidObjectPath(location);
  }

  /**
   * Queues a command that changes the document: checked against the API version, then refused with
   * AccessDenied on a read-only document (errors.ts), at sync like every command.
   */
  enqueueWrite(location: string, run: () => void, since?: string): void {
    this.enqueue(location, () => {
      if (since !== undefined) this.requireApi(since, location);
      this.assertWritable(location);
      run();
    });
  }

  /** Throws AccessDenied on a read-only document (for writes queued as property sets). */
  assertWritable(location: string): void {
    if (this.readOnly) throw accessDenied(location);
  }

  /** A live span (anchors.ts) for this run's proxies, released when the run ends. */
  anchor(span: Span): LiveSpan {
    const live = this.model.anchor(span);
    this.anchors.push(live);
    return live;
  }

  supports(version: string | undefined): boolean {
    return version === undefined || versionAtLeast(this.env.apiVersion, version);
  }

  /** Raised at sync, as Word's host does for an API its version lacks. */
  requireApi(version: string, location: string): void {
    if (!this.supports(version)) throw apiNotFound(location, version);
  }

  /**
   * Word.run's closing sync: a round trip only when something is still queued (the runtime's syncPrivate
   * returns early `if (!req.hasActions)`), so it counts only then.
   */
  flushAtRunEnd(): Promise<void> {
    return this.queue.length === 0 ? Promise.resolve() : this.sync().then(() => undefined);
  }

  finish(): void {
    this.finished = true;
    this.queue = [];
    for (const live of this.anchors) this.model.release(live);
    this.anchors = [];
  }

  private execute(): RichApiError | undefined {
    const batch = this.queue;
    this.queue = [];
    let failure: RichApiError | undefined;
    this.model.batch(() => {
      for (const command of batch) {
        try {
          command.run();
        } catch (error) {
          failure = asRichApiError(error, command.location);
          break;
        }
      }
    });
    if (failure) failure.traceMessages = this.traces;
    this.traces = [];
    return failure;
  }
}
