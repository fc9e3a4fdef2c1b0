/** Builds a minimal .docx package in memory for the reader tests. */
import { strToU8, zipSync, type Zippable } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type DocxParts = {
  /** Inner XML of <w:styles>; omit to leave the part out. */
  styles?: string;
  /** Inner XML of <w:numbering>. */
  numbering?: string;
  /** Extra or replacement parts, raw bytes or strings, by part name. */
  extra?: Record<string, string | Uint8Array>;
  /** Leave out word/document.xml (and its relationship). */
  noDocument?: boolean;
};

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Wraps body XML (w:p, w:tbl …) into a package; `styles`/`numbering` are the inner XML of those parts. */
export function makeDocx(bodyXml: string, parts: DocxParts = {}): Uint8Array {
  const files: Zippable = {};
  const overrides: string[] = [];
  const docRels: string[] = [];

  files["_rels/.rels"] = strToU8(
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  if (!parts.noDocument) {
    files["word/document.xml"] = strToU8(
      `${xmlHead}<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`
    );
    overrides.push(override("/word/document.xml", "wordprocessingml.document.main+xml"));
  }
  if (parts.styles !== undefined) {
    files["word/styles.xml"] = strToU8(
      `${xmlHead}<w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`
    );
    overrides.push(override("/word/styles.xml", "wordprocessingml.styles+xml"));
    docRels.push(`<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (parts.numbering !== undefined) {
    files["word/numbering.xml"] = strToU8(
      `${xmlHead}<w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`
    );
    overrides.push(override("/word/numbering.xml", "wordprocessingml.numbering+xml"));
    docRels.push(`<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (docRels.length > 0) {
    files["word/_rels/document.xml.rels"] = strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join("")}</Relationships>`
    );
  }
  files["[Content_Types].xml"] = strToU8(
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`
  );
  for (const [name, content] of Object.entries(parts.extra ?? {})) {
    files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(files);
}

function override(partName: string, type: string): string {
  return `<Override PartName="${partName}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
}

/** Escapes text for use inside w:t. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** <w:p> with optional paragraph properties XML and one run of text. */
export function p(text: string, pPr = ""): string {
  const run = text === "" ? "" : `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${run}</w:p>`;
}

/** A paragraph in list `numId` at level `ilvl`. */
export function li(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

/** A table from rows of cell texts (each cell one paragraph). */
export function tbl(rows: string[][]): string {
  const trs = rows.map(
    (cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr/>${p(c)}</w:tc>`).join("")}</w:tr>`
  );
  return `<w:tbl><w:tblPr/><w:tblGrid/>${trs.join("")}</w:tbl>`;
}

/** <w:style> for a paragraph style. */
export function style(id: string, name: string, pPr = "", extra = ""): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}</w:style>`;
}

/** A one-level-or-more abstractNum plus a w:num pointing at it. */
export function list(
  numId: number,
  abstractId: number,
  levels: { fmt: string; text: string; start?: number }[]
): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/></w:lvl>`
    )
    .join("");
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`;
}
