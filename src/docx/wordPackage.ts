/**
 * A .docx opened for editing: the main document and the styles part as DOMs, every other part kept
 * as the bytes it came with. Saving re-serialises only the parts that were changed.
 */
import { XMLSerializer, type Document } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { decodeXmlBytes } from "./decodeText";
import { relsOf, unpackDocx } from "./unpackDocx";
import { isElement, parseXml } from "./xml";
import { readZipEntries, writeZipEntries, type ZipEntry } from "./zipPackage";

const TRANSITIONAL_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export class WordPackage {
  /** The WordprocessingML namespace the document is written in (Transitional or Strict). */
  readonly ns: string;
  readonly document: Document;
  private stylesDoc: Document | undefined;
  private readonly entries: ZipEntry[];
  private readonly changed = new Map<string, Document>();

  private constructor(
    bytes: Uint8Array,
    private readonly documentName: string,
    private readonly stylesName: string | undefined
  ) {
    this.entries = readZipEntries(bytes);
    this.document = parseXml(this.text(documentName) ?? "", documentName);
    const root = this.document.documentElement;
    this.ns = root?.namespaceURI === STRICT_W ? STRICT_W : TRANSITIONAL_W;
    const styles = stylesName === undefined ? undefined : this.text(stylesName);
    if (styles !== undefined) this.stylesDoc = parseXml(styles, stylesName!);
  }

  /** Checks the bytes with the reader first, so a bad file fails with the reader's DocxError. */
  static open(bytes: Uint8Array): WordPackage {
    const parts = unpackDocx(bytes);
    return new WordPackage(bytes, parts.documentName, parts.stylesName);
  }

  get strict(): boolean {
    return this.ns === STRICT_W;
  }

  /** The styles part if the package has one; see `stylesForWriting` to create it. */
  get styles(): Document | undefined {
    return this.stylesDoc;
  }

  /** The styles part, created (with its relationship and content type) when the package lacks one. */
  stylesForWriting(): Document {
    if (!this.stylesDoc) {
      const name = this.stylesName ?? `${this.baseDir}styles.xml`;
      this.stylesDoc = parseXml(`${XML_HEAD}<w:styles xmlns:w="${this.ns}"/>`, name);
      this.addStylesRelationship(name);
      this.addOverride(name, STYLES_TYPE);
      this.changed.set(name, this.stylesDoc);
    } else {
      this.changed.set(this.stylesName!, this.stylesDoc);
    }
    return this.stylesDoc;
  }

  save(): Uint8Array {
    this.changed.set(this.documentName, this.document);
    for (const [name, doc] of this.changed) this.put(name, serialize(doc));
    return writeZipEntries(this.entries);
  }

  private get baseDir(): string {
    return this.documentName.slice(0, this.documentName.lastIndexOf("/") + 1);
  }

  private addStylesRelationship(stylesName: string): void {
    const relsName = relsOf(this.documentName);
    const existing = this.text(relsName);
    const rels = parseXml(
      existing ?? `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"/>`,
      relsName
    );
    const root = rels.documentElement!;
    const ids = new Set<string>();
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      ids.add(c.getAttribute("Id") ?? "");
      // A relationship to a missing part: only the part needs creating.
      if ((c.getAttribute("Type") ?? "").endsWith("/styles")) return;
    }
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = rels.createElementNS(root.namespaceURI ?? PACKAGE_RELS, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute(
      "Type",
      this.strict
        ? "http://purl.oclc.org/ooxml/officeDocument/relationships/styles"
        : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    );
    rel.setAttribute("Target", stylesName.slice(this.baseDir.length));
    root.appendChild(rel);
    this.changed.set(relsName, rels);
  }

  private addOverride(partName: string, contentType: string): void {
    const name = "[Content_Types].xml";
    const types = parseXml(
      this.text(name) ?? `${XML_HEAD}<Types xmlns="${CONTENT_TYPES_NS}"/>`,
      name
    );
    const root = types.documentElement!;
    const wanted = `/${partName}`.toLowerCase();
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (isElement(c) && (c.getAttribute("PartName") ?? "").toLowerCase() === wanted) return;
    }
    const override = types.createElementNS(root.namespaceURI ?? CONTENT_TYPES_NS, "Override");
    override.setAttribute("PartName", `/${partName}`);
    override.setAttribute("ContentType", contentType);
    root.appendChild(override);
    this.changed.set(name, types);
  }

  /** Part names compare case-insensitively (OPC, Part 2 §9.1.1.1). */
  private find(name: string): ZipEntry | undefined {
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower);
  }

  private text(name: string): string | undefined {
    const entry = this.find(name);
    return entry ? decodeXmlBytes(entry.data) : undefined;
  }

  private put(name: string, data: Uint8Array): void {
    const entry = this.find(name);
    if (entry) entry.data = data;
    else this.entries.push({ name, data, stored: false });
  }
}

/** UTF-8 always: a part that came in as UTF-16 must not keep saying so in its declaration. */
function serialize(doc: Document): Uint8Array {
  const xml = new XMLSerializer().serializeToString(doc);
  const head = /^<\?xml[^?]*\?>/.exec(xml);
  const out = head
    ? head[0].replace(/encoding=(["'])[^"']*\1/, 'encoding="UTF-8"') + xml.slice(head[0].length)
    : `${XML_HEAD}${xml}`;
  return strToU8(out);
}
