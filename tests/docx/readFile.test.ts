import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxError } from "../../src/docx";
import { readContractFile } from "../../src/docx/readFile";
import { makeDocx, p } from "./makeDocx";

describe("readContractFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "docx-readers-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(DocxError);
      return { code: (error as DocxError).code, message: (error as DocxError).message };
    }
    throw new Error("expected a DocxError");
  };

  it("dispatches on extension (case-insensitive)", () => {
    writeFileSync(join(dir, "a.DOCX"), makeDocx(p("From docx")));
    writeFileSync(join(dir, "b.txt"), "\uFEFFFrom txt\r\n");
    writeFileSync(join(dir, "c.md"), "# From md\n| x |\n");
    expect(readContractFile(join(dir, "a.DOCX"))).toEqual({
      source: "a.DOCX",
      paragraphs: [{ index: 0, text: "From docx" }],
    });
    expect(readContractFile(join(dir, "b.txt")).paragraphs).toEqual([
      { index: 0, text: "From txt" },
    ]);
    expect(readContractFile(join(dir, "c.md")).paragraphs.map((x) => x.text)).toEqual([
      "From md",
      "x",
    ]);
  });

  it("reads UTF-16 text files with a BOM", () => {
    const text = "第一条 定义";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    writeFileSync(join(dir, "utf16.txt"), bytes);
    expect(readContractFile(join(dir, "utf16.txt")).paragraphs[0].text).toBe(text);
  });

  it("rejects unsupported types, listing the supported ones", () => {
    writeFileSync(join(dir, "x.pdf"), "%PDF-1.7");
    const error = code(() => readContractFile(join(dir, "x.pdf")));
    expect(error.code).toBe("unsupported");
    expect(error.message).toMatch(/\.pdf.*\.docx, \.txt, \.md/);
    expect(code(() => readContractFile(join(dir, "old.doc"))).message).toMatch(
      /save a \.doc as \.docx/
    );
  });

  it("reports a missing file or a folder as unreadable, naming the path", () => {
    const missing = join(dir, "nope.docx");
    const error = code(() => readContractFile(missing));
    expect(error.code).toBe("unreadable");
    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/not found/);
    mkdirSync(join(dir, "folder.docx"));
    expect(code(() => readContractFile(join(dir, "folder.docx"))).code).toBe("unreadable");
  });

  it("passes reader errors through", () => {
    writeFileSync(join(dir, "fake.docx"), "not a zip");
    expect(code(() => readContractFile(join(dir, "fake.docx"))).code).toBe("not-zip");
  });
});

describe("bundled sample drafts", () => {
  const samples = join(__dirname, "../../src/workbench/samples");
  const drafts = existsSync(samples)
    ? readdirSync(samples).filter((name) => name.endsWith(".draft.md"))
    : [];

  if (drafts.length === 0) {
    it.skip("no src/workbench/samples/*.draft.md yet", () => {});
    return;
  }

  it.each(drafts)("%s yields > 100 paragraphs and at least one table cell", (name) => {
    const snap = readContractFile(join(samples, name));
    expect(snap.paragraphs.length).toBeGreaterThan(100);
    expect(snap.paragraphs.some((x) => x.table !== undefined)).toBe(true);
    snap.paragraphs.forEach((x, i) => expect(x.index).toBe(i));
  });
});
