import { fakeWordOf, rejectionOf } from "./helpers";
import type { SearchOptionsInput } from "../../../src/workbench/fakeWord";

type Where = "body" | "paragraph1" | "range";

/** Runs one search and returns the texts found (and their paragraph:offset). */
async function find(
  paragraphs: string[],
  text: string,
  options?: SearchOptionsInput,
  where: Where = "body"
) {
  const { Word } = fakeWordOf(paragraphs);
  return Word.run(async (context) => {
    const body = context.document.body;
    const ps = body.paragraphs.load("items");
    await context.sync();
    const scope =
      where === "body"
        ? body
        : where === "paragraph1"
          ? ps.items[1]
          : ps.items[0].getRange("Start").expandTo(ps.items[1].getRange("Start"));
    const results = scope.search(text, options).load("items/text");
    await context.sync();
    return results.items.map((r) => r.text);
  });
}

describe("search text limits", () => {
  it("rejects an empty search text at sync with InvalidArgument", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        context.document.body.search("");
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Body.search" },
    });
  });

  it("accepts 255 characters and rejects 256 with SearchStringInvalidOrTooLong", async () => {
    const long = "a".repeat(255);
    expect(await find([long + "b"], long)).toEqual([long]);
    const { Word } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(async (context) => {
        const results = context.document.body.search(long + "a").load("items");
        await context.sync();
        return results;
      })
    );
    expect(error).toMatchObject({
      code: "SearchStringInvalidOrTooLong",
      message: "The search string is invalid or too long.",
    });
  });

  it("matchWildcards is refused by the fake", async () => {
    const { Word } = fakeWordOf(["Alpha"]);
    const error = await rejectionOf(
      Word.run(
        async (context) =>
          void (await context.sync(context.document.body.search("A*", { matchWildcards: true })))
      )
    );
    expect(error.code).toBe("NotImplemented");
  });
});

describe("search options", () => {
  const doc = ["The Term of this Agreement; terms apply.", "TERM: termination terminates"];

  it("is case-insensitive by default and case-sensitive with matchCase", async () => {
    expect(await find(doc, "term")).toEqual(["Term", "term", "TERM", "term", "term"]);
    expect(await find(doc, "term", { matchCase: true })).toEqual(["term", "term", "term"]);
  });

  it("matchWholeWord, matchPrefix and matchSuffix", async () => {
    expect(await find(doc, "term", { matchWholeWord: true })).toEqual(["Term", "TERM"]);
    expect(await find(doc, "term", { matchPrefix: true })).toEqual([
      "Term",
      "term",
      "TERM",
      "term",
      "term",
    ]);
    expect(await find(["determine term shortterm"], "term", { matchPrefix: true })).toEqual([
      "term",
    ]);
    expect(await find(["determine term shortterm"], "term", { matchSuffix: true })).toEqual([
      "term",
      "term",
    ]);
  });

  it("accepts ignorePunct and ignoreSpace (treated as false)", async () => {
    expect(
      await find(doc, "term", { ignorePunct: true, ignoreSpace: true, matchCase: true })
    ).toEqual(["term", "term", "term"]);
  });
});

describe("special characters (^)", () => {
  it("^^ is a literal caret", async () => {
    expect(await find(["x^2 and y^3"], "^^2")).toEqual(["^2"]);
  });

  it("^? any character, ^# any digit, ^$ any letter", async () => {
    expect(await find(["a1 b2 c3"], "^$^#")).toEqual(["a1", "b2", "c3"]);
    expect(await find(["cat cut"], "c^?t")).toEqual(["cat", "cut"]);
    expect(await find(["30 days"], "^#^# days")).toEqual(["30 days"]);
  });

  it("^t tab and ^w white space", async () => {
    expect(await find(["a\tb"], "a^tb")).toEqual(["a\tb"]);
    expect(await find(["net  \t 30"], "net^w30")).toEqual(["net  \t 30"]);
  });

  it("^p matches at the end of a paragraph only", async () => {
    expect(await find(["net 30 days", "days more", "days."], "days^p")).toEqual(["days"]);
    expect(await find(["a", "b"], "a^pb")).toEqual([]);
  });

  it.each(["^", "abc^", "^x", "^z1", "^u0"])(
    "%j (a lone ^ or an unknown code) fails the sync with InvalidArgument",
    async (text) => {
      const { Word } = fakeWordOf(["abc"]);
      const error = await rejectionOf(
        Word.run(async (context) => {
          context.document.body.search(text);
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
    }
  );

  it("^0nnn and ^unnnn are characters by code; ^s is a nonbreaking space", async () => {
    expect(await find(["© 2024, €100"], "^0169 2024")).toEqual(["© 2024"]);
    expect(await find(["© 2024, €100"], "^u8364")).toEqual(["€"]);
    expect(await find(["30\u00A0days"], "30^sdays")).toEqual(["30\u00A0days"]);
  });

  it("regex characters are plain text", async () => {
    expect(await find(["price (USD) is $5.00 [net]"], "(USD) is $5.00 [net]")).toEqual([
      "(USD) is $5.00 [net]",
    ]);
  });
});

describe("results", () => {
  it("come in document order, never span paragraphs, and carry their own text and position", async () => {
    const { Word, doc } = fakeWordOf(["one two", "two one", "one"]);
    await Word.run(async (context) => {
      const results = context.document.body.search("one").load("items/text");
      await context.sync();
      expect(results.items.map((r) => r.text)).toEqual(["one", "one", "one"]);
      results.items[1].select();
      await context.sync();
    });
    expect(doc.selection).toEqual({
      start: { paragraph: 1, offset: 4 },
      end: { paragraph: 1, offset: 7 },
    });
    expect(await find(["ab", "cd"], "bc")).toEqual([]);
  });

  it("do not overlap", async () => {
    expect(await find(["aaaa"], "aa")).toEqual(["aa", "aa"]);
  });

  it("a Paragraph's or a Range's search is limited to it", async () => {
    const paragraphs = ["cat one", "cat two", "cat three"];
    expect(await find(paragraphs, "cat", undefined, "paragraph1")).toEqual(["cat"]);
    // The range covers paragraph 0 and the start point of paragraph 1.
    expect(await find(paragraphs, "cat", undefined, "range")).toEqual(["cat"]);
  });

  it("search results can be used before any sync", async () => {
    const { Word, doc } = fakeWordOf(["pay within 30 days"]);
    await Word.run(async (context) => {
      context.document.body.search("30 days").getFirst().font.highlightColor = "Yellow";
      await context.sync();
    });
    expect(doc.runsOf(0)).toEqual([
      { text: "pay within ", highlight: null },
      { text: "30 days", highlight: "#FFFF00" },
    ]);
  });

  it("works on Chinese text", async () => {
    expect(await find(["第一条 付款期限为三十（30）日。"], "三十（30）日")).toEqual([
      "三十（30）日",
    ]);
  });
});
