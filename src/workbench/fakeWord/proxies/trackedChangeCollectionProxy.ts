import type { RequestContext } from "../requestContext";
import type { Span } from "../spans";
import { CollectionProxy } from "./collectionProxy";
import { TrackedChangeProxy } from "./trackedChangeProxy";

/**
 * Word.TrackedChangeCollection (WordApi 1.6): the tracked changes of a body, paragraph or range —
 * those whose text (or paragraph mark) meets it — in document order; each item is a revision id.
 */
export class TrackedChangeCollectionProxy extends CollectionProxy<string, TrackedChangeProxy> {
  static within(
    context: RequestContext,
    location: string,
    spanOf: () => Span | null
  ): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(context, () => {
      context.requireApi("1.6", location);
      const s = spanOf();
      return s ? context.model.revisionsIn(s).map((r) => r.id) : [];
    });
  }

  protected get typeName(): string {
    return "TrackedChangeCollection";
  }

  protected itemFor(resolve: () => string | null): TrackedChangeProxy {
    return new TrackedChangeProxy(this.context, resolve);
  }

  /** TrackedChangeCollection.acceptAll: "Accepts all the tracked changes in the collection." */
  acceptAll(): void {
    this.queueWrite("acceptAll", () => this.settleAll(true), "1.6");
  }

  /** TrackedChangeCollection.rejectAll: "Rejects all the tracked changes in the collection." */
  rejectAll(): void {
    this.queueWrite("rejectAll", () => this.settleAll(false), "1.6");
  }

  /** TrackedChangeCollection.getFirst: "Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): TrackedChangeProxy {
    return this.pick("getFirst", (list) => list[0], true, "1.6");
  }

  /** TrackedChangeCollection.getFirstOrNullObject: isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): TrackedChangeProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false, "1.6");
  }

  private settleAll(accept: boolean): void {
    const { model } = this.context;
    model.batch(() => {
      for (const id of this.resolveTargets()) {
        if (accept) model.acceptRevision(id);
        else model.rejectRevision(id);
      }
    });
  }
}
