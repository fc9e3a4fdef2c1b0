/** The workbench page: tracked changes, comments and temporary highlights, by role and element. */
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DocumentView } from "../../src/workbench/DocumentView";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";

function show(doc: FakeDocument) {
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView doc={doc} />
    </FluentProvider>
  );
  return screen.getByRole("article", { name: "Document" });
}

describe("DocumentView", () => {
  it("underlines insertions and strikes deletions with <ins> and <del>", async () => {
    const doc = FakeDocument.fromParagraphs(["pay within 60 days"], {
      changeTrackingMode: "TrackAll",
    });
    const page = show(doc);
    const { Word } = createFakeWord(doc);
    await act(() =>
      Word.run(async (context) => {
        context.document.body.search("60").getFirst().insertText("30", "Replace");
        await context.sync();
      })
    );
    const paragraph = page.querySelector('[data-paragraph="0"]')!;
    expect(paragraph).toHaveTextContent("pay within 6030 days");
    expect(paragraph.querySelector("del")).toHaveTextContent("60");
    expect(paragraph.querySelector("ins")).toHaveTextContent("30");
    expect(paragraph.querySelector("ins")).toHaveAttribute("title", "Inserted by Workbench user");
  });

  it("shows a comment as a note beside its paragraph and marks its text", () => {
    const doc = FakeDocument.fromParagraphs(["The Supplier may terminate at will.", "Other"]);
    doc.addComment(
      { start: { paragraph: 0, offset: 27 }, end: { paragraph: 0, offset: 34 } },
      "Ask for notice.",
      { name: "Reviewer", email: "", now: () => new Date(0) }
    );
    const page = show(doc);
    const note = screen.getByRole("note", { name: "Comment by Reviewer" });
    expect(note).toHaveTextContent("Ask for notice.");
    expect(within(note).getByText("Reviewer")).toBeInTheDocument();
    const marked = page.querySelector("[data-comment]")!;
    expect(marked).toHaveTextContent("at will");
    expect(marked).toHaveAttribute("aria-describedby", note.id);
  });

  it("draws temporary highlights apart from the text's own highlight, and redraws on change", () => {
    const doc = FakeDocument.fromParagraphs([
      {
        runs: [
          { text: "alpha ", highlight: "Yellow" },
          { text: "beta", highlight: null },
        ],
      },
    ]);
    const page = show(doc);
    expect(page.querySelector("[data-temporary-highlight]")).toBeNull();
    act(() =>
      doc.addTemporaryHighlight({
        start: { paragraph: 0, offset: 3 },
        end: { paragraph: 0, offset: 8 },
      })
    );
    const parts = [...page.querySelectorAll("[data-temporary-highlight]")].map(
      (e) => e.textContent
    );
    expect(parts).toEqual(["ha ", "be"]);
    const marked = [...page.querySelectorAll("mark[data-highlight]")].map((e) => e.textContent);
    expect(marked.join("")).toBe("alpha ");
  });

  it("renders plain runs as before: text and <mark> only", () => {
    const doc = FakeDocument.fromParagraphs([
      {
        runs: [
          { text: "plain ", highlight: null },
          { text: "marked", highlight: "Pink" },
        ],
      },
    ]);
    const page = show(doc);
    const paragraph = page.querySelector('[data-paragraph="0"]')!;
    expect(paragraph.innerHTML).toBe(
      'plain <mark style="background-color: rgb(255, 0, 255);" data-highlight="#FF00FF">marked</mark>'
    );
  });

  it("draws an inserted table with its header row as column headers, tracked cell text as <ins>", async () => {
    const doc = FakeDocument.fromParagraphs(["Fees", "After"], { changeTrackingMode: "TrackAll" });
    const page = show(doc);
    const { Word } = createFakeWord(doc);
    await act(() =>
      Word.run(async (context) => {
        const table = context.document.body.paragraphs
          .getFirst()
          .insertTable(2, 2, "After", [["Item", "Amount"], ["Setup"]]);
        table.headerRowCount = 1;
        await context.sync();
      })
    );
    const table = within(page).getByRole("table");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual(["Item", "Amount"]);
    expect(headers.every((h) => h.getAttribute("scope") === "col")).toBe(true);
    expect(table.querySelector("thead")).toContainElement(headers[0]);
    const cells = within(table).getAllByRole("cell");
    expect(cells.map((c) => c.textContent)).toEqual(["Setup", ""]);
    expect(cells[0].querySelector("ins")).toHaveTextContent("Setup");
  });

  it("a table without header rows has no column headers", () => {
    const doc = FakeDocument.fromParagraphs([
      { text: "a", table: { table: 0, row: 0, cell: 0 } },
      { text: "b", table: { table: 0, row: 1, cell: 0 } },
    ]);
    const page = show(doc);
    expect(within(page).queryAllByRole("columnheader")).toEqual([]);
    expect(
      within(page)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["a", "b"]);
  });

  it("draws a content control as a region named by its title, around its paragraphs and table", () => {
    const doc = FakeDocument.fromParagraphs([
      "Preamble",
      { text: "5. Fees", style: "Heading 1" },
      { text: "Item", table: { table: 0, row: 0, cell: 0 } },
      "Signatures",
    ]);
    const page = show(doc);
    act(() => {
      doc.insertContentControl(
        { start: { paragraph: 1, offset: 0 }, end: { paragraph: 2, offset: 4 } },
        { title: "Fees clause", tag: "fees" }
      );
    });
    const region = within(page).getByRole("region", { name: "Fees clause" });
    expect(region).toHaveAttribute("data-tag", "fees");
    expect(within(region).getByText("Fees clause")).toBeInTheDocument();
    expect(within(region).getByRole("heading", { name: "5. Fees" })).toBeInTheDocument();
    expect(within(region).getByRole("table")).toHaveTextContent("Item");
    expect(region).not.toHaveTextContent("Preamble");
    expect(region).not.toHaveTextContent("Signatures");
  });
});
