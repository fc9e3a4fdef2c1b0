import { CollectionProxy } from "./collectionProxy";
import { ParagraphProxy } from "./paragraphProxy";

/** Word.ParagraphCollection: body.paragraphs or range.paragraphs; each item is a paragraph index. */
export class ParagraphCollectionProxy extends CollectionProxy<number, ParagraphProxy> {
  protected get typeName(): string {
    return "ParagraphCollection";
  }

  protected itemFor(resolve: () => number | null): ParagraphProxy {
    return new ParagraphProxy(this.context, resolve);
  }

  /** ParagraphCollection.getFirst: "Throws an `ItemNotFound` error if the collection is empty." (at sync) */
  getFirst(): ParagraphProxy {
    return this.pick("getFirst", (list) => list[0], true);
  }

  /** ParagraphCollection.getFirstOrNullObject: isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): ParagraphProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false);
  }

  getLast(): ParagraphProxy {
    return this.pick("getLast", (list) => list[list.length - 1], true);
  }

  getLastOrNullObject(): ParagraphProxy {
    return this.pick("getLastOrNullObject", (list) => list[list.length - 1], false);
  }
}
