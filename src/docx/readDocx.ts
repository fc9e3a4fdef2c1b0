/**
 * .docx → DocumentSnapshot. One pass over w:body in document order, numbering paragraphs the way
 * Word's paragraph collection does: every w:p, including each table cell's paragraphs and empty ones.
 */
import type { Element } from "@xmldom/xmldom";
import type { DocumentSnapshot, SnapshotParagraph, TablePosition } from "../engine/snapshot";
import { DocxError } from "./DocxError";
import { headingLevel } from "./headings";
import { ListCounter, readNumbering } from "./numbering";
import { collectParagraphText } from "./paragraphText";
import { readStyles, styleChain, type Style, type StyleSheet } from "./styles";
import { unpackDocx } from "./unpackDocx";
import { parseXml, wChild, wInt, wName, wVal } from "./xml";

export function readDocx(bytes: Uint8Array, source?: string): DocumentSnapshot {
  const parts = unpackDocx(bytes);
  const document = parseXml(parts.document, parts.documentName);
  const styles = readStyles(
    parts.styles === undefined ? undefined : parseXml(parts.styles, "word/styles.xml")
  );
  const numbering = readNumbering(
    parts.numbering === undefined ? undefined : parseXml(parts.numbering, "word/numbering.xml")
  );

  const root = document.documentElement;
  const body = root && wChild(root, "body");
  if (!body) {
    throw new DocxError(
      "corrupt-xml",
      `The document is damaged: ${parts.documentName} has no body; open it in Word, save it again and retry.`
    );
  }

  const walker = new BodyWalker(styles, new ListCounter(numbering, styles));
  walker.blocks(body, undefined);
  return source === undefined
    ? { paragraphs: walker.paragraphs }
    : { paragraphs: walker.paragraphs, source };
}

class BodyWalker {
  readonly paragraphs: SnapshotParagraph[] = [];
  private tables = 0;
  private readonly text: string[] = [];
  /** w:basedOn chains by style id: a long contract uses a handful of styles thousands of times. */
  private readonly chains = new Map<string, Style[]>();

  constructor(
    private readonly styles: StyleSheet,
    private readonly lists: ListCounter
  ) {}

  /** Block-level content (§17.2.2 body, §17.4.66 tc, §17.5.2.38 sdtContent). */
  blocks(container: Element, table: TablePosition | undefined): void {
    for (let c = container.firstChild; c; c = c.nextSibling) {
      switch (wName(c)) {
        case "p":
          this.paragraph(c as Element, table);
          break;
        case "tbl":
          this.table(c as Element, table);
          break;
        case "sdt":
        case "sdtContent":
        case "customXml":
          this.blocks(c as Element, table);
          break;
        // w:sectPr, w:bookmarkStart, w:altChunk (imported content we cannot read) …: nothing to emit.
        default:
          break;
      }
    }
  }

  /**
   * A nested table (§17.4.38 inside a w:tc) keeps the outer table's position: the snapshot's table
   * index counts top-level tables only.
   */
  private table(tbl: Element, outer: TablePosition | undefined): void {
    const tableIndex = outer ? outer.table : this.tables++;
    let row = 0;
    for (const tr of rowLevel(tbl, "tr")) {
      let cell = 0;
      for (const tc of rowLevel(tr, "tc")) {
        this.blocks(tc, outer ?? { table: tableIndex, row, cell });
        cell++;
      }
      row++;
    }
  }

  private paragraph(p: Element, table: TablePosition | undefined): void {
    const pPr = wChild(p, "pPr");
    const text = this.text;
    text.length = 0;
    collectParagraphText(p, text);

    const directStyle = wVal(pPr, "pStyle");
    const styleId = directStyle ?? this.styles.defaultParagraph?.id;
    const chain = this.chainOf(styleId);
    const para: SnapshotParagraph = { index: this.paragraphs.length, text: text.join("") };

    const style = chain[0]?.name ?? directStyle;
    if (style !== undefined) para.style = style;
    const level = headingLevel(directStyle, chain, wInt(pPr, "outlineLvl"));
    if (level !== undefined) para.headingLevel = level;
    const label = this.listLabel(pPr, styleId, chain);
    if (label !== undefined) para.listLabel = label;
    if (table) para.table = table;
    this.paragraphs.push(para);
  }

  private chainOf(styleId: string | undefined): Style[] {
    if (styleId === undefined) return [];
    let chain = this.chains.get(styleId);
    if (!chain) {
      chain = styleChain(this.styles, styleId);
      this.chains.set(styleId, chain);
    }
    return chain;
  }

  /**
   * Numbering comes from the paragraph's w:numPr, else the nearest style in its w:basedOn chain
   * that has one (§17.3.1.19); numId 0 switches numbering off.
   */
  private listLabel(
    pPr: Element | undefined,
    styleId: string | undefined,
    chain: Style[]
  ): string | undefined {
    const numPr = pPr && wChild(pPr, "numPr");
    let numId = numPr ? wVal(numPr, "numId") : undefined;
    let ilvl = numPr ? wInt(numPr, "ilvl") : undefined;
    if (numId === undefined) {
      const fromStyle = chain.find((s) => s.numId !== undefined);
      if (!fromStyle) return undefined;
      numId = fromStyle.numId;
      ilvl ??= fromStyle.ilvl;
    }
    if (numId === undefined || numId === "0") return undefined;
    return this.lists.next(numId, ilvl, styleId);
  }
}

/** Rows of a table or cells of a row, also when wrapped in row/cell-level w:sdt or w:customXml. */
function rowLevel(parent: Element, local: "tr" | "tc"): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const name = wName(c);
      if (name === local) out.push(c as Element);
      else if (name === "sdt" || name === "sdtContent" || name === "customXml") visit(c as Element);
    }
  };
  visit(parent);
  return out;
}
