import { invalidArgument, itemNotFound } from "../errors";
import { Lazy } from "../lazy";
import {
  locate,
  selectionFor,
  type InsertLocationInput,
  type RangeLocationInput,
  type SelectionModeInput,
} from "../locations";
import type { TableInfo } from "../model";
import { queueInsertParagraph } from "../paragraphEditing";
import type { RequestContext } from "../requestContext";
import type { Span } from "../spans";
import { builtInStyle, builtInStyleOf } from "../styles";
import { queueInsertTable } from "../tableEditing";
import { ProxyBase, type ScalarDef } from "./base";
import { ParagraphProxy } from "./paragraphProxy";
import { RangeProxy } from "./rangeProxy";
import { TableCellProxy } from "./tableCellProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "headerRowCount", since: "1.3" },
  { name: "isUniform", since: "1.3" },
  { name: "nestingLevel", since: "1.3" },
  { name: "rowCount", since: "1.3" },
  { name: "style", since: "1.3" },
  { name: "styleBuiltIn", since: "1.3" },
  { name: "values", since: "1.3" },
];

/**
 * Word.Table (WordApi 1.3), standing for one model table by id (tables.ts), so it stays the same table
 * as others are inserted before it. A table deleted since fails with ItemNotFound.
 */
export class TableProxy extends ProxyBase {
  private readonly target: Lazy<string | null>;

  constructor(context: RequestContext, resolve: () => string | null) {
    super(context);
    this.target = new Lazy(resolve);
  }

  protected get typeName(): string {
    return "Table";
  }

  /** Table.rowCount: "Gets the number of rows in the table." */
  get rowCount(): number {
    return this.readScalar("rowCount");
  }

  /** Table.values: "Specifies the text values in the table, as a 2D JavaScript array." */
  get values(): string[][] {
    return this.readScalar("values");
  }

  /** Table.isUniform: "Indicates whether all of the table rows are uniform." (same number of cells) */
  get isUniform(): boolean {
    return this.readScalar("isUniform");
  }

  /** Table.nestingLevel: "Top-level tables have level 1." The model has no nested tables. */
  get nestingLevel(): number {
    return this.readScalar("nestingLevel");
  }

  /**
   * Table.headerRowCount: "Specifies the number of header rows." A table Word inserts has none (the
   * fake's guess, as for tables read from a snapshot). Set: a whole number from 0 to rowCount, else
   * InvalidArgument (the fake's rule). Not a tracked change.
   */
  get headerRowCount(): number {
    return this.readScalar("headerRowCount");
  }

  set headerRowCount(value: number) {
    const location = "Table.headerRowCount";
    this.writeScalar("headerRowCount", value, () => {
      this.context.requireApi("1.3", location);
      this.context.assertWritable(location);
      const t = this.current();
      if (!t) return;
      if (
        typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < 0 ||
        value > t.rows.length
      )
        throw invalidArgument(location, `A header row count must be 0 to ${t.rows.length}.`);
      this.context.model.updateTable(t.id, { headerRowCount: value });
    });
  }

  /**
   * Table.style: "Specifies the style name for the table. Use this property for custom styles and
   * localized style names." Any non-empty name is kept (the model cannot tell which styles the document
   * defines). Not a tracked change.
   */
  get style(): string {
    return this.readScalar("style");
  }

  set style(value: string) {
    const location = "Table.style";
    this.writeScalar("style", value, () => {
      this.context.requireApi("1.3", location);
      this.context.assertWritable(location);
      if (typeof value !== "string" || value.trim() === "")
        throw invalidArgument(location, "A style name must be a non-empty string.");
      const t = this.current();
      if (t) this.context.model.updateTable(t.id, { style: value });
    });
  }

  /**
   * Table.styleBuiltIn: "Specifies the built-in style name for the table." Read: derived from the style
   * name ("Table Grid" → "TableGrid", a custom name → "Other"). Set: a table style of
   * Word.BuiltInStyleName stores its English name; "Other" or a paragraph style fails with
   * InvalidArgument (the fake's rule).
   */
  get styleBuiltIn(): string {
    return this.readScalar("styleBuiltIn");
  }

  set styleBuiltIn(value: string) {
    const location = "Table.styleBuiltIn";
    this.writeScalar("styleBuiltIn", value, () => {
      this.context.requireApi("1.3", location);
      this.context.assertWritable(location);
      const style = builtInStyle(value);
      if (style?.kind !== "table")
        throw invalidArgument(location, `${JSON.stringify(value)} is not a built-in table style.`);
      const t = this.current();
      if (t) this.context.model.updateTable(t.id, { style: style.name });
    });
  }

