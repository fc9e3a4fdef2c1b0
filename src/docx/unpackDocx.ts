/**
 * Opens a .docx package: recognises what the bytes are (zip, OLE, nothing), finds the main document
 * part through the package relationships (ECMA-376 Part 2, §9.3) and inflates only the parts the
 * reader needs — never the media, which make up most of a large contract's bytes.
 */
import { unzipSync } from "fflate";
import { DocxError } from "./DocxError";
import { decodeXmlBytes } from "./decodeText";
import { isElement } from "./xml";
import { DOMParser } from "@xmldom/xmldom";

/** Largest part we inflate; a 300-page contract's document.xml is a few tens of MB at most. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

export type DocxParts = {
  document: string;
  documentName: string;
  styles?: string;
  /** Where the styles part is or would be (from the document's relationships); undefined if nowhere. */
  stylesName?: string;
  numbering?: string;
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ROOT_RELS = "_rels/.rels";
const DEFAULT_MAIN = "word/document.xml";

export function unpackDocx(bytes: Uint8Array): DocxParts {
  if (bytes.length === 0)
    throw new DocxError("empty", "The file is empty (0 bytes); choose a saved .docx file.");
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (!isZip(bytes)) {
    throw new DocxError(
      "not-zip",
      "This is not a .docx file (it is not a zip package); save it from Word as .docx and try again."
    );
  }

  const zip = new PartReader(bytes);
  zip.load([
    ROOT_RELS,
    DEFAULT_MAIN,
    relsOf(DEFAULT_MAIN),
    "word/styles.xml",
    "word/numbering.xml",
  ]);

  const mainName = targetOf(zip.text(ROOT_RELS), "", "officeDocument") ?? DEFAULT_MAIN;
  zip.load([mainName, relsOf(mainName)]);
  const document = zip.text(mainName);
  if (document === undefined) throw notDocx(zip.names);

  const docRels = zip.text(relsOf(mainName));
  const baseDir = mainName.slice(0, mainName.lastIndexOf("/") + 1);
  const stylesName =
    targetOf(docRels, baseDir, "styles") ?? (docRels ? undefined : "word/styles.xml");
  const numberingName =
    targetOf(docRels, baseDir, "numbering") ?? (docRels ? undefined : "word/numbering.xml");
  zip.load([stylesName, numberingName]);

  return {
    document,
    documentName: mainName,
    styles: stylesName ? zip.text(stylesName) : undefined,
    stylesName,
    numbering: numberingName ? zip.text(numberingName) : undefined,
  };
}

/** Inflates named parts on demand; OPC part names compare case-insensitively (Part 2, §9.1.1.1). */
class PartReader {
  readonly names: string[] = [];
  private readonly parts = new Map<string, Uint8Array>();
  private readonly tried = new Set<string>();
  private listed = false;

  constructor(private readonly bytes: Uint8Array) {}

  load(wanted: (string | undefined)[]): void {
    const missing = new Set<string>();
    for (const name of wanted) {
      if (name && !this.tried.has(name.toLowerCase())) missing.add(name.toLowerCase());
    }
    if (missing.size === 0) return;
    for (const name of missing) this.tried.add(name);

    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (!this.listed) this.names.push(file.name);
          const want = missing.has(file.name.toLowerCase());
          if (want && file.originalSize > MAX_PART_BYTES)
            throw tooLarge(file.name, file.originalSize);
          return want;
        },
      });
    } catch (error) {
      if (error instanceof DocxError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new DocxError(
        "not-zip",
        `This .docx file is damaged (its zip structure cannot be read: ${detail}); open it in Word, save it again and retry.`
      );
    }
    this.listed = true;
    for (const [name, data] of Object.entries(files)) this.parts.set(name.toLowerCase(), data);
  }

  text(name: string): string | undefined {
    const data = this.parts.get(name.toLowerCase());
    if (!data) return undefined;
    // The zip header's size can lie (zip bombs); check what actually came out.
    if (data.length > MAX_PART_BYTES) throw tooLarge(name, data.length);
    return decodeXmlBytes(data);
  }
}

export function tooLarge(name: string, size: number): DocxError {
  const mb = Math.round(size / (1024 * 1024));
  return new DocxError(
    "too-large",
    `This document is too large to read (${name} is ${mb} MB uncompressed; the limit is ${MAX_PART_BYTES / (1024 * 1024)} MB); split it into smaller files.`
  );
}

/** "word/document.xml" → "word/_rels/document.xml.rels" (Part 2, §9.3.3.1). */
export function relsOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * The target part of the first relationship whose type ends in `/kind` (Transitional and Strict
 * use different URIs with the same last segment). Unreadable .rels are treated as absent: Word
 * itself is lenient here and the default part names almost always hold.
 */
function targetOf(relsXml: string | undefined, baseDir: string, kind: string): string | undefined {
  if (!relsXml) return undefined;
  let root;
  try {
    root = new DOMParser({ locator: false, onError: () => {} }).parseFromString(
      relsXml,
      "text/xml"
    ).documentElement;
  } catch {
    return undefined;
  }
  if (!root) return undefined;
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.localName !== "Relationship") continue;
    if (c.getAttribute("TargetMode") === "External") continue;
    const type = c.getAttribute("Type") ?? "";
    const target = c.getAttribute("Target");
    if (target && type.endsWith(`/${kind}`)) return resolvePartName(baseDir, target);
  }
  return undefined;
}

/** Resolves a relationship target against the source part's folder ("../x", "/word/x"). */
export function resolvePartName(baseDir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

function notDocx(names: string[]): DocxError {
  const has = (n: string) => names.some((name) => name.toLowerCase() === n);
  if (has("xl/workbook.xml")) {
    return new DocxError(
      "not-docx",
      "This is an Excel workbook, not a Word document; choose a .docx file."
    );
  }
  if (has("ppt/presentation.xml")) {
    return new DocxError(
      "not-docx",
      "This is a PowerPoint presentation, not a Word document; choose a .docx file."
    );
  }
  if (has("content.xml") && has("mimetype")) {
    return new DocxError(
      "not-docx",
      "This is an OpenDocument file (.odt), not a .docx; save it as .docx (Word 2007 or later) and try again."
    );
  }
  return new DocxError(
    "not-docx",
    "This zip file is not a Word document (it has no word/document.xml); choose a .docx file."
  );
}

/**
 * An OLE compound file is either an encrypted OOXML package (its streams are named
 * "EncryptionInfo"/"EncryptedPackage", MS-OFFCRYPTO §2.3.4) or a legacy binary .doc ("WordDocument"
 * stream, MS-DOC §2.1). The stream names sit in the directory sectors as UTF-16LE.
 */
function oleError(bytes: Uint8Array): DocxError {
  if (containsUtf16(bytes, "EncryptedPackage")) {
    return new DocxError(
      "encrypted",
      "This document is password-protected or encrypted; remove the password in Word (File > Info > Protect Document) and try again."
    );
  }
  if (containsUtf16(bytes, "WordDocument")) {
    return new DocxError(
      "encrypted",
      "This is an old Word 97-2003 .doc file, which is not supported; open it in Word and save it as .docx."
    );
  }
  return new DocxError(
    "encrypted",
    "This document is password-protected/encrypted or an old .doc file; remove the password or save it as .docx in Word, and try again."
  );
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const end = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Local file header "PK\3\4", or "PK\5\6" for an empty archive. */
function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}
