/**
 * The visible text of one w:p as it reads with tracked changes accepted (ECMA-376 §17.3.2 runs,
 * §17.13.5 revisions). Appends pieces to `out` so the caller joins once per paragraph.
 */
import type { Element } from "@xmldom/xmldom";
import { ownText, wName } from "./xml";

/** Run-level wrappers whose runs are part of the text (§17.3.2, §17.5.2, §17.13.5.18/.22). */
const WRAPPERS = new Set([
  "ins", // tracked insertion: kept (changes accepted)
  "moveTo", // tracked move destination: kept
  "hyperlink",
  "smartTag",
  "fldSimple", // its runs are the field result
  "customXml",
  "sdtContent",
  "sdt",
  "dir",
  "bdo",
  "ruby",
  "rubyBase", // the base text of phonetic guides; w:rt (the guide) is skipped
]);

/*
 * Not descended into: w:pPr; w:del and w:moveFrom (tracked deletions — §17.13.5.14/.21);
 * w:rt; w:sdtPr; w:drawing/w:pict/w:object (text boxes are separate stories in Word, not body
 * paragraphs); mc:AlternateContent (holds drawings; other namespace, so ignored by wName).
 */
export function collectParagraphText(p: Element, out: string[]): void {
  for (let c = p.firstChild; c; c = c.nextSibling) {
    const name = wName(c);
    if (name === "r") collectRunText(c as Element, out);
    else if (name !== undefined && WRAPPERS.has(name)) collectParagraphText(c as Element, out);
  }
}

function collectRunText(r: Element, out: string[]): void {
  for (let c = r.firstChild; c; c = c.nextSibling) {
    switch (wName(c)) {
      case "t":
        out.push(ownText(c as Element));
        break;
      case "tab":
      case "ptab":
        out.push("\t");
        break;
      case "br":
      case "cr":
        out.push(" ");
        break;
      case "noBreakHyphen":
        out.push("-");
        break;
      // w:delText (deleted text), w:instrText (field code), w:fldChar, w:softHyphen (invisible
      // unless the line breaks there), w:sym, footnote references and drawings add nothing.
      default:
        break;
    }
  }
}
