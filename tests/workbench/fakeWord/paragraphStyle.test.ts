/** Paragraph.style and Paragraph.styleBuiltIn as settable properties, tracked under Track Changes. */
import { fakeWordOf, rejectionOf } from "./helpers";

describe("setting a paragraph's style", () => {
  it("styleBuiltIn Heading1 stores Heading 1 with heading level 1; a custom name is kept as it is", async () => {
    const { Word, doc } = fakeWordOf(["Fees", "Body text"]);
    const read = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].styleBuiltIn = "Heading1";
      ps.items[1].style = "Contract Clause";
      ps.load("items/style,items/styleBuiltIn");
      await context.sync();
      return ps.items.map((p) => [p.style, p.styleBuiltIn]);
    });
    expect(read).toEqual([
      ["Heading 1", "Heading1"],
      ["Contract Clause", "Other"],
    ]);
    expect(doc.paragraphs.map((p) => p.headingLevel)).toEqual([1, undefined]);
  });

  it("a style that is not a heading clears the heading level", async () => {
    const { Word, doc } = fakeWordOf([{ text: "Fees", style: "Heading 2" }]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().styleBuiltIn = "Normal";
      await context.sync();
    });
    expect(doc.paragraph(0)).toMatchObject({ style: "Normal" });
    expect(doc.paragraph(0).headingLevel).toBeUndefined();
  });

  it.each([["Other"], ["TableGrid"], ["NotAStyle"]])(
    "styleBuiltIn %s fails with InvalidArgument",
    async (value) => {
      const { Word, doc } = fakeWordOf(["Fees"]);
      const error = await rejectionOf(
        Word.run(async (context) => {
          context.document.body.paragraphs.getFirst().styleBuiltIn = value;
          await context.sync();
        })
      );
      expect(error).toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "Paragraph.styleBuiltIn" },
      });
      expect(doc.paragraph(0).style).toBe("Normal");
    }
  );

  it("under Track Changes it is a Formatted change; reject brings the old style back, accept keeps the new", async () => {
    const { Word, doc } = fakeWordOf(["Fees", "Term"], { apiVersion: "1.6" });
    doc.changeTrackingMode = "TrackAll";
    const types = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].styleBuiltIn = "Heading1";
      ps.items[1].style = "Heading 2";
      ps.items[1].style = "Heading 3";
      const changes = context.document.body.getTrackedChanges().load("items/type,items/text");
      await context.sync();
      return changes.items.map((c) => [c.type, c.text]);
    });
    expect(types).toEqual([
      ["Formatted", "Fees"],
      ["Formatted", "Term"],
    ]);
    expect(doc.paragraph(1).styleRevision?.previousStyle).toEqual({ style: "Normal" });

    const [first, second] = doc.revisions();
    doc.rejectRevision(first.id);
    doc.acceptRevision(second.id);
    expect(doc.paragraphs.map((p) => [p.style, p.headingLevel, p.styleRevision])).toEqual([
      ["Normal", undefined, undefined],
      ["Heading 3", 3, undefined],
    ]);
  });

  it("style is WordApi 1.1; styleBuiltIn needs 1.3", async () => {
    const { Word, doc } = fakeWordOf(["Fees"], { apiVersion: "1.2" });
    const error = await rejectionOf(
      Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items");
        await context.sync();
        ps.items[0].style = "Heading 1";
        await context.sync();
        ps.items[0].styleBuiltIn = "Normal";
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: "Paragraph.styleBuiltIn" },
    });
    expect(doc.paragraph(0).style).toBe("Heading 1");
  });
});
