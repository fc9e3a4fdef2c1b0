import { en, translator, uiLanguageFor, zh } from "../../src/i18n";

describe("UI strings", () => {
  it("has every key in both languages, none empty", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zh])
      for (const value of Object.values(table)) expect(value.trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(names(zh[key])).toEqual(names(en[key]));
  });

  it("has every Chinese string in Chinese (none left in English by mistake)", () => {
    // Strings made only of placeholders and punctuation, and the languages' own names (each language
    // is offered in its own words, whatever the pane's language), are the same in both tables.
    const sameInBoth = new Set(["shell_lang_en", "shell_lang_zh"]);
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => {
      if (sameInBoth.has(key)) return false;
      const words = zh[key].replace(/\{\w+\}/g, "");
      return /\p{L}/u.test(words) && !/\p{Script=Han}/u.test(words);
    });
    expect(untranslated).toEqual([]);
  });

  it("names each language in its own words in both tables", () => {
    for (const table of [en, zh]) {
      expect(table.shell_lang_en).toBe("English");
      expect(table.shell_lang_zh).toBe("中文");
    }
  });

  it("follows Office's display language, any Chinese variant choosing Chinese", () => {
    expect(uiLanguageFor("zh-CN")).toBe("zh-CN");
    expect(uiLanguageFor("zh-TW")).toBe("zh-CN");
    expect(uiLanguageFor("en-GB")).toBe("en-US");
    expect(uiLanguageFor(undefined)).toBe("en-US");
  });

  it("fills parameters", () => {
    expect(translator("en-US")("summary", { findings: 3, topics: 2, paragraphs: 10 })).toBe(
      "3 findings · 2 topics checked · 10 paragraphs"
    );
  });
});
