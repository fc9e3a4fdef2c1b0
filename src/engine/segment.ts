/**
 * Splits a document into clauses — the unit the engine classifies, judges and anchors findings to.
 *
 * A clause starts at a numbered paragraph (第五条, 5., 5.2, 一、, （一）, Section 5, Article V, (a)
 * after a heading) or a heading; unnumbered paragraphs that continue a list introduced by a colon
 * join the clause before them; every table row is one clause, its cells joined by " | ". Headings
 * become the `section` of the clauses below them, so "5. Term and Renewal" helps classify "5.1 …".
 */
import { normalizeEach } from "./normalize";
import type { DocumentSnapshot, SnapshotParagraph } from "./snapshot";

export type ClauseKind = "heading" | "clause" | "table-row" | "definition" | "toc";

export type Clause = {
  index: number;
  kind: ClauseKind;
  /** The clause number as written ("5.2", "第五条", "(a)"), if any. */
  number?: string;
  /** The text of the nearest heading above the clause. */
  section?: string;
  /** normalizeForMatch(section). */
  sectionNorm?: string;
  /** Paragraph indices, first to last, in document order. */
  paragraphs: number[];
  /** Paragraph texts joined with "\n" (table cells with " | "). */
  text: string;
  /** normalizeForMatch(text): same offsets as `text`. */
  norm: string;
  /** Offset of each paragraph's text inside `text`, parallel to `paragraphs`. */
  offsets: number[];
  /** Table rows: the cell index of each paragraph, parallel to `paragraphs`. */
  cells?: number[];
  /**
   * Table rows below the first: the first row's cell texts (normalised), by cell index — what a
   * reader uses to know that "8 hours" sits in the "Response" column and "2 days" in "Resolution".
   */
  header?: string[];
};

const CN_NUM = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾";
const NUMBERING = new RegExp(
  [
    `^第[${CN_NUM}\\d]+[条條章节節款]`, // 第五条, 第5条, 第一章
    `^[${CN_NUM}]+[、.．]`, // 一、
    `^[（(][${CN_NUM}\\d]+[)）]`, // （一） (1)
    `^\\d+(?:[.．]\\d+)*[.．、)]?(?=\\s|[\\u4e00-\\u9fff]|$)`, // 5. 5.2 5.2.1 5) 5、
    `^(?:section|article|clause|schedule|annex|appendix|exhibit)\\s+[\\dIVXLC]+(?:\\.\\d+)*\\b`,
    `^[（(][a-z]{1,3}[)）]`, // (a) (iv)
    `^[a-z][.)]\\s`, // a) a.
    `^[①-⑳]`,
  ].join("|"),
  "i"
);
const SUB_ITEM =
  /^(?:[（(](?:[a-z]{1,3}|\d+|[一二三四五六七八九十]+)[)）]|[①-⑳]|[a-z][.)]\s|[-•·])/i;
