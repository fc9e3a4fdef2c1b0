/**
 * `npm run --silent review -- <file> --format json|text`: reviews a .docx, .txt or sample draft
 * against the bundled playbook. `… --appendix scope|sla|both --out <out.docx>` writes appendices
 * instead (./appendix.ts); `… compare <old> <new>` compares two drafts (./compare.ts). Exit codes:
 * 0 done, 1 unreadable or unsupported file (or an appendix already there), 2 usage.
 */
import { basename } from "node:path";
import { review } from "../engine/review";
import { DocxError } from "../docx/DocxError";
import { readContractFile } from "../docx/readFile";
import type { Playbook } from "../engine/types";
import { libraryWording } from "../library";
import { appendixDocument } from "./appendix";
import { HelpRequest, parseArgs, UsageError, type AppendixArgs, type ReviewArgs } from "./args";
import { toJsonReport } from "./jsonReport";
import { toTextReport } from "./textReport";
import { compareReport } from "./compare";
import { parseCompareArgs, type CompareArgs } from "./compareArgs";
import { writeOutput } from "./writeOutput";
import { PlaybookFileError, takePlaybookOption } from "./playbookOption";

export type Output = { out(text: string): void; err(text: string): void };

const stdio: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export function main(argv: string[], io: Output = stdio): number {
  let args;
  let playbook: Playbook;
  try {
    const taken = takePlaybookOption(argv);
    playbook = taken.playbook;
    argv = taken.argv;
    args = argv[0] === "compare" ? parseCompareArgs(argv.slice(1)) : parseArgs(argv);
  } catch (e) {
    if (e instanceof PlaybookFileError) {
      io.err(`review: ${e.message}\n`);
      return 1;
    }
    if (e instanceof HelpRequest) {
      io.out(`${e.message}\n`);
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    if (args.mode === "compare") return printComparison(args, playbook, io);
    return args.mode === "review"
      ? printReview(args, playbook, io)
      : writeAppendix(args, playbook, io);
  } catch (e) {
    if (e instanceof DocxError) {
      io.err(`review: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function printReview(args: ReviewArgs, playbook: Playbook, io: Output): number {
  const snapshot = readContractFile(args.file);
  const report = review(snapshot, playbook, libraryWording);
  const source = basename(args.file);
  io.out(
    args.format === "json"
      ? `${JSON.stringify(toJsonReport(report, source), null, 2)}\n`
      : toTextReport(report, source)
  );
  return 0;
}

function writeAppendix(args: AppendixArgs, playbook: Playbook, io: Output): number {
  const { bytes, summary } = appendixDocument(args, playbook);
  const failed = writeOutput(args.out, bytes);
  if (failed) {
    io.err(`review: ${failed}\n`);
    return 1;
  }
  io.out(`${summary}\n`);
  return 0;
}

function printComparison(args: CompareArgs, playbook: Playbook, io: Output): number {
  const { report, language, summary } = compareReport(args, playbook);
  if (args.out === undefined) {
    io.out(report);
    return 0;
  }
  const failed = writeOutput(args.out, report);
  if (failed) {
    io.err(`review: ${failed}\n`);
    return 1;
  }
  io.out(`wrote ${args.out} (${args.format}, ${language}): ${summary}\n`);
  return 0;
}
