/**
 * Paragraph.parentTableCellOrNullObject (WordApi 1.3): "Gets the table cell that contains the
 * paragraph. If it isn't contained in a table cell, then this method will return an object with its
 * isNullObject property set to true."
 */
import { fakeWordOf } from "./helpers";

describe("Paragraph.parentTableCellOrNullObject", () => {
  const paragraphs = [
    "Body text",
    { text: "Response", table: { table: 0, row: 0, cell: 1 } },
    { text: "4 hours", table: { table: 0, row: 2, cell: 1 } },
  ];

  it("gives the row and cell of a table paragraph, loaded through the collection in one sync", async () => {
    const { Word, stats } = fakeWordOf(paragraphs);
    const cells = await Word.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load(
        "items/parentTableCellOrNullObject/rowIndex,items/parentTableCellOrNullObject/cellIndex"
      );
      await context.sync();
      return items.items.map((p) => {
        const cell = p.parentTableCellOrNullObject;
        return cell.isNullObject ? null : [cell.rowIndex, cell.cellIndex];
      });
    });
    expect(cells).toEqual([null, [0, 1], [2, 1]]);
    expect(stats.syncCount).toBe(1);
  });

  it("throws when a cell's index is read before it was loaded", async () => {
    const { Word } = fakeWordOf(paragraphs);
    await Word.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load("items/text");
      await context.sync();
      expect(() => items.items[1].parentTableCellOrNullObject.rowIndex).toThrow(/rowIndex/);
    });
  });
});