const DEFINITION =
  /^\s*(?:\d+(?:\.\d+)*\.?\s*)?["“「『][^"”」』]{1,60}["”」』]\s*(?:[:：,，]\s*)?(?:means|shall mean|refers to|has the meaning|指|是指|系指|係指)/i;
const TOC_LINE = /(?:\.{3,}|…{2,}|\t)\s*\d{1,4}\s*$/;
const SENTENCE_END = /[。；;.!?！？:：]$/;

/** The number a paragraph starts with (its own text or its automatic list label). */
export function clauseNumber(p: SnapshotParagraph): string | undefined {
  if (p.listLabel) return p.listLabel.trim();
  const m = NUMBERING.exec(p.text.trim());
  return m ? m[0].trim() : undefined;
}

function isHeading(p: SnapshotParagraph, number: string | undefined): boolean {
  if (p.headingLevel !== undefined) return true;
  // "第五条 服务期限与续约" / "5. TERM AND RENEWAL": a short numbered line that is not a sentence.
  const text = p.text.trim();
  return (
    number !== undefined &&
    text.length <= 40 &&
    !SENTENCE_END.test(text) &&
    text.length > number.length
  );
}

/** normalizeForMatch of every paragraph, by paragraph index: one pass over all the paragraphs. */
export function normalizedParagraphs(snapshot: DocumentSnapshot): string[] {
  return normalizeEach(snapshot.paragraphs.map((p) => p.text));
}

export function segment(
  snapshot: DocumentSnapshot,
  norms: readonly string[] = normalizedParagraphs(snapshot)
): Clause[] {
  const clauses: Clause[] = [];
  let section: string | undefined;
  let sectionNorm: string | undefined;
  let open:
    | ({ paragraphs: number[]; parts: string[]; joiner: string; cells?: number[] } & Omit<
        Clause,
        "paragraphs" | "text" | "norm" | "offsets" | "index"
      >)
    | undefined;
  let openRow: string | undefined;
  const headers = new Map<number, string[]>();

  const close = () => {
    if (!open) return;
    const offsets: number[] = [];
    let at = 0;
    for (const part of open.parts) {
      offsets.push(at);
      at += part.length + open.joiner.length;
    }
    const text = open.parts.join(open.joiner);
    const norm = open.paragraphs.map((i) => norms[i]).join(open.joiner);
    const kind: ClauseKind =
      open.kind === "clause" && DEFINITION.test(text) ? "definition" : open.kind;
    clauses.push({
      index: clauses.length,
      kind,
      number: open.number,
      section: open.section,
      sectionNorm: open.sectionNorm,
      paragraphs: open.paragraphs,
      text,
      norm,
      offsets,
      ...(open.cells ? { cells: open.cells } : {}),
      ...(open.header ? { header: open.header } : {}),
    });
    open = undefined;
    openRow = undefined;
  };
  const start = (
    p: SnapshotParagraph,
    kind: ClauseKind,
    number: string | undefined,
    joiner = "\n"
  ) => {
    close();
    open = { kind, number, section, sectionNorm, paragraphs: [p.index], parts: [p.text], joiner };
  };

  for (const p of snapshot.paragraphs) {
    const text = p.text.trim();
    if (p.table) {
      const { table, row, cell } = p.table;
      const rowKey = `${table}:${row}`;
      if (row === 0) {
        const header = headers.get(table) ?? [];
        header[cell] = header[cell]
          ? `${header[cell]} ${norms[p.index].trim()}`
          : norms[p.index].trim();
        headers.set(table, header);
      }
      if (open && openRow === rowKey) {
        open.paragraphs.push(p.index);
        open.parts.push(p.text);
        open.cells!.push(cell);
      } else {
        start(p, "table-row", undefined, " | ");
        open!.cells = [cell];
        if (row > 0 && headers.has(table)) open!.header = headers.get(table);
        openRow = rowKey;
      }
      continue;
    }
    if (!text) continue; // empty paragraphs neither start nor join a clause
    if (TOC_LINE.test(text) || /^toc/i.test(p.style ?? "")) {
      start(p, "toc", undefined);
      close();
      continue;
    }
    const number = clauseNumber(p);
    if (isHeading(p, number)) {
      start(p, "heading", number);
      close();
      section = text;
      sectionNorm = norms[p.index].trim();
      continue;
    }
    // "(a) …" under "5.2 … as follows:" belongs to 5.2; so does any line after a colon. A document
    // numbered only with (a), (b) … keeps them as separate clauses.
    const introducesList =
      open !== undefined && /[:：]$/.test(open.parts[open.parts.length - 1].trim());
    const isSubItem =
      SUB_ITEM.test(text) && open?.number !== undefined && !SUB_ITEM.test(open.number);
    if (open?.kind === "clause" && (isSubItem || (introducesList && number === undefined))) {
      open!.paragraphs.push(p.index);
      open!.parts.push(p.text);
      continue;
    }
    start(p, "clause", number);
  }
  close();
  return clauses;
}