  /** Table.getRange: "The range location must be `whole`, `start`, `end`, or `after`." */
  getRange(rangeLocation?: RangeLocationInput): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.3", "Table.getRange");
      const s = this.resolveSpan();
      return s && locate(this.context.model, "Table", s, rangeLocation);
    });
  }

  /**
   * Table.insertParagraph: "The value must be `before` or `after`." A body paragraph (style Normal, in
   * no cell) right before or after the table.
   */
  insertParagraph(paragraphText: string, insertLocation: InsertLocationInput): ParagraphProxy {
    this.assertLive("insertParagraph");
    return queueInsertParagraph(
      this.context,
      "Table.insertParagraph",
      { text: paragraphText, insertLocation },
      ["before", "after"],
      (where) => {
        const t = this.current();
        if (!t) return null;
        const { model, editor } = this.context;
        const at = where === "before" ? t.firstParagraph : t.lastParagraph + 1;
        return model.insertBodyParagraph(at, paragraphText, editor);
      },
      "1.3"
    );
  }

  /**
   * Table.insertTable: "The value must be `before` or `after`." Word merges tables that touch, so an
   * empty paragraph separates the two (FakeDocument.insertTable).
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
      "Table.insertTable",
      { rowCount, columnCount, insertLocation, values },
      ["before", "after"],
      (where) => {
        const t = this.current();
        if (!t) return null;
        return where === "before" ? t.firstParagraph : t.lastParagraph + 1;
      }
    );
  }

  /**
   * Table.delete: "Deletes the entire table." Under Track Changes its text and paragraph marks are a
   * tracked deletion (FakeDocument.deleteTable).
   */
  delete(): void {
    this.queueWrite(
      "delete",
      () => {
        const t = this.current();
        if (t) this.context.model.deleteTable(t.id, this.context.editor);
      },
      "1.3"
    );
  }

  /** Table.getCell: "Throws an `ItemNotFound` error if the specified table cell doesn't exist." */
  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return this.cell("getCell", rowIndex, cellIndex, true);
  }

  /** Table.getCellOrNullObject: a null object if the cell doesn't exist. */
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellProxy {
    return this.cell("getCellOrNullObject", rowIndex, cellIndex, false);
  }

  /** Table.select: "Selects the table, or the position at the start or end of the table." */
  select(selectionMode?: SelectionModeInput): void {
    this.queue("select", () => {
      this.context.requireApi("1.3", "Table.select");
      const s = this.resolveSpan();
      if (s) this.context.model.setSelection(selectionFor("Table", s, selectionMode));
    });
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.current() === null;
  }

  protected computeScalar(name: string): unknown {
    const t = this.current() as TableInfo;
    switch (name) {
      case "headerRowCount":
        return t.headerRowCount;
      case "isUniform":
        return t.rows.every((row) => row.length === t.rows[0].length);
      case "nestingLevel":
        return 1;
      case "rowCount":
        return t.rows.length;
      case "style":
        return t.style;
      case "styleBuiltIn":
        return builtInStyleOf(t.style);
      case "values":
        return t.rows.map((row) => [...row]);
      default:
        return undefined;
    }
  }

  /** The table now; null for a null object, ItemNotFound once it is gone. */
  current(): TableInfo | null {
    const id = this.target.get();
    if (id === null) return null;
    const t = this.context.model.table(id);
    if (!t) throw itemNotFound("Table", "The table was deleted.");
    return t;
  }

  private resolveSpan(): Span | null {
    const t = this.current();
    if (!t) return null;
    const { model } = this.context;
    return {
      start: { paragraph: t.firstParagraph, offset: 0 },
      end: model.spanOfParagraph(t.lastParagraph).end,
    };
  }

  private cell(member: string, row: number, cell: number, required: boolean): TableCellProxy {
    this.assertLive(member);
    return new TableCellProxy(this.context, () => {
      this.context.requireApi("1.3", `Table.${member}`);
      const t = this.current();
      if (!t) return null;
      if (this.context.model.cellParagraphs(t.id, row, cell)) return { tableId: t.id, row, cell };
      if (required)
        throw itemNotFound(`Table.${member}`, `The table has no cell at row ${row}, cell ${cell}.`);
      return null;
    });
  }
}
