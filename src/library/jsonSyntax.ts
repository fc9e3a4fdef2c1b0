/**
 * Where a JSON text is broken, as line and column, with what was expected there. JSON.parse's own
 * message differs between browsers (and some give no position at all), so a small strict scanner finds
 * the place and says it in both languages.
 */
import type { Bilingual } from "./positionFields";

export type JsonSyntaxError = { line: number; column: number; message: Bilingual };

class Failure {
  constructor(
    readonly at: number,
    readonly expected: Bilingual | null,
    /** The message says it all: no "found …" after it. */
    readonly whole = false
  ) {}
}

/** The first syntax error of `text` (strict JSON, RFC 8259), or null when it is well-formed. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (expected: Bilingual | null = null, at = i): never => {
    throw new Failure(at, expected);
  };
  /** `[1, 2,]`, `{"a": 1,}`: said at the comma, the usual slip when editing by hand. */
  const trailingComma = (comma: number): never => {
    throw new Failure(
      comma,
      { en: "a comma before the closing bracket", zh: "右括号前多了逗号" },
      true
    );
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (c: string, expected: Bilingual) => {
    if (text[i] !== c) fail(expected);
    i++;
  };

  function value(): void {
    space();
    const c = text[i];
    if (c === "{") object();
    else if (c === "[") array();
    else if (c === '"') string();
    else if (c === "-" || (c >= "0" && c <= "9")) number();
    else {
      for (const word of ["true", "false", "null"])
        if (text.startsWith(word, i)) {
          i += word.length;
          return;
        }
      fail({ en: "expected a value", zh: "此处应为值" });
    }
  }

  function object(): void {
    i++;
    space();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"')
        fail({ en: "expected a property name in double quotes", zh: "此处应为带双引号的属性名" });
      string();
      space();
      expect(":", { en: 'expected ":"', zh: "此处应为“:”" });
      value();
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      const comma = i;
      expect(",", { en: 'expected "," or "}"', zh: "此处应为“,”或“}”" });
      space();
      if (text[i] === "}") trailingComma(comma);
    }
  }

  function array(): void {
    i++;
    space();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      const comma = i;
      expect(",", { en: 'expected "," or "]"', zh: "此处应为“,”或“]”" });
      space();
      if (text[i] === "]") trailingComma(comma);
    }
  }

  function string(): void {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length)
        fail(
          { en: "the text is not closed with a double quote", zh: "文本缺少结尾的双引号" },
          start
        );
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < " ")
        fail({
          en: "a line break or control character inside a text",
          zh: "文本中不能有换行或控制字符",
        });
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail(
              { en: 'expected four hex digits after "\\u"', zh: "“\\u”后应为四位十六进制数" },
              i + 2
            );
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail({ en: "an unknown escape", zh: "无效的转义" }, i + 1);
      } else i++;
    }
  }

  function number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail({ en: "a malformed number", zh: "数字格式不正确" });
    i += match![0].length;
  }

  try {
    value();
    space();
    if (i < text.length)
      fail({ en: "more text after the end of the JSON", zh: "JSON 结束后还有多余内容" });
    return null;
  } catch (e) {
    if (e instanceof Failure) return { ...lineColumn(text, e.at), message: describe(text, e) };
    // Nesting too deep for the scanner's stack: say so at the point reached rather than crash.
    return { ...lineColumn(text, i), message: { en: "nested too deeply", zh: "嵌套层次过深" } };
  }
}

function describe(text: string, { at, expected, whole }: Failure): Bilingual {
  if (expected && whole) return expected;
  const found: Bilingual =
    at >= text.length
      ? { en: "the end of the file", zh: "文件结尾" }
      : { en: `"${shown(text[at])}"`, zh: `“${shown(text[at])}”` };
  if (!expected) return { en: `unexpected ${found.en}`, zh: `意外的${found.zh}` };
  return { en: `${expected.en}, found ${found.en}`, zh: `${expected.zh}，实际为${found.zh}` };
}

/** A character as a message shows it: a line break as \n. */
const shown = (c: string) => (c < " " ? JSON.stringify(c).slice(1, -1) : c);

/** 1-based line and column of a character offset (a column counts characters from the line's start). */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}
