import { strToU8, zipSync } from "fflate";
import { DocxError, readDocx } from "../../src/docx";
import { makeDocx, p, W_NS } from "./makeDocx";

/** Runs `fn` and returns the DocxError it throws. */
function docxError(fn: () => unknown): DocxError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return error as DocxError;
  }
  throw new Error("expected a DocxError");
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound-file header followed by a directory entry name in UTF-16LE. */
function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE_MAGIC, 0);
  if (streamName) {
    for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  }
  return bytes;
}

describe("readDocx: errors a user can act on", () => {
  it("rejects an empty file", () => {
    const error = docxError(() => readDocx(new Uint8Array(0)));
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/empty/);
  });

  it("rejects random bytes as not a .docx", () => {
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    const error = docxError(() => readDocx(random));
    expect(error.code).toBe("not-zip");
    expect(error.message).toMatch(/not a \.docx file/);
  });

  it("rejects plain text renamed to .docx", () => {
    expect(docxError(() => readDocx(strToU8("Master Services Agreement\n"))).code).toBe("not-zip");
  });

  it("explains a password-protected .docx (encrypted OLE package)", () => {
    const error = docxError(() => readDocx(oleFile("EncryptedPackage")));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/password-protected or encrypted; remove the password in Word/);
  });

  it("explains a legacy .doc (OLE with a WordDocument stream)", () => {
    const error = docxError(() => readDocx(oleFile("WordDocument")));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/\.doc.*save it as \.docx/);
  });

  it("covers both cases when an OLE file cannot be told apart", () => {
    const error = docxError(() => readDocx(oleFile()));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/password/);
    expect(error.message).toMatch(/\.docx/);
  });

  it("rejects a zip without word/document.xml", () => {
    const error = docxError(() => readDocx(zipSync({ "readme.txt": strToU8("hello") })));
    expect(error.code).toBe("not-docx");
    expect(error.message).toMatch(/not a Word document/);
  });

  it("names an Excel workbook for what it is", () => {
    const error = docxError(() => readDocx(zipSync({ "xl/workbook.xml": strToU8("<workbook/>") })));
    expect(error.code).toBe("not-docx");
    expect(error.message).toMatch(/Excel/);
  });

  it("rejects a damaged zip", () => {
    const bytes = makeDocx(p("x"));
    const truncated = bytes.slice(0, bytes.length - 30); // loses the end-of-central-directory record
    const error = docxError(() => readDocx(truncated));
    expect(error.code).toBe("not-zip");
    expect(error.message).toMatch(/damaged/);
  });

  it.each([
    [
      "a mismatched end tag",
      `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r></w:p></w:body></w:document>`,
    ],
    ["a truncated part", `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>cut off`],
    ["an unbound prefix", `<w:document><w:body/></w:document>`],
    [
      "an undeclared entity",
      `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>A&nbsp;B</w:t></w:r></w:p></w:body></w:document>`,
    ],
    ["an empty part", ``],
  ])("reports malformed XML (%s) as corrupt-xml", (_, xml) => {
    const bytes = makeDocx("", { noDocument: true, extra: { "word/document.xml": xml } });
    const error = docxError(() => readDocx(bytes));
    expect(error.code).toBe("corrupt-xml");
    expect(error.message).toMatch(/damaged: word\/document\.xml is not well-formed XML/);
    expect(error.message).not.toMatch(/\n/);
  });

  it("reports malformed styles.xml as corrupt-xml too", () => {
    const bytes = makeDocx(p("x"), {
      styles: `<w:style w:styleId="A"><w:name w:val="A"></w:style>`,
    });
    const error = docxError(() => readDocx(bytes));
    expect(error.code).toBe("corrupt-xml");
    expect(error.message).toMatch(/styles\.xml/);
  });

  it("reports a document part without a body", () => {
    const bytes = makeDocx("", {
      noDocument: true,
      extra: { "word/document.xml": `<w:document xmlns:w="${W_NS}"/>` },
    });
    expect(docxError(() => readDocx(bytes)).code).toBe("corrupt-xml");
  });

  it("refuses a document.xml that would inflate beyond 200 MB, before inflating it", () => {
    const bytes = makeDocx(p("small"));
    // Patch the uncompressed size in document.xml's central directory entry (signature PK\1\2, size at +24).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8("word/document.xml");
    let patched = false;
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const entryName = bytes.subarray(i + 46, i + 46 + nameLength);
      if (nameLength === name.length && entryName.every((b, k) => b === name[k])) {
        view.setUint32(i + 24, 300 * 1024 * 1024, true);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    const error = docxError(() => readDocx(bytes));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/too large.*300 MB.*200 MB/);
  });
});
