/**
 * Paragraph styles from word/styles.xml (ECMA-376 §17.7): names, the default paragraph style, and
 * the properties a paragraph inherits through `w:basedOn` that matter here (numbering, outline level).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { wAttr, wChild, wChildren, wInt, wVal } from "./xml";

export type Style = {
  id: string;
  type: string;
  /** Display name, e.g. "Heading 1" (styles.xml stores built-ins lower-case: "heading 1"). */
  name: string;
  /** The name exactly as stored, for recognising built-in styles. */
  rawName: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
};

export type StyleSheet = {
  byId: Map<string, Style>;
  /** The paragraph style a paragraph without w:pStyle gets (w:default="1"), usually "Normal". */
  defaultParagraph?: Style;
  /** The table style a table without w:tblStyle gets, usually "TableNormal". */
  defaultTable?: Style;
};

export function readStyles(doc: Document | undefined): StyleSheet {
  const byId = new Map<string, Style>();
  let defaultParagraph: Style | undefined;
  let defaultTable: Style | undefined;
  const root = doc?.documentElement;
  if (!root) return { byId };
  for (const el of wChildren(root, "style")) {
    const style = readStyle(el);
    if (!style) continue;
    byId.set(style.id, style);
    // w:default is an ST_OnOff attribute of w:style (§17.7.4.17).
    const isDefault = wAttr(el, "default");
    if (isDefault === "1" || isDefault === "true" || isDefault === "on") {
      if (style.type === "paragraph") defaultParagraph ??= style;
      else if (style.type === "table") defaultTable ??= style;
    }
  }
  return { byId, defaultParagraph, defaultTable };
}

function readStyle(el: Element): Style | undefined {
  const id = wAttr(el, "styleId");
  if (!id) return undefined;
  const rawName = wVal(el, "name") ?? id;
  const pPr = wChild(el, "pPr");
  const numPr = pPr && wChild(pPr, "numPr");
  return {
    id,
    type: wAttr(el, "type") ?? "paragraph",
    name: displayName(rawName),
    rawName,
    basedOn: wVal(el, "basedOn"),
    outlineLvl: wInt(pPr, "outlineLvl"),
    numId: numPr ? wVal(numPr, "numId") : undefined,
    ilvl: numPr ? wInt(numPr, "ilvl") : undefined,
  };
}

/** Word keeps built-in names lower-case in styles.xml but shows them capitalised. */
const SPECIAL_NAMES: Record<string, string> = {
  "annotation text": "Comment Text",
  "annotation reference": "Comment Reference",
  "annotation subject": "Comment Subject",
};

function displayName(raw: string): string {
  const special = SPECIAL_NAMES[raw];
  if (special) return special;
  if (!/^[a-z][a-z0-9 ]*$/.test(raw)) return raw;
  return raw
    .split(" ")
    .map((word) =>
      word === "toc" ? "TOC" : word === "of" ? word : word.charAt(0).toUpperCase() + word.slice(1)
    )
    .join(" ");
}

/** The style and its `w:basedOn` ancestors, nearest first; stops on cycles. */
export function styleChain(sheet: StyleSheet, id: string | undefined): Style[] {
  const chain: Style[] = [];
  const seen = new Set<string>();
  let style = id === undefined ? undefined : sheet.byId.get(id);
  while (style && !seen.has(style.id) && chain.length < 32) {
    seen.add(style.id);
    chain.push(style);
    style = style.basedOn === undefined ? undefined : sheet.byId.get(style.basedOn);
  }
  return chain;
}
