import { queueInsertText, queueReviewedText } from "../editing";
import { invalidArgument, itemNotFound } from "../errors";
import { Lazy } from "../lazy";
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
import type { Span } from "../spans";
import { builtInStyle, builtInStyleOf } from "../styles";
import { nestedTable, queueInsertTable } from "../tableEditing";
import { ProxyBase, type ScalarDef } from "./base";
import type { ClientResult } from "./clientResult";
import { CommentCollectionProxy } from "./commentCollectionProxy";
import { ContentControlProxy } from "./contentControlProxy";
import { FontProxy } from "./fontProxy";
import { RangeCollectionProxy } from "./rangeCollectionProxy";
import { RangeProxy } from "./rangeProxy";
import { TableCellProxy } from "./tableCellProxy";
import { TableProxy } from "./tableProxy";
import { TrackedChangeCollectionProxy } from "./trackedChangeCollectionProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "isListItem", since: "1.3" },
  { name: "style" },
  { name: "styleBuiltIn", since: "1.3" },
  { name: "tableNestingLevel", since: "1.3" },
  { name: "text" },
  { name: "uniqueLocalId", since: "1.6" },
];

/**
 * Word.Paragraph, standing for one paragraph of the model. `resolve` gives its index (a number) or its
 * id (a string); from then on the proxy follows the paragraph by id, so it stays the same paragraph
 * when others are inserted or deleted before it. A paragraph that is gone (deleted, or joined into
 * another) fails with ItemNotFound.
 */
export class ParagraphProxy extends ProxyBase {
  private readonly target: Lazy<string | null>;
  private fontProxy: FontProxy | undefined;
  private cellProxy: TableCellProxy | undefined;
  private tableProxies = new Map<string, TableProxy>();

  constructor(context: RequestContext, resolve: () => number | string | null) {
    super(context);
    this.target = new Lazy(() => {
      const at = resolve();
      return typeof at === "number" ? context.model.paragraph(at).id : at;
    });
  }

  protected get typeName(): string {
    return "Paragraph";
  }

  /** Paragraph.text: "Gets the text of the paragraph." (without its paragraph mark) */
  get text(): string {
    return this.readScalar("text");
  }

  /**
   * Paragraph.style: "Specifies the style name for the paragraph. Use this property for custom styles
   * and localized style names." Read: the name as the document has it ("Heading 2", "标题 1"). Set: any
   * non-empty name is kept (the model cannot tell which styles the document defines); a heading name
   * sets the heading level. Under Track Changes a "format" revision (FakeDocument.setParagraphStyle).
   */
  get style(): string {
    return this.readScalar("style");
  }

  set style(value: string) {
    const location = "Paragraph.style";
    this.writeScalar("style", value, () => {
      this.context.assertWritable(location);
      if (typeof value !== "string" || value.trim() === "")
        throw invalidArgument(location, "A style name must be a non-empty string.");
      this.setStyle(value);
    });
  }

  /**
   * Paragraph.styleBuiltIn (WordApi 1.3): "Heading2", "Normal", … or "Other" for a custom style
   * (styles.ts). Set: a paragraph style of Word.BuiltInStyleName stores its English name ("Heading1" →
   * "Heading 1"); "Other", a table style or an unknown value fails with InvalidArgument (the fake's
   * rule).
   */
  get styleBuiltIn(): string {
    return this.readScalar("styleBuiltIn");
  }

  set styleBuiltIn(value: string) {
    const location = "Paragraph.styleBuiltIn";
    this.writeScalar("styleBuiltIn", value, () => {
      this.context.requireApi("1.3", location);
      this.context.assertWritable(location);
      const style = builtInStyle(value);
      if (style?.kind !== "paragraph")
        throw invalidArgument(
          location,
          `${JSON.stringify(value)} is not a built-in paragraph style.`
        );
      this.setStyle(style.name);
    });
  }

  /** Paragraph.tableNestingLevel: "It returns 0 if the paragraph isn't in a table." The model has no nested tables: 1 in a cell. */
  get tableNestingLevel(): number {
    return this.readScalar("tableNestingLevel");
  }

