import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { BodyProxy } from "./bodyProxy";
import { RangeProxy } from "./rangeProxy";

/** Word.Document: context.document. */
export class DocumentProxy extends ProxyBase {
  readonly body: BodyProxy;

  constructor(context: RequestContext) {
    super(context);
    this.body = new BodyProxy(context);
  }

  protected get typeName(): string {
    return "Document";
  }

  /**
   * Document.getSelection: "Gets the current selection of the document." The range is the selection as
   * it is when a sync first uses it.
   */
  getSelection(): RangeProxy {
    this.assertLive("getSelection");
    return new RangeProxy(this.context, () => this.context.model.selection);
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

  protected override navigation(name: string): ProxyBase | undefined {
    return name === "body" ? this.body : undefined;
  }
}
