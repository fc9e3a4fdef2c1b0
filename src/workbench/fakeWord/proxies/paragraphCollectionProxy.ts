import { itemNotFound, propertyNotLoaded } from "../errors";
import { Lazy } from "../lazy";
import { itemSpecOf, type LoadSpec } from "../loadSpec";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { ParagraphProxy } from "./paragraphProxy";

/** Word.ParagraphCollection: body.paragraphs or range.paragraphs. */
export class ParagraphCollectionProxy extends ProxyBase {
  private readonly target: Lazy<number[]>;
  private loadedItems: ParagraphProxy[] | undefined;

  constructor(context: RequestContext, resolve: () => number[]) {
    super(context);
    this.target = new Lazy(resolve);
  }

  protected get typeName(): string {
    return "ParagraphCollection";
  }

  /** "Gets the loaded child items in this collection." Throws PropertyNotLoaded before load + sync. */
  get items(): ParagraphProxy[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
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

  override applyLoad(spec: LoadSpec): void {
    const itemSpec = itemSpecOf(spec);
    const items = this.target.get().map((index) => new ParagraphProxy(this.context, () => index));
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

  private pick(
    member: string,
    choose: (list: number[]) => number | undefined,
    required: boolean
  ): ParagraphProxy {
    this.assertLive(member);
    return new ParagraphProxy(this.context, () => {
      this.context.requireApi("1.3", `ParagraphCollection.${member}`);
      const index = choose(this.target.get());
      if (index !== undefined) return index;
      if (required) throw itemNotFound(`ParagraphCollection.${member}`, "The collection is empty.");
      return null;
    });
  }
}
