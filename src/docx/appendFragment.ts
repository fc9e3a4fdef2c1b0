/**
 * Writes DocumentFragments (appendices) into a .docx at the end of the body, each wrapped in a
 * block-level content control (w:sdt) tagged with the fragment's tag — what the Word add-in does
 * with Office.js — so that a second write finds it and replaces it instead of duplicating it.
 */
import type { Element } from "@xmldom/xmldom";
import type { DocumentFragment, FragmentBlock } from "../engine/fragment";
import { DocxError } from "./DocxError";
import { FragmentStyles } from "./fragmentStyles";
import { blockElements, type BlockWriter } from "./fragmentXml";
import { WordPackage } from "./wordPackage";
import { wBuilder } from "./wml";
import { wAttr, wChild, wChildren, wName, wVal } from "./xml";

export type AppendOptions = {
  /** Replace a content control with the same tag in place; without it, an existing one is an error. */
  replace?: boolean;
};

/** The .docx with `fragment` added at the end of its body; the other parts keep their bytes. */
export function appendFragment(
  docx: Uint8Array,
  fragment: DocumentFragment,
  options: AppendOptions = {}
): Uint8Array {
  return appendFragments(docx, [fragment], options);
}

/** Several fragments in one pass, in order (e.g. both appendices). */
export function appendFragments(
  docx: Uint8Array,
  fragments: DocumentFragment[],
  options: AppendOptions = {}
): Uint8Array {
  const body = new BodyWriter(WordPackage.open(docx));
  for (const fragment of fragments) body.fragment(fragment, options.replace ?? false);
  return body.save();
}

/** Tags of the document's block-level content controls, in document order. */
export function contentControlTags(docx: Uint8Array): string[] {
  const pkg = WordPackage.open(docx);
  return blockControls(bodyOf(pkg)).flatMap((sdt) => {
    const tag = tagOf(sdt);
    return tag === undefined ? [] : [tag];
  });
}

/** Appends to one opened package; `save` once at the end. */
export class BodyWriter {
  private readonly body: Element;
  private readonly writer: BlockWriter;

  constructor(private readonly pkg: WordPackage) {
    this.body = bodyOf(pkg);
    this.writer = {
      w: wBuilder(pkg.document, pkg.ns),
      styles: new FragmentStyles(pkg),
      strict: pkg.strict,
      textWidth: textWidth(this.body),
    };
  }

  /** Plain content at the end of the body, not marked (the text of a new document). */
  blocks(blocks: FragmentBlock[]): void {
    for (const el of blockElements(blocks, this.writer)) this.atEnd(el);
  }

  fragment(fragment: DocumentFragment, replace: boolean): void {
    const existing = blockControls(this.body).filter((sdt) => tagOf(sdt) === fragment.tag);
    if (existing.length > 0 && !replace) {
      throw new DocxError(
        "appendix-exists",
        `The document already has "${fragment.title}" (a content control tagged ${fragment.tag}); use --replace to replace it.`
      );
    }
    const w = this.writer.w;
    const old = existing[0];
    const sdt = w(
      "w:sdt",
      {},
      w(
        "w:sdtPr",
        {},
        w("w:alias", { "w:val": fragment.title }),
        w("w:tag", { "w:val": fragment.tag }),
        // The replaced control's id, so what pointed at it (a bookmark, a macro) still does.
        w("w:id", { "w:val": (old && idOf(old)) ?? this.freeId(fragment.tag) })
      ),
      w("w:sdtContent", {}, ...blockElements(fragment.blocks, this.writer))
    );
    if (old) {
      old.parentNode!.insertBefore(sdt, old);
      // Copies beyond the first (pasted twice by hand) go too: one appendix, one control.
      for (const copy of existing) copy.parentNode?.removeChild(copy);
    } else {
      this.atEnd(sdt);
    }
  }

  save(): Uint8Array {
    // Word ends every body (and table cell) with a paragraph; give it one after a final table.
    const last = lastBlock(this.body);
    if (!last || endsWithTable(last)) this.atEnd(this.writer.w("w:p"));
    return this.pkg.save();
  }

