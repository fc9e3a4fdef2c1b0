import { fakeWordOf, thrownBy } from "./helpers";

describe("proxies are bound to their Word.run", () => {
  it("using a proxy from a finished run in another run throws InvalidObjectPath", async () => {
    const { Word } = fakeWordOf(["Alpha", "Beta"]);
    const kept = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return ps;
    });
    // Values loaded in the finished run stay readable, as plain data…
    expect(kept.items[1].text).toBe("Beta");
    // …but the proxies cannot queue anything again.
    await Word.run(async (context) => {
      expect(thrownBy(() => kept.items[1].select())).toMatchObject({
        name: "RichApi.Error",
        code: "InvalidObjectPath",
      });
      expect(thrownBy(() => kept.items[1].getRange("Content"))).toMatchObject({
        code: "InvalidObjectPath",
      });
      expect(thrownBy(() => kept.load("items/text"))).toMatchObject({ code: "InvalidObjectPath" });
      expect(
        thrownBy(() => {
          kept.items[0].font.highlightColor = "Yellow";
        })
      ).toMatchObject({ code: "InvalidObjectPath" });
      await context.sync();
    });
  });

  it("passing a proxy from another context as an argument throws InvalidRequestContext", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const old = await Word.run(async (context) => context.document.body.getRange("Start"));
    await Word.run(async (context) => {
      const error = thrownBy(() => context.document.body.getRange("End").expandTo(old));
      expect(error).toMatchObject({
        code: "InvalidRequestContext",
        message: "Cannot use the object across different request contexts.",
      });
    });
  });
});
