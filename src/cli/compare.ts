/**
 * `review -- compare <old> <new>` and `review -- compare --standard <file>`: reads the drafts,
 * compares them (engine) and renders the report in the chosen format and language.
 */
import { basename } from "node:path";
import type { Comparison } from "../engine/compare/types";
import { compare, compareWithStandard, detectLanguage } from "../engine";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Language } from "../engine/types";
import { DocxError } from "../docx/DocxError";
import { readContractFile } from "../docx/readFile";
import type { Playbook } from "../engine/types";
import { defaultPlaybook, libraryWording } from "../library";
import {
  COMPARE_LABELS,
  compareHtml,
  compareSummary,
  type CompareReportOptions,
} from "../library/compareHtml";
import type { CompareArgs } from "./compareArgs";
import { compareJson } from "./compareReport/json";
import { compareText } from "./compareReport/text";

export type CompareResult = {
  report: string;
  language: Language;
  /** One line of counts, for `wrote <file> …`. */
  summary: string;
};

/** The report; a DocxError naming the file when an input cannot be read. */
export function compareReport(
  args: CompareArgs,
  playbook: Playbook = defaultPlaybook
): CompareResult {
  let comparison: Comparison;
  let options: CompareReportOptions;
  if ("standard" in args.input) {
    const doc = read(args.input.standard);
    const language = args.lang ?? languageOf(doc);
    comparison = compareWithStandard(doc, playbook, libraryWording);
    // The standard wording is the baseline: what the document changes in it.
    options = {
      language,
      old: COMPARE_LABELS[language].standard,
      new: basename(args.input.standard),
      standard: true,
    };
  } else {
    const oldDoc = read(args.input.old);
    const newDoc = read(args.input.new);
    comparison = compare(oldDoc, newDoc, playbook, libraryWording);
    // The new draft's language; the old one's when the new draft has no text to tell.
    const language = args.lang ?? (hasText(newDoc) ? languageOf(newDoc) : languageOf(oldDoc));
    options = { language, old: basename(args.input.old), new: basename(args.input.new) };
  }

  const report =
    args.format === "json"
      ? `${JSON.stringify(compareJson(comparison, options), null, 2)}\n`
      : args.format === "html"
        ? compareHtml(comparison, options)
        : compareText(comparison, options);
  return {
    report,
    language: options.language,
    summary: compareSummary(comparison, options.language),
  };
}

/** The reader's snapshot; its error names the file (the reader's own messages may not). */
function read(path: string): DocumentSnapshot {
  try {
    return readContractFile(path);
  } catch (e) {
    if (e instanceof DocxError && !e.message.includes(path))
      throw new DocxError(e.code, `${path}: ${e.message}`);
    throw e;
  }
}

const textOf = (doc: DocumentSnapshot) => doc.paragraphs.map((p) => p.text).join("\n");
const hasText = (doc: DocumentSnapshot) => doc.paragraphs.some((p) => p.text.trim() !== "");
const languageOf = (doc: DocumentSnapshot) => detectLanguage(textOf(doc));
