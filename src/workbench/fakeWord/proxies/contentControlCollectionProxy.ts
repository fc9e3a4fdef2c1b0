import { invalidArgument } from "../errors";
import type { ContentControlInfo } from "../model";
import type { RequestContext } from "../requestContext";
import { CollectionProxy } from "./collectionProxy";
import { ContentControlProxy } from "./contentControlProxy";

/**
 * Word.ContentControlCollection (WordApi 1.1): body.contentControls, range.contentControls — each item
 * a control id, as they are at each use — and the results of getByTag / getByTitle, worked out where
 * the batch first uses them.
 */
export class ContentControlCollectionProxy extends CollectionProxy<number, ContentControlProxy> {
  static of(
    context: RequestContext,
    location: string,
    controls: () => ContentControlInfo[]
  ): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(
      context,
      () => {
        context.requireApi("1.1", location);
        return controls().map((c) => c.id);
      },
      true
    );
  }

  protected get typeName(): string {
    return "ContentControlCollection";
  }

  protected itemFor(resolve: () => number | null): ContentControlProxy {
    return new ContentControlProxy(this.context, resolve);
  }

  /**
   * ContentControlCollection.getByTag: "Gets the content controls that have the specified tag." The
   * fake matches the tag exactly (letter case included).
   */
  getByTag(tag: string): ContentControlCollectionProxy {
    return this.where("getByTag", "tag", tag);
  }

  /** ContentControlCollection.getByTitle: "Gets the content controls that have the specified title." */
  getByTitle(title: string): ContentControlCollectionProxy {
    return this.where("getByTitle", "title", title);
  }

  /** ContentControlCollection.getById: "Throws an `ItemNotFound` error if there isn't a content control with the identifier in this collection." */
  getById(id: number): ContentControlProxy {
    return this.pick("getById", (list) => list.find((x) => x === id), true, "1.1");
  }

  /** ContentControlCollection.getByIdOrNullObject (WordApi 1.3): a null object if there is none. */
  getByIdOrNullObject(id: number): ContentControlProxy {
    return this.pick("getByIdOrNullObject", (list) => list.find((x) => x === id), false);
  }

  /** ContentControlCollection.getFirst (WordApi 1.3): "Throws an `ItemNotFound` error if this collection is empty." */
  getFirst(): ContentControlProxy {
    return this.pick("getFirst", (list) => list[0], true);
  }

  /** ContentControlCollection.getFirstOrNullObject (WordApi 1.3): isNullObject is true when it is empty. */
  getFirstOrNullObject(): ContentControlProxy {
    return this.pick("getFirstOrNullObject", (list) => list[0], false);
  }

  private where(
    member: string,
    key: "tag" | "title",
    value: string
  ): ContentControlCollectionProxy {
    this.assertLive(member);
    const location = `${this.typeName}.${member}`;
    return new ContentControlCollectionProxy(this.context, () => {
      if (typeof value !== "string")
        throw invalidArgument(location, `The ${key} must be a string.`);
      const { model } = this.context;
      return this.resolveTargets().filter((id) => model.contentControl(id)?.[key] === value);
    });
  }
}
