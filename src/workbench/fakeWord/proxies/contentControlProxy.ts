import { queueInsertText } from "../editing";
import { invalidArgument, invalidObjectPath, itemNotFound, notImplemented } from "../errors";
import { Lazy, Slot } from "../lazy";
import {
  locate,
  selectionFor,
  type InsertLocationInput,
  type RangeLocationInput,
  type SelectionModeInput,
} from "../locations";
import {
  CONTENT_CONTROL_APPEARANCES,
  type ContentControlAppearanceValue,
  type ContentControlProperties,
} from "../contentControlStore";
import type { ContentControlInfo, TableInfo } from "../model";
import { queueInsertParagraph } from "../paragraphEditing";
import type { RequestContext } from "../requestContext";
import type { Span } from "../spans";
import { ProxyBase, type ScalarDef } from "./base";
import { ParagraphCollectionProxy } from "./paragraphCollectionProxy";
import { ParagraphProxy } from "./paragraphProxy";
import { RangeProxy } from "./rangeProxy";
import { TableCollectionProxy } from "./tableCollectionProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "appearance" },
  { name: "cannotDelete" },
  { name: "cannotEdit" },
  { name: "id" },
  { name: "subtype", since: "1.3" },
  { name: "tag" },
  { name: "text" },
  { name: "title" },
  { name: "type" },
];

/**
 * Word.ContentControl (WordApi 1.1), standing for one model control by id (contentControlStore.ts): a
 * rich text control around whole paragraphs. A control deleted since fails with ItemNotFound.
 *
 * cannotDelete and cannotEdit are kept and reported but not enforced: their doc comments speak of what
 * "the user" can do, and the fake's API calls are the add-in's.
 */
export class ContentControlProxy extends ProxyBase {
  private readonly target: Lazy<number | null>;
  private paragraphsProxy: ParagraphCollectionProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;

  constructor(context: RequestContext, resolve: () => number | null) {
    super(context);
    this.target = new Lazy(resolve);
  }

  /**
   * Range.insertContentControl / Paragraph.insertContentControl (WordApi 1.1): "Wraps the `Range`
   * object with a content control." The fake makes block-level rich text controls only, so it wraps the
   * span's whole paragraphs (and a table it starts or ends in; FakeDocument.insertContentControl) where
   * Word would put an inline control around part of a paragraph. The contentControlType parameter "was
   * introduced in WordApi 1.5"; a type other than RichText is NotImplemented. A control that would
   * overlap another without holding it fails with InvalidArgument (controls nest, the fake's rule).
   */
  static wrap(
    context: RequestContext,
    location: string,
    contentControlType: unknown,
    spanOf: () => Span | null
  ): ContentControlProxy {
    context.assertLive(location);
    const created = new Slot<number | null>(() => invalidObjectPath(location));
    context.enqueueWrite(location, () => {
      if (contentControlType !== undefined) {
        context.requireApi("1.5", location);
        if (String(contentControlType).toLowerCase() !== "richtext")
          throw notImplemented(
            location,
            "The fake Word API makes rich text content controls only."
          );
      }
      const s = spanOf();
      if (!s) return created.fill(null);
      try {
        created.fill(context.model.insertContentControl(s));
      } catch (error) {
        if (error instanceof RangeError) throw invalidArgument(location, error.message);
        throw error;
      }
    });
    return new ContentControlProxy(context, () => created.get());
  }

  protected get typeName(): string {
    return "ContentControl";
  }

  /** ContentControl.id: "This number is unique for each content control and doesn't change." */
  get id(): number {
    return this.readScalar("id");
  }

  /** ContentControl.text: "Gets the text of the content control." Paragraphs joined by "\r", as Range.text. */
  get text(): string {
    return this.readScalar("text");
  }

  /** ContentControl.type: "RichText" — the only type the fake makes. */
  get type(): string {
    return this.readScalar("type");
  }

  /** ContentControl.subtype (WordApi 1.3): "RichTextParagraphs", a rich text control around paragraphs. */
  get subtype(): string {
    return this.readScalar("subtype");
  }

  /** ContentControl.tag: "The tag can be used to identify a content control programmatically." */
  get tag(): string {
    return this.readScalar("tag");
  }

  set tag(value: string) {
    this.writeProperty("tag", value, () => this.stringValue("tag", value));
  }

