/**
 * Builds WordprocessingML elements in a parsed part. The DOM does the escaping (&, <, >, quotes)
 * when the part is serialised, so text goes in as it is.
 */
import type { Document, Element } from "@xmldom/xmldom";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

export type Child = Element | string | undefined | false;

/** `w(doc, ns)("w:tblW", { "w:w": "5000", "w:type": "pct" }, …children)`; strings become text. */
export function wBuilder(doc: Document, ns: string) {
  return (name: string, attrs: Record<string, string> = {}, ...children: Child[]): Element => {
    const el = doc.createElementNS(ns, name);
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith("xml:")) el.setAttributeNS(XML_NS, key, value);
      else el.setAttributeNS(ns, key, value);
    }
    for (const child of children) {
      if (child === undefined || child === false) continue;
      el.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
    }
    return el;
  };
}

export type WBuilder = ReturnType<typeof wBuilder>;