  /** Before the body's own w:sectPr (the last section's properties), which must stay last. */
  private atEnd(el: Element): void {
    const sectPr = lastElement(this.body);
    if (sectPr && wName(sectPr) === "sectPr") this.body.insertBefore(el, sectPr);
    else this.body.appendChild(el);
  }

  /** w:id must be unique among the document's content controls (§17.5.2.18). */
  private freeId(tag: string): string {
    const used = new Set(
      Array.from(this.pkg.document.getElementsByTagNameNS(this.pkg.ns, "sdtPr")).map((pr) =>
        wVal(pr, "id")
      )
    );
    let id = hash(tag);
    while (used.has(String(id))) id = (id + 1) % 0x7fffffff;
    return String(id);
  }
}

function bodyOf(pkg: WordPackage): Element {
  const root = pkg.document.documentElement;
  const body = root && wChild(root, "body");
  if (!body) {
    throw new DocxError(
      "corrupt-xml",
      "The document is damaged: its main part has no body; open it in Word, save it again and retry."
    );
  }
  return body;
}

/**
 * Content controls around paragraphs and tables — not the inline ones inside a paragraph, nor the
 * row- and cell-level ones of a table, which cannot hold an appendix.
 */
function blockControls(body: Element): Element[] {
  return Array.from(body.getElementsByTagNameNS(body.namespaceURI ?? "", "sdt")).filter((sdt) => {
    const content = wChild(sdt, "sdtContent");
    if (!content) return false;
    const blocks = ["p", "tbl", "sdt"].some((name) => wChildren(content, name).length > 0);
    return blocks ? wChildren(content, "r").length === 0 : wName(sdt.parentNode!) === "body";
  });
}

function tagOf(sdt: Element): string | undefined {
  return wVal(wChild(sdt, "sdtPr"), "tag");
}

function idOf(sdt: Element): string | undefined {
  return wVal(wChild(sdt, "sdtPr"), "id");
}

function lastElement(parent: Element): Element | undefined {
  for (let c = parent.lastChild; c; c = c.previousSibling)
    if (c.nodeType === 1) return c as Element;
  return undefined;
}

/** The last paragraph, table or content control of the body. */
function lastBlock(body: Element): Element | undefined {
  for (let c = body.lastChild; c; c = c.previousSibling) {
    const name = wName(c);
    if (name === "p" || name === "tbl" || name === "sdt") return c as Element;
  }
  return undefined;
}

function endsWithTable(block: Element): boolean {
  if (wName(block) === "tbl") return true;
  if (wName(block) !== "sdt") return false;
  const content = wChild(block, "sdtContent");
  const last = content && lastBlock(content);
  return last !== undefined && endsWithTable(last);
}

/** Twips between the margins of the last section; A4 with 1" margins when the document omits them. */
function textWidth(body: Element): number {
  const sectPr = wChild(body, "sectPr");
  const pgSz = sectPr && wChild(sectPr, "pgSz");
  const pgMar = sectPr && wChild(sectPr, "pgMar");
  const measure = (el: Element | undefined, attr: string) => {
    const v = el && wAttr(el, attr);
    return v === undefined ? undefined : twips(v);
  };
  const page = measure(pgSz, "w") ?? 11906;
  const margins =
    (measure(pgMar, "left") ?? 1440) +
    (measure(pgMar, "right") ?? 1440) +
    (measure(pgMar, "gutter") ?? 0);
  const width = page - margins;
  return width >= 1440 ? Math.round(width) : 9026;
}

const UNIT_TWIPS: Record<string, number> = {
  pt: 20,
  pc: 240,
  pi: 240,
  in: 1440,
  cm: 1440 / 2.54,
  mm: 144 / 2.54,
};

/** Twips, or a universal measure ("595.3pt", "2.54cm") as Strict documents write them. */
function twips(value: string): number | undefined {
  const m = /^(-?\d+(?:\.\d+)?)(pt|pc|pi|in|cm|mm)?$/.exec(value.trim());
  return m ? Number(m[1]) * (m[2] ? UNIT_TWIPS[m[2]] : 1) : undefined;
}

/** A stable positive 31-bit id from the tag (FNV-1a), so the same input gives the same file. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 1 || 1;
}
