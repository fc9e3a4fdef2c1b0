/**
 * Strategy 3, insertion: where a new clause goes when the contract has none on the topic.
 *
 * The rule: after the last paragraph of the contract body, i.e.
 * - before the back matter — the first signature line ("IN WITNESS WHEREOF", "Signed by/for", "Signatures",
 *   "甲方（盖章）", "授权代表（签字）", "立合约书人", "签约日期", "（以下无正文）") or appendix heading ("附件一 …",
 *   "Appendix", "Schedule", "Exhibit", "Annex") after which nothing but back matter follows: a marker is
 *   passed over when a body heading comes later (an order form signed above the general terms it
 *   incorporates), where a body heading is any heading that is not a sub-heading of an appendix;
 * - never inside a table: the clause goes after the last non-empty paragraph outside a table, so a
 *   body that ends with a table gets the clause above that table;
 * - at the very end when there is no back matter, and at the start (-1) for a document with no
 *   paragraph outside a table.
 */
import { normalizeForMatch } from "../normalize";
import type { DocumentSnapshot, SnapshotParagraph } from "../snapshot";

const SIGNATURE = new RegExp(
  [
    String.raw`^(?:in witness whereof|signed (?:by|for)\b|signatures?\b|signature page|executed by\b|authori[sz]ed signator)`,
    String.raw`^[(（]?以下无正文`,
    String.raw`^(?:甲方|乙方|买方|卖方|需方|供方|客户|供应商|委托方|受托方)[^。；;]{0,40}(?:[盖蓋]章|[签簽](?:字|章|署|名))`,
    String.raw`^(?:授权代表|授權代表|法定代表人|代表人)[^。；;]{0,10}(?:[签簽](?:字|章|名))`,
    String.raw`^立(?:合约|合同|协议|契约)(?:书)?人`,
    String.raw`^[签簽](?:约|署|订)日期`,
  ].join("|"),
  "i"
);
const APPENDIX =
  /^(?:附件|附录|附表|附錄)\s*[一二三四五六七八九十\d]*|^(?:appendix|appendices|schedule|exhibit|annex|attachment)\b/i;
/** A heading-like line: short and not a sentence. */
const SENTENCE_END = /[。；;.:：，,]$/;
const MAIN_HEADING =
  /^第[一二三四五六七八九十百零\d]+[条條章]|^(?:article|section)\s+[\dIVXLC]+\b/i;

type Kind = "signature" | "appendix" | "heading" | "text";

function kindOf(p: SnapshotParagraph): Kind {
  const text = normalizeForMatch(p.text).trim();
  if (!text) return "text";
  const short = text.length <= 80 && !SENTENCE_END.test(text);
  if (text.length <= 120 && SIGNATURE.test(text)) return "signature";
  if (short && APPENDIX.test(text)) return "appendix";
  if (p.headingLevel !== undefined || (short && MAIN_HEADING.test(text))) return "heading";
  return "text";
}

const levelOf = (p: SnapshotParagraph) => p.headingLevel ?? 1;

/** Index of the first paragraph of the back matter, or the paragraph count when there is none. */
export function backMatterStart(snapshot: DocumentSnapshot): number {
  const paragraphs = snapshot.paragraphs;
  const kinds = paragraphs.map(kindOf);
  // Scanning from the end: `start` is the earliest marker with only back matter after it.
  let start = paragraphs.length;
  let bodyHeadingLevel: number | undefined; // the shallowest heading not inside an appendix
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const kind = kinds[i];
    if (kind === "heading") {
      const level = levelOf(paragraphs[i]);
      bodyHeadingLevel = Math.min(bodyHeadingLevel ?? level, level);
    } else if (kind === "appendix") {
      const level = levelOf(paragraphs[i]);
      // Headings below it that are deeper belong to the appendix.
      if (bodyHeadingLevel !== undefined && bodyHeadingLevel > level) bodyHeadingLevel = undefined;
      if (bodyHeadingLevel === undefined) start = i;
    } else if (kind === "signature") {
      if (bodyHeadingLevel === undefined) start = i;
    }
  }
  return start;
}

/** The paragraph a new clause goes after (-1: at the start of the document). */
export function insertionPoint(snapshot: DocumentSnapshot): number {
  const end = backMatterStart(snapshot);
  for (let i = end - 1; i >= 0; i--) {
    const p = snapshot.paragraphs[i];
    if (!p.table && p.text.trim() !== "") return i;
  }
  return -1;
}
