import { itemNotFound, propertyNotLoaded } from "../errors";
import { Lazy } from "../lazy";
import { itemSpecOf, type LoadSpec } from "../loadSpec";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";

/**
 * What Word's collections (ParagraphCollection, RangeCollection, CommentCollection,
 * TrackedChangeCollection) share: `items` only after load + sync, the items' loads carried out with the
 * collection's, and getFirst / getFirstOrNullObject / getLast … resolved at sync. `T` is what one item
 * stands for (a paragraph index, a live span, an id).
 *
 * A method's result (a search, getComments) is worked out once, where the batch first uses it. A
 * navigation property's collection (body.paragraphs, range.paragraphs) is the document's as it is at
 * each use (`reevaluate`), so a paragraph inserted since shows up when the collection is loaded again.
 */
export abstract class CollectionProxy<T, Item extends ProxyBase> extends ProxyBase {
  private readonly target: Lazy<T[]>;
  private loadedItems: Item[] | undefined;

  constructor(
    context: RequestContext,
    private readonly resolve: () => T[],
    private readonly reevaluate = false
  ) {
    super(context);
    this.target = new Lazy(resolve);
  }

  /** The proxy of one item; `resolve` gives its target, or null for a null object. */
  protected abstract itemFor(resolve: () => T | null): Item;

  /** "Gets the loaded child items in this collection." Throws PropertyNotLoaded before load + sync. */
  get items(): Item[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** The collection's targets, resolved (once) at their place in the batch. */
  resolveTargets(): T[] {
    return this.reevaluate ? this.resolve() : this.target.get();
  }

  override applyLoad(spec: LoadSpec): void {
    const itemSpec = itemSpecOf(spec);
    const items = this.resolveTargets().map((t) => this.itemFor(() => t));
    for (const item of items) item.applyLoad(itemSpec);
    this.loadedItems = items;
    this.markLoaded();
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((item) => item.toJSON()) };
  }

  /**
   * getFirst / getLast ("Throws an `ItemNotFound` error if this collection is empty", at sync) and their
   * OrNullObject forms (isNullObject is true when the collection is empty). WordApi 1.3 unless `since`.
   */
  protected pick(
    member: string,
    choose: (list: T[]) => T | undefined,
    required: boolean,
    since = "1.3"
  ): Item {
    this.assertLive(member);
    return this.itemFor(() => {
      this.context.requireApi(since, `${this.typeName}.${member}`);
      const chosen = choose(this.resolveTargets());
      if (chosen !== undefined) return chosen;
      if (required) throw itemNotFound(`${this.typeName}.${member}`, "The collection is empty.");
      return null;
    });
  }

  protected scalars(): readonly ScalarDef[] {
    return [];
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected computeScalar(): unknown {
    return undefined;
  }
}
