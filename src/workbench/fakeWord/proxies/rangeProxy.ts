import { LiveSpan } from "../anchors";
import { queueInsertText, queueReviewedText } from "../editing";
import { invalidArgument, invalidObjectPath } from "../errors";
import { Lazy, Slot } from "../lazy";
import {
  locate,
  selectionFor,
  type InsertLocationInput,
  type RangeLocationInput,
  type SelectionModeInput,
} from "../locations";
import { queueInsertParagraph } from "../paragraphEditing";
import type { RequestContext } from "../requestContext";
import type { SearchOptionsInput } from "../search";
import { nestedTable, queueInsertTable } from "../tableEditing";
import { isCollapsed, union, type Span } from "../spans";
import type { ClientResult } from "./clientResult";
import { ProxyBase, type ScalarDef } from "./base";
import { CommentCollectionProxy } from "./commentCollectionProxy";
import { CommentProxy } from "./commentProxy";
import { ContentControlCollectionProxy } from "./contentControlCollectionProxy";
import { ContentControlProxy } from "./contentControlProxy";
import { FontProxy } from "./fontProxy";
import { ParagraphCollectionProxy } from "./paragraphCollectionProxy";
import { ParagraphProxy } from "./paragraphProxy";
import { RangeCollectionProxy } from "./rangeCollectionProxy";
import { TableCollectionProxy } from "./tableCollectionProxy";
import type { TableProxy } from "./tableProxy";
import { TrackedChangeCollectionProxy } from "./trackedChangeCollectionProxy";

const SCALARS: readonly ScalarDef[] = [{ name: "isEmpty", since: "1.3" }, { name: "text" }];

/**
 * Word.Range: a span of the document, worked out when a sync first needs it and from then on a live
 * span (anchors.ts) that follows the text through the run's edits.
 */
export class RangeProxy extends ProxyBase {
  private readonly target: Lazy<LiveSpan | null>;
  private fontProxy: FontProxy | undefined;
  private paragraphsProxy: ParagraphCollectionProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;
  private contentControlsProxy: ContentControlCollectionProxy | undefined;

  /** `resolve` gives the span (anchored here) or an existing live span to share. */
  constructor(context: RequestContext, resolve: () => Span | LiveSpan | null) {
    super(context);
    this.target = new Lazy(() => {
      const s = resolve();
      if (s === null || s instanceof LiveSpan) return s;
      return context.anchor(s);
    });
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

  /** Range.paragraphs: the paragraphs the range touches (as they are when loaded). */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphsProxy ??= new ParagraphCollectionProxy(
      this.context,
      () => {
        const s = this.resolveSpan();
        return s ? this.context.model.paragraphsIn(s) : [];
      },
      true
    );
    return this.paragraphsProxy;
  }

  /** Range.tables (WordApi 1.3): "Gets the collection of `Table` objects in the range." — those it meets. */
  get tables(): TableCollectionProxy {
    this.tablesProxy ??= TableCollectionProxy.of(this.context, "Range.tables", () => {
      const s = this.resolveSpan();
      if (!s) return [];
      return this.context.model
        .tables()
        .filter((t) => t.firstParagraph <= s.end.paragraph && t.lastParagraph >= s.start.paragraph)
        .map((t) => t.id);
    });
    return this.tablesProxy;
  }

