import type { RequestContext } from "../requestContext";
import type { Span } from "../spans";
import { CollectionProxy } from "./collectionProxy";
import { CommentProxy } from "./commentProxy";

/**
 * Word.CommentCollection (WordApi 1.4): the comments of a body, paragraph or range — those whose text
 * meets it (spans.ts spansMeet), in document order; each item is a comment id.
 */
export class CommentCollectionProxy extends CollectionProxy<string, CommentProxy> {
  static within(
    context: RequestContext,
    location: string,
    spanOf: () => Span | null
  ): CommentCollectionProxy {
    return new CommentCollectionProxy(context, () => {
      context.requireApi("1.4", location);
      const s = spanOf();
      return s ? context.model.commentsIn(s).map((c) => c.id) : [];
    });
  }

  protected get typeName(): string {
    return "CommentCollection";
  }

  protected itemFor(resolve: () => string | null): CommentProxy {
    return new CommentProxy(this.context, resolve);
  }

  /** CommentCollection.getFirst: "Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): CommentProxy {
    return this.pick("getFirst", (list) => list[0], true, "1.4");
  }

  /** CommentCollection.getFirstOrNullObject: isNullObject is true when the collection is empty. */
  getFirstOrNullObject(): CommentProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false, "1.4");
  }
}
