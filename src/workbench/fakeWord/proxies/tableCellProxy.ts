import { checkText } from "../editing";
import { itemNotFound } from "../errors";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { TableProxy } from "./tableProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "cellIndex", since: "1.3" },
  { name: "rowIndex", since: "1.3" },
  { name: "value", since: "1.3" },
];

/** A cell of a model table: the table's id and the cell's place in it. */
export type CellRef = { readonly tableId: string; readonly row: number; readonly cell: number };

/**
 * Word.TableCell (WordApi 1.3), as Paragraph.parentTableCellOrNullObject ("If it isn't contained in a
 * table cell, then this method will return an object with its isNullObject property set to true") and
 * Table.getCell return it. `resolve` runs at each use, so the cell is the one there at that point of
 * the batch; a cell whose table is gone fails with ItemNotFound.
 */
export class TableCellProxy extends ProxyBase {
  private tableProxy: TableProxy | undefined;

  constructor(
    context: RequestContext,
    private readonly resolve: () => CellRef | null
  ) {
    super(context);
  }

  protected get typeName(): string {
    return "TableCell";
  }

  /** TableCell.rowIndex: "Gets the index of the cell's row in the table." */
  get rowIndex(): number {
    return this.readScalar("rowIndex");
  }

  /** TableCell.cellIndex: "Gets the index of the cell in its row." */
  get cellIndex(): number {
    return this.readScalar("cellIndex");
  }

  /**
   * TableCell.value: "Specifies the text of the cell." Read: its paragraphs joined by "\r" (as
   * Range.text). Set: the cell's text is replaced, as Range.insertText's Replace does (a tracked
   * deletion and insertion under Track Changes); a "\r" or "\n" is refused as in editing.ts.
   */
  get value(): string {
    return this.readScalar("value");
  }

  set value(text: string) {
    const location = "TableCell.value";
    this.writeScalar("value", text, () => {
      this.context.requireApi("1.3", location);
      this.context.assertWritable(location);
      checkText(location, text);
      const ref = this.resolve();
      if (!ref) return;
      this.paragraphs(ref);
      this.context.model.setCellText(ref.tableId, ref.row, ref.cell, text, this.context.editor);
    });
  }

  /** TableCell.parentTable: "Gets the parent table of the cell." */
  get parentTable(): TableProxy {
    this.assertLive("parentTable");
    return (this.tableProxy ??= new TableProxy(this.context, () => {
      this.context.requireApi("1.3", "TableCell.parentTable");
      return this.resolve()?.tableId ?? null;
    }));
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected computeScalar(name: string): unknown {
    const ref = this.resolve() as CellRef;
    if (name === "rowIndex") return ref.row;
    if (name === "cellIndex") return ref.cell;
    const { first, last } = this.paragraphs(ref);
    const { model } = this.context;
    return model.textOf({
      start: { paragraph: first, offset: 0 },
      end: model.spanOfParagraph(last).end,
    });
  }

  protected override navigation(name: string): ProxyBase | undefined {
    return name === "parentTable" ? this.parentTable : undefined;
  }

  private paragraphs(ref: CellRef): { first: number; last: number } {
    const found = this.context.model.cellParagraphs(ref.tableId, ref.row, ref.cell);
    if (!found) throw itemNotFound("TableCell", "The cell or its table was deleted.");
    return found;
  }
}
