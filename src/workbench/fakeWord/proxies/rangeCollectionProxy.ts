import type { LiveSpan } from "../anchors";
import type { RequestContext } from "../requestContext";
import { compileSearch, searchSpans, type SearchOptionsInput } from "../search";
import type { Span } from "../spans";
import { CollectionProxy } from "./collectionProxy";
import { RangeProxy } from "./rangeProxy";

/**
 * Word.RangeCollection, e.g. the result of a search; each item is a live span of the document, so a
 * result found before an edit still covers the same text after it.
 */
export class RangeCollectionProxy extends CollectionProxy<LiveSpan, RangeProxy> {
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
      return s ? searchSpans(context.model, s, compiled).map((found) => context.anchor(found)) : [];
    });
    context.enqueue(location, () => void results.resolveTargets());
    return results;
  }

  protected get typeName(): string {
    return "RangeCollection";
  }

  protected itemFor(resolve: () => LiveSpan | null): RangeProxy {
    return new RangeProxy(this.context, resolve);
  }

  /** RangeCollection.getFirst: "Throws an `ItemNotFound` error if this collection is empty." (at sync) */
  getFirst(): RangeProxy {
    return this.pick("getFirst", (list) => list[0], true);
  }

  /** RangeCollection.getFirstOrNullObject: an object whose isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): RangeProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false);
  }
}
