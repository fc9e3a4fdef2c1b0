import { createFakeWord, FakeDocument } from "../../../src/workbench/fakeWord";

describe("the fake Office", () => {
  it("answers isSetSupported for WordApi from the configured version", () => {
    const { Office } = createFakeWord(FakeDocument.fromParagraphs(["x"]), { apiVersion: "1.4" });
    const supports = Office.context.requirements.isSetSupported;
    expect(supports("WordApi", "1.3")).toBe(true);
    expect(supports("WordApi", "1.4")).toBe(true);
    expect(supports("WordApi", "1.5")).toBe(false);
    expect(supports("WordApi")).toBe(true);
    expect(supports("WordApi", 1.4)).toBe(true);
    expect(supports("WordApiDesktop", "1.1")).toBe(false);
  });

  it("defaults to WordApi 1.3 and en-US; the display language is an option", async () => {
    const doc = FakeDocument.fromParagraphs(["x"]);
    const plain = createFakeWord(doc);
    expect(plain.Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(plain.Office.context.displayLanguage).toBe("en-US");
    const zh = createFakeWord(doc, { displayLanguage: "zh-CN" });
    expect(zh.Office.context.displayLanguage).toBe("zh-CN");
    await expect(zh.Office.onReady()).resolves.toEqual({ host: "Word", platform: "OfficeOnline" });
  });

  it("keeps per-document settings as JSON", () => {
    const doc = FakeDocument.fromParagraphs(["x"]);
    const { Office } = createFakeWord(doc);
    const settings = Office.context.document.settings;
    settings.set("dismissed", ["a", "b"]);
    let status = "";
    settings.saveAsync((result: { status: string }) => (status = result.status));
    expect(status).toBe("succeeded");
    expect(createFakeWord(doc).Office.context.document.settings.get("dismissed")).toEqual([
      "a",
      "b",
    ]);
    settings.remove("dismissed");
    expect(settings.get("dismissed")).toBeNull();
  });

  it("exposes Word's enums on the namespace", () => {
    const { Word } = createFakeWord(FakeDocument.fromParagraphs(["x"]));
    expect(Word.RangeLocation.content).toBe("Content");
    expect(Word.ErrorCodes.searchStringInvalidOrTooLong).toBe("SearchStringInvalidOrTooLong");
  });
});