  /** ContentControl.title: "Specifies the title for a content control." */
  get title(): string {
    return this.readScalar("title");
  }

  set title(value: string) {
    this.writeProperty("title", value, () => this.stringValue("title", value));
  }

  /** ContentControl.appearance: "The value can be `boundingBox`, `tags`, or `hidden`." Default BoundingBox. */
  get appearance(): ContentControlAppearanceValue {
    return this.readScalar("appearance");
  }

  set appearance(value: ContentControlAppearanceValue) {
    this.writeProperty("appearance", value, () => {
      const found = CONTENT_CONTROL_APPEARANCES.find(
        (a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase()
      );
      if (!found)
        throw invalidArgument(
          "ContentControl.appearance",
          `The appearance must be BoundingBox, Tags or Hidden; got ${JSON.stringify(value)}.`
        );
      return found;
    });
  }

  /** ContentControl.cannotDelete: "Specifies whether the user can delete the content control." */
  get cannotDelete(): boolean {
    return this.readScalar("cannotDelete");
  }

  set cannotDelete(value: boolean) {
    this.writeProperty("cannotDelete", value, () => this.flag("cannotDelete", value));
  }

  /** ContentControl.cannotEdit: "Specifies whether the user can edit the contents of the content control." */
  get cannotEdit(): boolean {
    return this.readScalar("cannotEdit");
  }

  set cannotEdit(value: boolean) {
    this.writeProperty("cannotEdit", value, () => this.flag("cannotEdit", value));
  }

  /**
   * ContentControl.paragraphs: "For requirement sets 1.1 and 1.2, paragraphs in tables wholly contained
   * within this content control aren't returned. From requirement set 1.3, paragraphs in such tables are
   * also returned." As they are at each use.
   */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphsProxy ??= new ParagraphCollectionProxy(
      this.context,
      () => {
        const c = this.resolve();
        if (!c) return [];
        const { model } = this.context;
        const withTables = this.context.supports("1.3");
        return model
          .paragraphsIn(c.span)
          .filter((p) => withTables || model.paragraph(p).table === undefined);
      },
      true
    );
    return this.paragraphsProxy;
  }

  /** ContentControl.tables (WordApi 1.3): "Gets the collection of `Table` objects in the content control." */
  get tables(): TableCollectionProxy {
    this.tablesProxy ??= TableCollectionProxy.of(this.context, "ContentControl.tables", () => {
      const c = this.resolve();
      if (!c) return [];
      return this.tablesIn(c).map((t) => t.id);
    });
    return this.tablesProxy;
  }

