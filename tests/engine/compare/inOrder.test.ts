import { inOrder } from "../../../src/engine/compare/inOrder";

describe("inOrder", () => {
  it("keeps everything when nothing moved", () => {
    expect(inOrder([0, 1, 2, 3])).toEqual([true, true, true, true]);
  });

  it("marks the fewest pairs as moved", () => {
    // The clause at old 4 now comes first: one move, not four.
    expect(inOrder([4, 0, 1, 2, 3])).toEqual([false, true, true, true, true]);
    // Two clauses swapped: one of them moved.
    expect(inOrder([0, 2, 1, 3]).filter((kept) => !kept)).toHaveLength(1);
  });

  it("handles nothing", () => {
    expect(inOrder([])).toEqual([]);
  });
});
