import {
  locate,
  selectionFor,
  type RangeLocationInput,
  type SelectionModeInput,
} from "../locations";
import type { RequestContext } from "../requestContext";
import type { SearchOptionsInput } from "../search";
import { ProxyBase, type ScalarDef } from "./base";
import { ParagraphCollectionProxy } from "./paragraphCollectionProxy";
import { RangeCollectionProxy } from "./rangeCollectionProxy";
import { RangeProxy } from "./rangeProxy";

const SCALARS: readonly ScalarDef[] = [{ name: "text" }];

/** Word.Body: the main text of the document. */
export class BodyProxy extends ProxyBase {
  private paragraphsProxy: ParagraphCollectionProxy | undefined;

  constructor(context: RequestContext) {
    super(context);
  }

  protected get typeName(): string {
    return "Body";
  }

  /** Body.text: "Gets the text of the body." Paragraphs are joined by "\r". */
  get text(): string {
    return this.readScalar("text");
  }

  /** Every paragraph, table cells included, in document order. */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () =>
      Array.from({ length: this.context.model.paragraphCount }, (_, i) => i)
    );
    return this.paragraphsProxy;
  }

  /** Body.getRange: "Gets the whole body, or the starting or ending point of the body, as a range." */
  getRange(rangeLocation?: RangeLocationInput): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "Body.getRange");
      return locate(this.context.model, "Body", this.context.model.spanOfBody(), rangeLocation);
    });
  }

  /** Body.search: "@param searchText The search text. Can be a maximum of 255 characters." */
  search(searchText: string, searchOptions?: SearchOptionsInput): RangeCollectionProxy {
    this.assertLive("search");
    return RangeCollectionProxy.search(
      this.context,
      "Body.search",
      () => this.context.model.spanOfBody(),
      searchText,
      searchOptions
    );
  }

  select(selectionMode?: SelectionModeInput): void {
    this.queue("select", () => {
      this.context.model.setSelection(
        selectionFor("Body", this.context.model.spanOfBody(), selectionMode)
      );
    });
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected computeScalar(): unknown {
    return this.context.model.textOf(this.context.model.spanOfBody());
  }

  protected override navigation(name: string): ProxyBase | undefined {
    return name === "paragraphs" ? this.paragraphs : undefined;
  }
}
