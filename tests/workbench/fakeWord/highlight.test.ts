import { fakeWordOf, rejectionOf } from "./helpers";

describe("font.highlightColor", () => {
  it("named colours are stored and read back as uppercase #RRGGBB", async () => {
    const { Word, doc } = fakeWordOf(["Alpha", "Beta", "Gamma"]);
    const read = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[0].getRange("Content").font.highlightColor = "Yellow";
      ps.items[1].getRange("Content").font.highlightColor = "turquoise";
      ps.items[2].getRange("Content").font.highlightColor = "#ff00ff";
      await context.sync();
      ps.load("items/font/highlightColor");
      await context.sync();
      return ps.items.map((p) => p.font.highlightColor);
    });
    expect(read).toEqual(["#FFFF00", "#00FFFF", "#FF00FF"]);
    expect(doc.runsOf(1)).toEqual([{ text: "Beta", highlight: "#00FFFF" }]);
  });

  it('reads null with no highlight, the colour when uniform, and "" when mixed or partly highlighted', async () => {
    const { Word } = fakeWordOf([
      "plain",
      {
        runs: [
          { text: "all ", highlight: "Yellow" },
          { text: "yellow", highlight: "#FFFF00" },
        ],
      },
      {
        runs: [
          { text: "half", highlight: "Yellow" },
          { text: " plain", highlight: null },
        ],
      },
      {
        runs: [
          { text: "yellow", highlight: "Yellow" },
          { text: "pink", highlight: "Pink" },
        ],
      },
    ]);
    const colours = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/font/highlightColor");
      await context.sync();
      return ps.items.map((p) => p.font.highlightColor);
    });
    expect(colours).toEqual([null, "#FFFF00", "", ""]);
  });

  it("splits runs at the range's edges and null removes the highlight", async () => {
    const { Word, doc } = fakeWordOf(["one two three"]);
    await Word.run(async (context) => {
      context.document.body.search("two").getFirst().font.highlightColor = "Red";
      await context.sync();
      expect(doc.runsOf(0)).toEqual([
        { text: "one ", highlight: null },
        { text: "two", highlight: "#FF0000" },
        { text: " three", highlight: null },
      ]);
      const tw = context.document.body.search("tw").getFirst();
      tw.font.highlightColor = null as unknown as string;
      const whole = context.document.body.paragraphs.getFirst().font.load("highlightColor");
      await context.sync();
      expect(whole.highlightColor).toBe("");
    });
    expect(doc.runsOf(0)).toEqual([
      { text: "one tw", highlight: null },
      { text: "o", highlight: "#FF0000" },
      { text: " three", highlight: null },
    ]);
  });

  it("a highlight over several paragraphs colours each part", async () => {
    const { Word, doc } = fakeWordOf(["abc", "def", "ghi"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const range = ps.items[0].search("c").getFirst().expandTo(ps.items[2].search("g").getFirst());
      range.font.highlightColor = "Lime";
      const check = range.font.load("highlightColor");
      await context.sync();
      expect(check.highlightColor).toBe("#00FF00");
    });
    expect(doc.paragraphs.map((p) => p.runs)).toEqual([
      [
        { text: "ab", highlight: null },
        { text: "c", highlight: "#00FF00" },
      ],
      [{ text: "def", highlight: "#00FF00" }],
      [
        { text: "g", highlight: "#00FF00" },
        { text: "hi", highlight: null },
      ],
    ]);
  });

  it("range.set({ font: { highlightColor } }) sets it too", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"]);
    await Word.run(async (context) => {
      context.document.body.paragraphs
        .getFirst()
        .getRange("Content")
        .set({ font: { highlightColor: "DarkRed" } });
      await context.sync();
    });
    expect(doc.runsOf(0)).toEqual([{ text: "Alpha", highlight: "#800000" }]);
  });

  it("an unknown colour fails the sync with InvalidArgument", async () => {
    const { Word, doc } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange("Content").font.highlightColor =
          "Chartreuse";
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Font.highlightColor" },
    });
    expect(doc.runsOf(0)).toEqual([{ text: "Alpha", highlight: null }]);
  });

  it("subscribers hear once per sync that changed the document", async () => {
    const { Word, doc } = fakeWordOf(["a", "b", "c"]);
    const heard: number[] = [];
    const unsubscribe = doc.subscribe((d) => heard.push(d.version));
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync(); // reads only: no notification
      for (const p of ps.items) p.getRange("Content").font.highlightColor = "Yellow";
      await context.sync();
    });
    unsubscribe();
    expect(heard).toEqual([1]);
  });
});
