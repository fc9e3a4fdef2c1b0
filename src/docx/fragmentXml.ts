/**
 * FragmentBlocks → WordprocessingML elements: headings in the document's heading styles, plain
 * paragraphs in its default style, and full-width tables whose first row is a bold, repeated header.
 *
 * Line breaks: a paragraph's or a cell's "\n" starts a new paragraph (a paragraph is what Word's
 * paragraph collection and the review engine read as a unit); a heading's "\n" is a line break
 * (w:br), so one heading stays one heading — one outline and table-of-contents entry.
 */
import type { Element } from "@xmldom/xmldom";
import type { FragmentBlock } from "../engine/fragment";
import type { FragmentStyles } from "./fragmentStyles";
import type { Child, WBuilder } from "./wml";

export type BlockWriter = {
  w: WBuilder;
  styles: FragmentStyles;
  /** ISO 29500 Strict writes percentages as "100%", Transitional in fiftieths of a percent. */
  strict: boolean;
  /** Width between the page margins, in twentieths of a point, for the table grid. */
  textWidth: number;
};

export function blockElements(blocks: FragmentBlock[], writer: BlockWriter): Element[] {
  const out: Element[] = [];
  for (const block of blocks) {
    if (block.kind === "heading") out.push(heading(block.text, block.level, writer));
    else if (block.kind === "paragraph")
      out.push(...lines(block.text).map((line) => paragraph(writer.w, line)));
    else if (Math.max(block.header.length, ...block.rows.map((r) => r.length)) > 0) {
      // Two tables in a row merge into one when Word opens the file: keep a paragraph between.
      if (out.at(-1)?.localName === "tbl") out.push(writer.w("w:p"));
      out.push(table(block.header, block.rows, writer));
    }
  }
  return out;
}

function heading(text: string, level: 1 | 2 | 3, { w, styles }: BlockWriter): Element {
  const style = styles.heading(level);
  return w(
    "w:p",
    {},
    w(
      "w:pPr",
      {},
      w("w:pStyle", { "w:val": style.id }),
      // The appendix title carries its own number ("附件二"); the style's list must not add one.
      style.numbered &&
        w("w:numPr", {}, w("w:ilvl", { "w:val": "0" }), w("w:numId", { "w:val": "0" }))
    ),
    run(w, lines(text), false)
  );
}

function paragraph(w: WBuilder, text: string, bold = false): Element {
  return w("w:p", {}, text !== "" && run(w, [text], bold));
}

function table(header: string[], rows: string[][], writer: BlockWriter): Element {
  const { w, strict } = writer;
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  const widths = columnWidths([header, ...rows], columns, writer.textWidth);
  const cell = (text: string, col: number, bold: boolean) => {
    const paragraphs = lines(text).map((line) => paragraph(w, line, bold));
    return w(
      "w:tc",
      {},
      w("w:tcPr", {}, w("w:tcW", { "w:w": String(widths[col]), "w:type": "dxa" })),
      ...paragraphs
    );
  };
  const row = (cells: string[], isHeader: boolean) =>
    w(
      "w:tr",
      {},
      // Repeated at the top of each page the table runs onto.
      isHeader && w("w:trPr", {}, w("w:tblHeader")),
      ...widths.map((_, col) => cell(cells[col] ?? "", col, isHeader))
    );
  return w(
    "w:tbl",
    {},
    w(
      "w:tblPr",
      {},
      w("w:tblStyle", { "w:val": writer.styles.table() }),
      w("w:tblW", { "w:w": strict ? "100%" : "5000", "w:type": "pct" }),
      // The style's header-row formatting on, banded columns off (Word's default for new tables).
      w("w:tblLook", {
        ...(strict ? {} : { "w:val": "04A0" }),
        "w:firstRow": "1",
        "w:lastRow": "0",
        "w:firstColumn": "1",
        "w:lastColumn": "0",
        "w:noHBand": "0",
        "w:noVBand": "1",
      })
    ),
    w("w:tblGrid", {}, ...widths.map((width) => w("w:gridCol", { "w:w": String(width) }))),
    row(header, true),
    ...rows.map((cells) => row(cells, false))
  );
}

/** One run: text, w:tab for tabs, w:br between lines. */
function run(w: WBuilder, textLines: string[], bold: boolean): Element {
  const children: Child[] = [bold && w("w:rPr", {}, w("w:b"))];
  textLines.forEach((line, i) => {
    if (i > 0) children.push(w("w:br"));
    line.split("\t").forEach((piece, k) => {
      if (k > 0) children.push(w("w:tab"));
      if (piece === "") return;
      // Without xml:space="preserve" Word drops leading/trailing spaces and collapses runs of them.
      const preserve = /^\s|\s$|\s\s/.test(piece);
      children.push(w("w:t", preserve ? { "xml:space": "preserve" } : {}, piece));
    });
  });
  return w("w:r", {}, ...children);
}

/**
 * The lines of a text, without characters XML 1.0 cannot hold (control characters, unpaired
 * surrogates): the part would not open at all.
 */
function lines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, "");
  return clean.split(/\r\n|\r|\n/);
}

/**
 * Column widths in proportion to their longest text (CJK characters count double), within bounds so
 * a "No." column stays narrow and a description column does not squeeze the others out.
 */
function columnWidths(rows: string[][], columns: number, total: number): number[] {
  const weights = Array.from({ length: columns }, (_, col) => {
    const longest = Math.max(0, ...rows.map((r) => displayWidth(r[col] ?? "")));
    return Math.min(Math.max(longest, 4), 40);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((total * weight) / sum));
  widths[columns - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
    width = Math.max(width, w);
  }
  return width;
}
