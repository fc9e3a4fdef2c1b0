import { Lazy } from "../lazy";
import {
  locate,
  selectionFor,
  type RangeLocationInput,
  type SelectionModeInput,
} from "../locations";
import type { RequestContext } from "../requestContext";
import type { SearchOptionsInput } from "../search";
import { isCollapsed, union, type Span } from "../spans";
import { ProxyBase, type ScalarDef } from "./base";
import { FontProxy } from "./fontProxy";
import { ParagraphCollectionProxy } from "./paragraphCollectionProxy";
import { RangeCollectionProxy } from "./rangeCollectionProxy";

const SCALARS: readonly ScalarDef[] = [{ name: "isEmpty", since: "1.3" }, { name: "text" }];

/** Word.Range: a span of the document, worked out when a sync first needs it. */
export class RangeProxy extends ProxyBase {
  private readonly target: Lazy<Span | null>;
  private fontProxy: FontProxy | undefined;
  private paragraphsProxy: ParagraphCollectionProxy | undefined;

  constructor(context: RequestContext, resolve: () => Span | null) {
    super(context);
    this.target = new Lazy(resolve);
  }

  protected get typeName(): string {
    return "Range";
  }

  /** Range.text: "Gets the text of the range." Paragraphs are joined by "\r", the paragraph mark. */
  get text(): string {
    return this.readScalar("text");
  }

  /** Range.isEmpty: "Checks whether the range length is zero." (WordApi 1.3) */
  get isEmpty(): boolean {
    return this.readScalar("isEmpty");
  }

  get font(): FontProxy {
    this.fontProxy ??= new FontProxy(this.context, () => this.resolveSpan());
    return this.fontProxy;
  }

  /** Range.paragraphs: the paragraphs the range touches. */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () => {
      const s = this.resolveSpan();
      return s ? this.context.model.paragraphsIn(s) : [];
    });
    return this.paragraphsProxy;
  }

  /** Range.getRange: "Clones the `Range` object, or gets the starting or ending point of the range as a new range." */
  getRange(rangeLocation?: RangeLocationInput): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "Range.getRange");
      const s = this.resolveSpan();
      return s && locate(this.context.model, "Range", s, rangeLocation);
    });
  }

  /**
   * Range.expandTo: "Returns a new range that extends from this range in either direction to cover another
   * range. This range isn't changed." Both ranges are in the one body, so a union always exists.
   */
  expandTo(range: RangeProxy): RangeProxy {
    this.assertSameContext(range, "expandTo");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "Range.expandTo");
      const a = this.resolveSpan();
      const b = range.resolveSpan();
      return a && b && union(a, b);
    });
  }

  /** Range.search: "Performs a search with the specified search options on the scope of the `Range` object." */
  search(searchText: string, searchOptions?: SearchOptionsInput): RangeCollectionProxy {
    this.assertLive("search");
    return RangeCollectionProxy.search(
      this.context,
      "Range.search",
      () => this.resolveSpan(),
      searchText,
      searchOptions
    );
  }

  /** Range.select: "Selects and navigates the Word UI to the range." */
  select(selectionMode?: SelectionModeInput): void {
    this.queue("select", () => {
      const s = this.resolveSpan();
      if (s) this.context.model.setSelection(selectionFor("Range", s, selectionMode));
    });
  }

  /** The span this range stands for (resolving it now if needed); null for a null object. */
  resolveSpan(): Span | null {
    return this.target.get();
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.resolveSpan() === null;
  }

  protected computeScalar(name: string): unknown {
    const s = this.resolveSpan() as Span;
    return name === "isEmpty" ? isCollapsed(s) : this.context.model.textOf(s);
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "font") return this.font;
    if (name === "paragraphs") return this.paragraphs;
    return undefined;
  }
}
