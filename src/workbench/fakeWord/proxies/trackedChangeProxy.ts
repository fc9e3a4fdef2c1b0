import { itemNotFound } from "../errors";
import { Lazy } from "../lazy";
import { locateTrackedChange } from "../locations";
import type { RevisionInfo, RevisionKind } from "../model";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { RangeProxy } from "./rangeProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "author", since: "1.6" },
  { name: "date", since: "1.6" },
  { name: "text", since: "1.6" },
  { name: "type", since: "1.6" },
];

/** Word.TrackedChangeType of a model revision kind. */
const TYPE: Readonly<Record<RevisionKind, string>> = {
  insert: "Added",
  delete: "Deleted",
  format: "Formatted",
};

/**
 * Word.TrackedChange (WordApi 1.6): "Represents a tracked change in a Word document." Stands for one
 * model revision by id; one accepted or rejected since fails with ItemNotFound.
 */
export class TrackedChangeProxy extends ProxyBase {
  private readonly target: Lazy<string | null>;

  constructor(context: RequestContext, resolve: () => string | null) {
    super(context);
    this.target = new Lazy(resolve);
  }

  protected get typeName(): string {
    return "TrackedChange";
  }

  /** TrackedChange.author: "Gets the author of the tracked change." */
  get author(): string {
    return this.readScalar("author");
  }

  /** TrackedChange.date: "Gets the date of the tracked change." */
  get date(): Date {
    return this.readScalar("date");
  }

  /**
   * TrackedChange.text: "Gets the text of the tracked change." A deletion's text is the deleted text,
   * as on Windows and the web (Word on Mac has returned "" for it:
   * https://github.com/OfficeDev/office-js/issues/5178).
   */
  get text(): string {
    return this.readScalar("text");
  }

  /** TrackedChange.type: "Added", "Deleted" or "Formatted". */
  get type(): string {
    return this.readScalar("type");
  }

  /** TrackedChange.accept: "Accepts the tracked change." */
  accept(): void {
    this.queueWrite("accept", () => this.settle(true), "1.6");
  }

  /** TrackedChange.reject: "Rejects the tracked change." */
  reject(): void {
    this.queueWrite("reject", () => this.settle(false), "1.6");
  }

  /**
   * TrackedChange.getRange: "Gets the range of the tracked change." — Whole, Start or End; a live range
   * from its first to its last character.
   */
  getRange(rangeLocation?: "Whole" | "Start" | "End"): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.6", "TrackedChange.getRange");
      const id = this.target.get();
      if (id === null) return null;
      const whole = this.context.model.revisionSpan(id);
      if (!whole) throw gone();
      return locateTrackedChange(whole, rangeLocation);
    });
  }

  /** TrackedChange.getNext: "Throws an `ItemNotFound` error if this tracked change is the last one." */
  getNext(): TrackedChangeProxy {
    return this.next("getNext", true);
  }

  /** TrackedChange.getNextOrNullObject: a null object after the last one. */
  getNextOrNullObject(): TrackedChangeProxy {
    return this.next("getNextOrNullObject", false);
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.target.get() === null;
  }

  protected computeScalar(name: string): unknown {
    const r = this.info();
    switch (name) {
      case "author":
        return r.author;
      case "date":
        return new Date(r.date);
      case "text":
        return r.text;
      case "type":
        return TYPE[r.kind];
      default:
        return undefined;
    }
  }

  private settle(accept: boolean): void {
    const id = this.target.get();
    if (id === null) return;
    const { model } = this.context;
    const done = accept ? model.acceptRevision(id) : model.rejectRevision(id);
    if (!done) throw gone();
  }

  private next(member: string, required: boolean): TrackedChangeProxy {
    this.assertLive(member);
    return new TrackedChangeProxy(this.context, () => {
      this.context.requireApi("1.6", `TrackedChange.${member}`);
      const id = this.target.get();
      if (id === null) return null;
      const all = this.context.model.revisions();
      const at = all.findIndex((r) => r.id === id);
      if (at < 0) throw gone();
      const following = all[at + 1];
      if (following) return following.id;
      if (required)
        throw itemNotFound(`TrackedChange.${member}`, "This is the last tracked change.");
      return null;
    });
  }

  private info(): RevisionInfo {
    const id = this.target.get();
    const r = id === null ? undefined : this.context.model.revision(id);
    if (!r) throw gone();
    return r;
  }
}

function gone(): Error {
  return itemNotFound("TrackedChange", "The tracked change was accepted or rejected.");
}
