import type { RequestContext } from "../requestContext";
import { CollectionProxy } from "./collectionProxy";
import { TableProxy } from "./tableProxy";

/**
 * Word.TableCollection (WordApi 1.3): body.tables, range.tables, contentControl.tables — each item a
 * table id, the document's tables as they are at each use (a navigation property, like paragraphs).
 */
export class TableCollectionProxy extends CollectionProxy<string, TableProxy> {
  static of(context: RequestContext, location: string, ids: () => string[]): TableCollectionProxy {
    return new TableCollectionProxy(
      context,
      () => {
        context.requireApi("1.3", location);
        return ids();
      },
      true
    );
  }

  protected get typeName(): string {
    return "TableCollection";
  }

  protected itemFor(resolve: () => string | null): TableProxy {
    return new TableProxy(this.context, resolve);
  }

  /** TableCollection.getFirst: "Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): TableProxy {
    return this.pick("getFirst", (list) => list[0], true);
  }

  /** TableCollection.getFirstOrNullObject: isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): TableProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false);
  }
}
