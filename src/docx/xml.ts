/**
 * Small helpers over @xmldom/xmldom for WordprocessingML: a strict parser and namespace-aware
 * element tests. Works in Node and in a browser bundle (no host DOM needed).
 */
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { DocxError } from "./DocxError";

/** Transitional (ECMA-376 Part 1) and Strict (ISO/IEC 29500 Strict) WordprocessingML namespaces. */
const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses one package part; any error or fatal error becomes a `corrupt-xml` DocxError. */
export function parseXml(xml: string, partName: string): Document {
  // xmldom wraps what onError throws in a wordier ParseError; keep the parser's own words.
  let problem: string | undefined;
  const parser = new DOMParser({
    // Positions cost memory on every node and a user cannot act on a line/column anyway.
    locator: false,
    onError: (level, message) => {
      // Warnings (e.g. a redundant namespace declaration) leave a usable tree; errors do not.
      if (level === "warning") return;
      problem ??= message;
      throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, "text/xml");
  } catch (error) {
    throw corrupt(partName, problem ?? (error instanceof Error ? error.message : String(error)));
  }
  if (!doc.documentElement) throw corrupt(partName, "no root element");
  return doc;
}

function corrupt(partName: string, detail: string): DocxError {
  const short = detail.replace(/\s+/g, " ").trim().slice(0, 120);
  return new DocxError(
    "corrupt-xml",
    `The document is damaged: ${partName} is not well-formed XML (${short}); open it in Word, save it again and retry.`
  );
}

/** The local name of a WordprocessingML element, or undefined for anything else (text, other namespaces). */
export function wName(node: Node): string | undefined {
  if (node.nodeType !== ELEMENT_NODE) return undefined;
  const ns = node.namespaceURI;
  return ns !== null && W_NAMESPACES.has(ns) ? (node.localName ?? undefined) : undefined;
}

/** The first WordprocessingML child element with this local name. */
export function wChild(el: Element, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (wName(c) === local) return c as Element;
  }
  return undefined;
}

/** All WordprocessingML child elements with this local name. */
export function wChildren(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (wName(c) === local) out.push(c as Element);
  }
  return out;
}

/** A `w:`-prefixed attribute (w:val, w:styleId …); tolerates producers that omit the prefix. */
export function wAttr(el: Element, local: string): string | undefined {
  const ns = el.namespaceURI;
  const value = (ns ? el.getAttributeNS(ns, local) : null) ?? el.getAttribute(local);
  return value ?? undefined;
}

/** `w:val` of the named child, e.g. wVal(pPr, "pStyle"). */
export function wVal(el: Element | undefined, child: string): string | undefined {
  const c = el && wChild(el, child);
  return c ? wAttr(c, "val") : undefined;
}

/** An integer `w:val` of the named child. */
export function wInt(el: Element | undefined, child: string): number | undefined {
  const v = wVal(el, child);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An ST_OnOff toggle child (<w:isLgl/>, <w:isLgl w:val="false"/>) — ECMA-376 §17.17.4. */
export function wOn(el: Element | undefined, child: string): boolean {
  const c = el && wChild(el, child);
  if (!c) return false;
  const v = wAttr(c, "val");
  return v === undefined || !(v === "0" || v === "false" || v === "off");
}

/** Text of text and CDATA child nodes (the content of w:t, w:lvlText …). */
export function ownText(el: Element): string {
  let out = "";
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) out += c.nodeValue ?? "";
  }
  return out;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}
