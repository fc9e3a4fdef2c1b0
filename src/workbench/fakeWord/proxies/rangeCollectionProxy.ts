import { itemNotFound, propertyNotLoaded } from "../errors";
import { Lazy } from "../lazy";
import { itemSpecOf, type LoadSpec } from "../loadSpec";
import type { RequestContext } from "../requestContext";
import { compileSearch, searchSpans, type SearchOptionsInput } from "../search";
import type { Span } from "../spans";
import { ProxyBase, type ScalarDef } from "./base";
import { RangeProxy } from "./rangeProxy";

/** Word.RangeCollection, e.g. the result of a search. */
export class RangeCollectionProxy extends ProxyBase {
  private readonly target: Lazy<Span[]>;
  private loadedItems: RangeProxy[] | undefined;

  constructor(context: RequestContext, resolve: () => Span[]) {
    super(context);
    this.target = new Lazy(resolve);
  }

  /**
   * A search over `scope`. Word checks the search text and runs the search in the batch where search()
   * was called, even if the result is never used (https://github.com/OfficeDev/office-js/issues/2413:
   * an unused `search('')` still failed the run) — so the search is queued here, at its place in the batch.
   */
  static search(
    context: RequestContext,
    location: string,
    scope: () => Span | null,
    searchText: string,
    searchOptions: SearchOptionsInput | undefined
  ): RangeCollectionProxy {
    const options = searchOptions === undefined ? undefined : { ...searchOptions };
    const results = new RangeCollectionProxy(context, () => {
      const compiled = compileSearch(searchText, options, location);
      const s = scope();
      return s ? searchSpans(context.model, s, compiled) : [];
    });
    context.enqueue(location, () => void results.resolveSpans());
    return results;
  }

  protected get typeName(): string {
    return "RangeCollection";
  }

  /** "Gets the loaded child items in this collection." Throws PropertyNotLoaded before load + sync. */
  get items(): RangeProxy[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** RangeCollection.getFirst: "Throws an `ItemNotFound` error if this collection is empty." (at sync) */
  getFirst(): RangeProxy {
    this.assertLive("getFirst");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "RangeCollection.getFirst");
      const first = this.resolveSpans()[0];
      if (first === undefined)
        throw itemNotFound("RangeCollection.getFirst", "The collection is empty.");
      return first;
    });
  }

  /** RangeCollection.getFirstOrNullObject: an object whose isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): RangeProxy {
    this.assertLive("getFirstOrNullObject");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "RangeCollection.getFirstOrNullObject");
      return this.resolveSpans()[0] ?? null;
    });
  }

  resolveSpans(): Span[] {
    return this.target.get();
  }

  override applyLoad(spec: LoadSpec): void {
    const itemSpec = itemSpecOf(spec);
    const items = this.resolveSpans().map((s) => new RangeProxy(this.context, () => s));
    for (const item of items) item.applyLoad(itemSpec);
    this.loadedItems = items;
    this.markLoaded();
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((item) => item.toJSON()) };
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
