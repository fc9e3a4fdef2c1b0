import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";

const SCALARS: readonly ScalarDef[] = [
  { name: "cellIndex", since: "1.3" },
  { name: "rowIndex", since: "1.3" },
];

/**
 * Word.TableCell as Paragraph.parentTableCellOrNullObject returns it (WordApi 1.3): "Gets the table
 * cell that contains the paragraph. If it isn't contained in a table cell, then this method will
 * return an object with its isNullObject property set to true." Only the indices are modelled.
 */
export class TableCellProxy extends ProxyBase {
  constructor(
    context: RequestContext,
    private readonly paragraphIndex: () => number | null
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

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    const index = this.paragraphIndex();
    return index === null || this.context.model.paragraph(index).table === undefined;
  }

  protected computeScalar(name: string): unknown {
    const table = this.context.model.paragraph(this.paragraphIndex() as number).table!;
    return name === "rowIndex" ? table.row : table.cell;
  }
}
