/**
 * insertTable on Body, Paragraph, Range and Table (WordApi 1.3): "Inserts a table with the specified
 * number of rows and columns. … @param values Optional 2D array. Cells are filled if the corresponding
 * strings are specified in the array." (doc comments in @types/office-js). Queued, checked and carried
 * out at sync like the other editing commands (editing.ts).
 */
import { checkText } from "./editing";
import { invalidArgument, invalidObjectPath, notImplemented } from "./errors";
import { Slot } from "./lazy";
import { insertWhere, type InsertWhere } from "./locations";
import { TableProxy } from "./proxies/tableProxy";
import type { RequestContext } from "./requestContext";

/**
 * The fake's rules for the arguments, Word's docs being silent: row and column counts are whole numbers
 * from 1; `values` may leave cells out (they stay empty) but a row or column beyond the table fails with
 * InvalidArgument, as does a value that is not a string or holds a paragraph break (editing.ts).
 */
export function checkTableArguments(
  location: string,
  rowCount: unknown,
  columnCount: unknown,
  values: unknown
): string[][] {
  for (const [name, n] of [
    ["rowCount", rowCount],
    ["columnCount", columnCount],
  ] as const)
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
      throw invalidArgument(location, `${name} must be a whole number, 1 or more.`);
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values) || !values.every(Array.isArray))
    throw invalidArgument(location, "values must be an array of rows, each an array of strings.");
  const rows = values as unknown[][];
  if (rows.length > (rowCount as number) || rows.some((r) => r.length > (columnCount as number)))
    throw invalidArgument(location, "values has more rows or columns than the table.");
  return rows.map((r) => r.map((v) => checkText(location, v)));
}

/** The refusal for a table in a table cell: Word nests it, the model cannot (one table level). */
export function nestedTable(location: string): Error {
  return notImplemented(
    location,
    "The fake Word API does not model nested tables; insert the table beside the table instead."
  );
}

/**
 * Queues an insertTable. `placeOf` gives the model index to insert before (see
 * FakeDocument.insertTable), or null for a null object; it may throw (nestedTable).
 */
export function queueInsertTable(
  context: RequestContext,
  location: string,
  args: { rowCount: number; columnCount: number; insertLocation: unknown; values?: unknown },
  allowed: readonly InsertWhere[],
  placeOf: (where: InsertWhere) => number | null
): TableProxy {
  const created = new Slot<string | null>(() => invalidObjectPath(location));
  context.enqueueWrite(
    location,
    () => {
      const where = insertWhere(location, args.insertLocation, allowed);
      const values = checkTableArguments(location, args.rowCount, args.columnCount, args.values);
      const at = placeOf(where);
      if (at === null) return created.fill(null);
      const { model, editor } = context;
      created.fill(model.insertTable(at, args.rowCount, args.columnCount, values, editor));
    },
    "1.3"
  );
  return new TableProxy(context, () => created.get());
}
