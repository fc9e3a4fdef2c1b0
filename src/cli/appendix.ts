/**
 * `review [<file>] --appendix scope|sla|both --out <out.docx>`: writes the default appendices into
 * the contract (.docx), after a contract's text (.txt, draft), or into a document of their own.
 */
import type { Playbook } from "../engine/types";
import { basename } from "node:path";
import { appendFragments, contentControlTags } from "../docx/appendFragment";
import { fragmentDocument } from "../docx/fragmentDocument";
import { readDocx } from "../docx/readDocx";
import { readContractFile, readFileBytes } from "../docx/readFile";
import { detectLanguage } from "../engine/language";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Language } from "../engine/types";
import {
  defaultPlaybook,
  defaultScopeForm,
  defaultSlaForm,
  renderAppendix,
  type AppendixKind,
} from "../library";
import type { AppendixArgs } from "./args";
import { snapshotBlocks } from "./snapshotBlocks";

type Input = { snapshot: DocumentSnapshot; docx?: Uint8Array };

/**
 * The .docx to write and a one-line summary of it; a DocxError for unreadable input or an appendix
 * already there (without --replace).
 */
export function appendixDocument(
  args: AppendixArgs,
  playbook: Playbook = defaultPlaybook
): { bytes: Uint8Array; summary: string } {
  const input = args.file === undefined ? undefined : readInput(args.file);
  // parseArgs demands --lang when there is no input.
  const language: Language =
    args.lang ?? detectLanguage(input!.snapshot.paragraphs.map((p) => p.text).join("\n"));
  const fragments = args.appendices.map((kind) =>
    renderAppendix(defaultForm(kind, language, playbook), language)
  );

  let bytes: Uint8Array;
  let what: string;
  const names = fragments.map((f) => f.title);
  if (input?.docx) {
    const present = new Set(contentControlTags(input.docx));
    bytes = appendFragments(input.docx, fragments, { replace: args.replace });
    const marked = fragments.map((f) => `${f.title}${present.has(f.tag) ? " (replaced)" : ""}`);
    what = `${basename(args.file!)} + ${marked.join(", ")}`;
  } else if (input) {
    bytes = fragmentDocument(fragments, { leading: snapshotBlocks(input.snapshot) });
    what = `the text of ${basename(args.file!)} + ${names.join(", ")}`;
  } else {
    bytes = fragmentDocument(fragments);
    what = names.join(", ");
  }
  return { bytes, summary: `wrote ${args.out} (${language}): ${what}` };
}

function readInput(file: string): Input {
  if (!/\.docx$/i.test(file)) return { snapshot: readContractFile(file) };
  const docx = readFileBytes(file);
  return { snapshot: readDocx(docx, basename(file)), docx };
}

function defaultForm(kind: AppendixKind, language: Language, playbook: Playbook) {
  return kind === "scope"
    ? defaultScopeForm(language, playbook)
    : defaultSlaForm(language, playbook);
}
