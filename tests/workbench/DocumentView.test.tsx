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
});
