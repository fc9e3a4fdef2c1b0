import { RichApiError } from "../../../src/workbench/fakeWord";
import { fakeWordOf, rejectionOf } from "./helpers";

describe("a failing command in a batch", () => {
  it("rejects sync() with an OfficeExtension.Error-shaped object", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.search("");
        await context.sync();
      })
    );
    expect(error).toBeInstanceOf(RichApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RichApi.Error");
    expect(typeof error.code).toBe("string");
    expect(typeof error.message).toBe("string");
    expect(error.debugInfo).toMatchObject({
      code: "InvalidArgument",
      errorLocation: "Body.search",
    });
    expect(error.traceMessages).toEqual([]);
  });

  it("keeps what ran before it, and drops the commands after it", async () => {
    const { Word, doc } = fakeWordOf(["one", "two", "three"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].getRange("Content").font.highlightColor = "Yellow";
      ps.items[1].getRange("Content").font.highlightColor = "NotAColour";
      ps.items[2].getRange("Content").font.highlightColor = "Yellow";
      ps.items[2].select();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      // The next batch starts empty: nothing of the failed one is replayed.
      await context.sync();
    });
    expect(doc.paragraphs.map((p) => p.runs[0].highlight)).toEqual(["#FFFF00", null, null]);
    expect(doc.selection).toEqual({
      start: { paragraph: 0, offset: 0 },
      end: { paragraph: 0, offset: 0 },
    });
  });

  it("Word.run rejects with the batch's error, carrying the trace messages executed before it", async () => {
    const { Word } = fakeWordOf(["one"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.trace("before the search");
        context.document.body.search("^").load("items");
        context.trace("after the search");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.traceMessages).toEqual(["before the search"]);
  });

  it("a batch function that returns no promise is refused", async () => {
    const { Word } = fakeWordOf(["one"]);
    const run = Word.run as unknown as (batch: () => unknown) => Promise<unknown>;
    await expect(run(() => 1)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });
});
