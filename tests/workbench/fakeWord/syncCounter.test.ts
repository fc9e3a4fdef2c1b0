import { fakeWordOf } from "./helpers";

describe("sync counter", () => {
  it("counts every sync() call, even with nothing queued", async () => {
    const { Word, stats } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      await context.sync();
      await context.sync();
      expect(context.syncCount).toBe(2);
    });
    expect(stats).toEqual({ syncCount: 2, runCount: 1 });
  });

  it("Word.run's closing sync counts only when commands are still queued (an empty request makes no round trip)", async () => {
    const { Word, stats, doc } = fakeWordOf(["Alpha"]);
    await Word.run(async () => undefined);
    expect(stats.syncCount).toBe(0);

    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
    });
    expect(stats).toEqual({ syncCount: 1, runCount: 2 });
    expect(doc.selection.end.offset).toBe(5);
  });

  it("sync passes its argument through", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    expect(await Word.run((context) => context.sync(42))).toBe(42);
  });
});