  /**
   * ContentControl.getRange (WordApi 1.3): "The range location must be `whole`, `start`, `end`,
   * `before`, `after`, or `content`." (locations.ts)
   */
  getRange(rangeLocation?: RangeLocationInput): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "ContentControl.getRange");
      const c = this.resolve();
      return c && locate(this.context.model, "ContentControl", c.span, rangeLocation);
    });
  }

  /**
   * ContentControl.insertText: "The value must be `replace`, `start`, or `end`." The control grows over
   * what it inserts (as a Range does at its own Start, End or Replace). Replacing the content of a
   * control that holds a table is NotImplemented: the model would merge the table's cells into text.
   */
  insertText(text: string, insertLocation: InsertLocationInput): RangeProxy {
    this.assertLive("insertText");
    const replace =
      typeof insertLocation === "string" && insertLocation.toLowerCase() === "replace";
    return queueInsertText(
      this.context,
      "ContentControl.insertText",
      text,
      insertLocation,
      ["replace", "start", "end"],
      () => {
        const c = this.resolve();
        if (c && replace && this.tablesIn(c).length > 0)
          throw notImplemented(
            "ContentControl.insertText",
            "The fake Word API does not replace a content control's content when it holds a table."
          );
        return c && (this.context.model.contentControlAnchor(c.id) ?? null);
      }
    );
  }

  /**
   * ContentControl.insertParagraph: "The value must be `start`, `end`, `before`, or `after`." Start and
   * End put the paragraph inside the control, Before and After outside it. In a table cell the
   * paragraph stays in the cell; else it is a body paragraph (beside a table the control holds).
   */
  insertParagraph(paragraphText: string, insertLocation: InsertLocationInput): ParagraphProxy {
    this.assertLive("insertParagraph");
    return queueInsertParagraph(
      this.context,
      "ContentControl.insertParagraph",
      { text: paragraphText, insertLocation },
      ["start", "end", "before", "after"],
      (where) => {
        const c = this.resolve();
        if (!c) return null;
        const { model, editor } = this.context;
        const first = model.paragraph(c.firstParagraph).table;
        const last = model.paragraph(c.lastParagraph).table;
        const inCell =
          first &&
          last &&
          first.table === last.table &&
          first.row === last.row &&
          first.cell === last.cell;
        const atStart = where === "start" || where === "before";
        const index = inCell
          ? model.insertParagraph(
              atStart ? c.firstParagraph : c.lastParagraph,
              atStart ? "before" : "after",
              paragraphText,
              editor
            )
          : model.insertBodyParagraph(
              atStart ? c.firstParagraph : c.lastParagraph + 1,
              paragraphText,
              editor
            );
        const own = model.contentControlAnchor(c.id);
        if (own && where === "start")
          own.span = { start: { paragraph: index, offset: 0 }, end: own.span.end };
        if (own && where === "end")
          own.span = { start: own.span.start, end: model.spanOfParagraph(index).end };
        return index;
      }
    );
  }

  /**
   * ContentControl.delete: "Deletes the content control and its content. If `keepContent` is set to
   * `true`, the content isn't deleted." Under Track Changes, deleting the content is a tracked deletion
   * and the control stays in the document — still in contentControls — until it is accepted: by design
   * in Word (https://github.com/OfficeDev/office-js/issues/1299, and the struck-through control of
   * https://github.com/OfficeDev/office-js/issues/1524). keepContent must be a boolean (InvalidArgument).
   */
  delete(keepContent: boolean): void {
    this.queueWrite("delete", () => {
      if (typeof keepContent !== "boolean")
        throw invalidArgument("ContentControl.delete", "keepContent must be true or false.");
      const c = this.resolve();
      if (!c) return;
      const { model, editor } = this.context;
      if (keepContent) model.removeContentControl(c.id);
      else model.deleteContentControl(c.id, editor);
    });
  }

  /** ContentControl.select: "Selects the content control. This causes Word to scroll to the selection." */
  select(selectionMode?: SelectionModeInput): void {
    this.queue("select", () => {
      const c = this.resolve();
      if (c) this.context.model.setSelection(selectionFor("ContentControl", c.span, selectionMode));
    });
  }

  private tablesIn(c: ContentControlInfo): TableInfo[] {
    return this.context.model
      .tables()
      .filter((t) => t.firstParagraph >= c.firstParagraph && t.lastParagraph <= c.lastParagraph);
  }

  /** The control now; null for a null object, ItemNotFound once it is gone. */
  resolve(): ContentControlInfo | null {
    const id = this.target.get();
    if (id === null) return null;
    const c = this.context.model.contentControl(id);
    if (!c) throw itemNotFound("ContentControl", "The content control was deleted.");
    return c;
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected computeScalar(name: string): unknown {
    const c = this.resolve() as ContentControlInfo;
    switch (name) {
      case "text":
        return this.context.model.textOf(c.span);
      case "type":
        return "RichText";
      case "subtype":
        return "RichTextParagraphs";
      default:
        return c[name as keyof ContentControlProperties | "id"];
    }
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "tables") return this.tables;
    return undefined;
  }

  /** A property write: a change to the document, checked and applied at sync; not a tracked change. */
  private writeProperty<K extends keyof ContentControlProperties>(
    name: K,
    value: unknown,
    check: () => ContentControlProperties[K]
  ): void {
    const location = `ContentControl.${name}`;
    this.writeScalar(name, value, () => {
      this.context.assertWritable(location);
      const checked = check();
      const c = this.resolve();
      if (c) this.context.model.updateContentControl(c.id, { [name]: checked });
    });
  }

  private stringValue(name: "tag" | "title", value: unknown): string {
    if (typeof value !== "string")
      throw invalidArgument(`ContentControl.${name}`, `The ${name} must be a string.`);
    return value;
  }

  private flag(name: "cannotDelete" | "cannotEdit", value: unknown): boolean {
    if (typeof value !== "boolean")
      throw invalidArgument(`ContentControl.${name}`, `${name} must be true or false.`);
    return value;
  }
}
