import { queueInsertText, queueReviewedText } from "../editing";
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
import { queueInsertTable } from "../tableEditing";
import { ProxyBase, type ScalarDef } from "./base";
import type { ClientResult } from "./clientResult";
import { CommentCollectionProxy } from "./commentCollectionProxy";
import { ParagraphCollectionProxy } from "./paragraphCollectionProxy";
import { ParagraphProxy } from "./paragraphProxy";
import { RangeCollectionProxy } from "./rangeCollectionProxy";
import { RangeProxy } from "./rangeProxy";
import { ContentControlCollectionProxy } from "./contentControlCollectionProxy";
import { TableCollectionProxy } from "./tableCollectionProxy";
import type { TableProxy } from "./tableProxy";
import { TrackedChangeCollectionProxy } from "./trackedChangeCollectionProxy";

const SCALARS: readonly ScalarDef[] = [{ name: "text" }];

/** Word.Body: the main text of the document. */
export class BodyProxy extends ProxyBase {
  private paragraphsProxy: ParagraphCollectionProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;
  private contentControlsProxy: ContentControlCollectionProxy | undefined;

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

  /** Every paragraph, table cells included, in document order (as it is when loaded). */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphsProxy ??= new ParagraphCollectionProxy(
      this.context,
      () => Array.from({ length: this.context.model.paragraphCount }, (_, i) => i),
      true
    );
    return this.paragraphsProxy;
  }

  /** Body.tables (WordApi 1.3): "Gets the collection of `Table` objects in the body." */
  get tables(): TableCollectionProxy {
    this.tablesProxy ??= TableCollectionProxy.of(this.context, "Body.tables", () =>
      this.context.model.tables().map((t) => t.id)
    );
    return this.tablesProxy;
  }

  /** Body.contentControls: "Gets the collection of rich text content control objects in the body." */
  get contentControls(): ContentControlCollectionProxy {
    this.contentControlsProxy ??= ContentControlCollectionProxy.of(
      this.context,
      "Body.contentControls",
      () => this.context.model.contentControls()
    );
    return this.contentControlsProxy;
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

  /** Body.insertText: "The value must be `replace`, `start`, or `end`." Returns the inserted text. */
  insertText(text: string, insertLocation: InsertLocationInput): RangeProxy {
    this.assertLive("insertText");
    return queueInsertText(
      this.context,
      "Body.insertText",
      text,
      insertLocation,
      ["replace", "start", "end"],
      () => this.context.model.spanOfBody()
    );
  }

  /**
   * Body.insertParagraph: "The value must be `start` or `end`." — before the first paragraph or after
   * the last; style Normal (model.ts).
   */
  insertParagraph(paragraphText: string, insertLocation: InsertLocationInput): ParagraphProxy {
    this.assertLive("insertParagraph");
    return queueInsertParagraph(
      this.context,
      "Body.insertParagraph",
      { text: paragraphText, insertLocation },
      ["start", "end"],
      (where) => {
        const { model, editor } = this.context;
        return where === "start"
          ? model.insertParagraph(0, "before", paragraphText, editor)
          : model.insertParagraph(model.paragraphCount - 1, "after", paragraphText, editor);
      }
    );
  }

  /**
   * Body.insertTable (WordApi 1.3): "The value must be `start` or `end`." — before the first paragraph
   * or after the last (an empty paragraph follows it there: FakeDocument.insertTable).
   */
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertLocationInput,
    values?: string[][]
  ): TableProxy {
    this.assertLive("insertTable");
    return queueInsertTable(
      this.context,
      "Body.insertTable",
      { rowCount, columnCount, insertLocation, values },
      ["start", "end"],
      (where) => (where === "start" ? 0 : this.context.model.paragraphCount)
    );
  }

  /** Body.getComments (WordApi 1.4): "Gets comments associated with the body." */
  getComments(): CommentCollectionProxy {
    this.assertLive("getComments");
    return CommentCollectionProxy.within(this.context, "Body.getComments", () =>
      this.context.model.spanOfBody()
    );
  }

  /** Body.getTrackedChanges (WordApi 1.6): "Gets the collection of the `TrackedChange` objects in the body." */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.assertLive("getTrackedChanges");
    return TrackedChangeCollectionProxy.within(this.context, "Body.getTrackedChanges", () =>
      this.context.model.spanOfBody()
    );
  }

  /** Body.getReviewedText (WordApi 1.4): see editing.ts. */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): ClientResult<string> {
    this.assertLive("getReviewedText");
    return queueReviewedText(this.context, "Body.getReviewedText", changeTrackingVersion, () =>
      this.context.model.spanOfBody()
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
    if (name === "paragraphs") return this.paragraphs;
    if (name === "tables") return this.tables;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}