  /** Paragraph.isListItem: "Checks whether the paragraph is a list item." True when the model paragraph has a list label. */
  get isListItem(): boolean {
    return this.readScalar("isListItem");
  }

  /** Paragraph.uniqueLocalId (WordApi 1.6): "ID is in standard 8-4-4-4-12 GUID format without curly braces". */
  get uniqueLocalId(): string {
    return this.readScalar("uniqueLocalId");
  }

  get font(): FontProxy {
    this.fontProxy ??= new FontProxy(this.context, () => this.resolveSpan());
    return this.fontProxy;
  }

  /** Paragraph.getRange: "Gets the whole paragraph, or the starting or ending point of the paragraph, as a range." */
  getRange(rangeLocation?: RangeLocationInput): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "Paragraph.getRange");
      const s = this.resolveSpan();
      return s && locate(this.context.model, "Paragraph", s, rangeLocation);
    });
  }

  /** Paragraph.search: "Performs a search with the specified search options on the scope of the `Paragraph` object." */
  search(searchText: string, searchOptions?: SearchOptionsInput): RangeCollectionProxy {
    this.assertLive("search");
    return RangeCollectionProxy.search(
      this.context,
      "Paragraph.search",
      () => this.resolveSpan(),
      searchText,
      searchOptions
    );
  }

  /** Paragraph.select: "Selects and navigates the Word UI to the paragraph." */
  select(selectionMode?: SelectionModeInput): void {
    this.queue("select", () => {
      const s = this.resolveSpan();
      if (s) this.context.model.setSelection(selectionFor("Paragraph", s, selectionMode));
    });
  }

  /**
   * Paragraph.insertText: "Inserts text into the paragraph at the specified location. … The value must
   * be `replace`, `start`, or `end`." Returns the inserted text.
   */
  insertText(text: string, insertLocation: InsertLocationInput): RangeProxy {
    this.assertLive("insertText");
    return queueInsertText(
      this.context,
      "Paragraph.insertText",
      text,
      insertLocation,
      ["replace", "start", "end"],
      () => this.resolveSpan()
    );
  }

  /**
   * Paragraph.insertParagraph: "The value must be `before` or `after`." The new paragraph takes style
   * Normal and stays in this paragraph's table cell (model.ts).
   */
  insertParagraph(paragraphText: string, insertLocation: InsertLocationInput): ParagraphProxy {
    this.assertLive("insertParagraph");
    return queueInsertParagraph(
      this.context,
      "Paragraph.insertParagraph",
      { text: paragraphText, insertLocation },
      ["before", "after"],
      (where) => {
        const index = this.resolveIndex();
        if (index === null) return null;
        const { model, editor } = this.context;
        return model.insertParagraph(index, where as "before" | "after", paragraphText, editor);
      }
    );
  }

  /**
   * Paragraph.insertTable (WordApi 1.3): "The value must be `before` or `after`." In a table cell Word
   * would nest the table there (Paragraph.tableNestingLevel, Table.nestingLevel); the model has one table
   * level, so the fake refuses with NotImplemented.
   */
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertLocationInput,
    values?: string[][]
  ): TableProxy {
    this.assertLive("insertTable");
    const location = "Paragraph.insertTable";
    return queueInsertTable(
      this.context,
      location,
      { rowCount, columnCount, insertLocation, values },
      ["before", "after"],
      (where) => {
        const index = this.resolveIndex();
        if (index === null) return null;
        if (this.context.model.paragraph(index).table) throw nestedTable(location);
        return where === "before" ? index : index + 1;
      }
    );
  }

  /** Paragraph.insertContentControl: "Wraps the `Paragraph` object with a content control." */
  insertContentControl(contentControlType?: string): ContentControlProxy {
    return ContentControlProxy.wrap(
      this.context,
      "Paragraph.insertContentControl",
      contentControlType,
      () => this.resolveSpan()
    );
  }

  /**
   * Paragraph.delete: "Deletes the paragraph and its content from the document." Its mark goes too (the
   * last paragraph's text joins the one before); under Track Changes all of it is a tracked deletion.
   */
  delete(): void {
    this.queueWrite("delete", () => {
      const index = this.resolveIndex();
      if (index !== null) this.context.model.deleteParagraph(index, this.context.editor);
    });
  }

  /** Paragraph.getComments (WordApi 1.4): "Gets comments associated with the paragraph." */
  getComments(): CommentCollectionProxy {
    this.assertLive("getComments");
    return CommentCollectionProxy.within(this.context, "Paragraph.getComments", () =>
      this.resolveSpan()
    );
  }

  /** Paragraph.getTrackedChanges (WordApi 1.6): "Gets the collection of the `TrackedChange` objects in the paragraph." */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    this.assertLive("getTrackedChanges");
    return TrackedChangeCollectionProxy.within(this.context, "Paragraph.getTrackedChanges", () =>
      this.resolveSpan()
    );
  }

  /** Paragraph.getReviewedText (WordApi 1.4): see editing.ts. */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): ClientResult<string> {
    this.assertLive("getReviewedText");
    return queueReviewedText(this.context, "Paragraph.getReviewedText", changeTrackingVersion, () =>
      this.resolveSpan()
    );
  }

  /** The paragraph's index in the model now; null for a null object. */
  resolveIndex(): number | null {
    const id = this.target.get();
    if (id === null) return null;
    const index = this.context.model.indexOfId(id);
    if (index === undefined)
      throw itemNotFound("Paragraph", "The paragraph was deleted or joined into another.");
    return index;
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.resolveIndex() === null;
  }

  protected computeScalar(name: string): unknown {
    const p = this.context.model.paragraph(this.resolveIndex() as number);
    switch (name) {
      case "text":
        return p.text;
      case "style":
        return p.style;
      case "styleBuiltIn":
        return builtInStyleOf(p.style);
      case "tableNestingLevel":
        return p.table ? 1 : 0;
      case "isListItem":
        return p.listLabel !== undefined;
      case "uniqueLocalId":
        return p.id;
      default:
        return undefined;
    }
  }

  /** Paragraph.parentTableCellOrNullObject (WordApi 1.3): the cell holding the paragraph, or a null object. */
  get parentTableCellOrNullObject(): TableCellProxy {
    this.context.requireApi("1.3", "Paragraph.parentTableCellOrNullObject");
    return (this.cellProxy ??= new TableCellProxy(this.context, () => {
      const index = this.resolveIndex();
      const { model } = this.context;
      const t = index === null ? undefined : model.paragraph(index).table;
      return t
        ? { tableId: model.tableIdAt(index as number) as string, row: t.row, cell: t.cell }
        : null;
    }));
  }

  /** Paragraph.parentTable (WordApi 1.3): "Throws an `ItemNotFound` error if it isn't contained in a table." */
  get parentTable(): TableProxy {
    return this.tableOf("parentTable", true);
  }

  /** Paragraph.parentTableOrNullObject (WordApi 1.3): a null object outside tables. */
  get parentTableOrNullObject(): TableProxy {
    return this.tableOf("parentTableOrNullObject", false);
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "font") return this.font;
    if (name === "parentTableCellOrNullObject") return this.parentTableCellOrNullObject;
    if (name === "parentTable") return this.parentTable;
    if (name === "parentTableOrNullObject") return this.parentTableOrNullObject;
    return undefined;
  }

  private setStyle(style: string): void {
    const index = this.resolveIndex();
    if (index !== null) this.context.model.setParagraphStyle(index, style, this.context.editor);
  }

  private tableOf(member: string, required: boolean): TableProxy {
    this.assertLive(member);
    let proxy = this.tableProxies.get(member);
    if (!proxy) {
      proxy = new TableProxy(this.context, () => {
        this.context.requireApi("1.3", `Paragraph.${member}`);
        const index = this.resolveIndex();
        const id = index === null ? undefined : this.context.model.tableIdAt(index);
        if (id !== undefined) return id;
        if (required && index !== null)
          throw itemNotFound(`Paragraph.${member}`, "The paragraph isn't in a table.");
        return null;
      });
      this.tableProxies.set(member, proxy);
    }
    return proxy;
  }

  private resolveSpan(): Span | null {
    const index = this.resolveIndex();
    return index === null ? null : this.context.model.spanOfParagraph(index);
  }
}