  /**
   * Range.contentControls: "Gets the collection of `ContentControl` objects in the range." The fake
   * takes those whose paragraphs meet the range (as getComments does), holding it or inside it.
   */
  get contentControls(): ContentControlCollectionProxy {
    this.contentControlsProxy ??= ContentControlCollectionProxy.of(
      this.context,
      "Range.contentControls",
      () => {
        const s = this.resolveSpan();
        return s ? this.context.model.contentControlsIn(s) : [];
      }
    );
    return this.contentControlsProxy;
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

  /**
   * Range.insertText: "Inserts text at the specified location. … The value must be `replace`, `start`,
   * `end`, `before`, or `after`." Returns the inserted text; Start, End and Replace extend this range over
   * it. Under Track Changes, Replace keeps the old text as a tracked deletion with the new text after it.
   */
  insertText(text: string, insertLocation: InsertLocationInput): RangeProxy {
    this.assertLive("insertText");
    return queueInsertText(
      this.context,
      "Range.insertText",
      text,
      insertLocation,
      ["replace", "start", "end", "before", "after"],
      () => this.resolveAnchor()
    );
  }

  /** Range.delete: "Deletes the range and its content from the document." (tracked under Track Changes) */
  delete(): void {
    this.queueWrite("delete", () => {
      const s = this.resolveSpan();
      if (s) this.context.model.deleteSpan(s, this.context.editor);
    });
  }

  /**
   * Range.insertParagraph: "The value must be `before` or `after`." The fake inserts before the
   * range's first paragraph or after its last, never splitting a paragraph (Word's behaviour inside a
   * paragraph is not documented).
   */
  insertParagraph(paragraphText: string, insertLocation: InsertLocationInput): ParagraphProxy {
    this.assertLive("insertParagraph");
    return queueInsertParagraph(
      this.context,
      "Range.insertParagraph",
      { text: paragraphText, insertLocation },
      ["before", "after"],
      (where) => {
        const s = this.resolveSpan();
        if (!s) return null;
        const { model, editor } = this.context;
        const index = where === "before" ? s.start.paragraph : s.end.paragraph;
        return model.insertParagraph(index, where as "before" | "after", paragraphText, editor);
      }
    );
  }

  /**
   * Range.insertTable (WordApi 1.3): "The value must be `before` or `after`." Before the range's first
   * paragraph or after its last, as insertParagraph; next to a paragraph in a table cell the fake
   * refuses with NotImplemented (see Paragraph.insertTable).
   */
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertLocationInput,
    values?: string[][]
  ): TableProxy {
    this.assertLive("insertTable");
    const location = "Range.insertTable";
    return queueInsertTable(
      this.context,
      location,
      { rowCount, columnCount, insertLocation, values },
      ["before", "after"],
      (where) => {
        const s = this.resolveSpan();
        if (!s) return null;
        const index = where === "before" ? s.start.paragraph : s.end.paragraph;
        if (this.context.model.paragraph(index).table) throw nestedTable(location);
        return where === "before" ? index : index + 1;
      }
    );
  }

  /** Range.insertContentControl: "Wraps the `Range` object with a content control." (whole paragraphs) */
  insertContentControl(contentControlType?: string): ContentControlProxy {
    return ContentControlProxy.wrap(
      this.context,
      "Range.insertContentControl",
      contentControlType,
      () => this.resolveSpan()
    );
  }

  /**
   * Range.insertComment (WordApi 1.4): "Insert a comment on the range." Word's docs say nothing of an
   * empty range; the fake refuses a collapsed one with InvalidArgument.
   */
  insertComment(commentText: string): CommentProxy {
    this.assertLive("insertComment");
    const location = "Range.insertComment";
    const created = new Slot<string | null>(() => invalidObjectPath(location));
    this.queueWrite(
      "insertComment",
      () => {
        if (typeof commentText !== "string")
          throw invalidArgument(location, "The comment text must be a string.");
        const s = this.resolveSpan();
        if (!s) return created.fill(null);
        if (isCollapsed(s))
          throw invalidArgument(location, "A comment needs a range with some text in it.");
        created.fill(this.context.model.addComment(s, commentText, this.context.editor));
      },
      "1.4"
    );
    return new CommentProxy(this.context, () => created.get());
  }

  /** Range.getComments (WordApi 1.4): "Gets comments associated with the range." */
  getComments(): CommentCollectionProxy {
    this.assertLive("getComments");
    return CommentCollectionProxy.within(this.context, "Range.getComments", () =>
      this.resolveSpan()
    );
  }

  /** Range.getTrackedChanges (WordApi 1.6): "Gets the collection of the `TrackedChange` objects in the range." */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.assertLive("getTrackedChanges");
    return TrackedChangeCollectionProxy.within(this.context, "Range.getTrackedChanges", () =>
      this.resolveSpan()
    );
  }

  /** Range.getReviewedText (WordApi 1.4): see editing.ts. */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): ClientResult<string> {
    this.assertLive("getReviewedText");
    return queueReviewedText(this.context, "Range.getReviewedText", changeTrackingVersion, () =>
      this.resolveSpan()
    );
  }

  /**
   * Range.highlight (WordApi 1.8): "Highlights the range temporarily without changing document
   * content." Not a write, so a read-only document allows it too.
   */
  highlight(): void {
    this.queue("highlight", () => {
      this.context.requireApi("1.8", "Range.highlight");
      const s = this.resolveSpan();
      if (s) this.context.model.addTemporaryHighlight(s);
    });
  }

  /**
   * Range.removeHighlight (WordApi 1.8): "Removes the highlight added by the `highlight` method if any."
   * The fake removes every temporary highlight that meets this range.
   */
  removeHighlight(): void {
    this.queue("removeHighlight", () => {
      this.context.requireApi("1.8", "Range.removeHighlight");
      const s = this.resolveSpan();
      if (s) this.context.model.removeTemporaryHighlights(s);
    });
  }

  /** The span this range stands for now (resolving it if needed); null for a null object. */
  resolveSpan(): Span | null {
    return this.target.get()?.span ?? null;
  }

  /** The live span behind this range, for the edits that move it. */
  resolveAnchor(): LiveSpan | null {
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
    if (name === "tables") return this.tables;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}
