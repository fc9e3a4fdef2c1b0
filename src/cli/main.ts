/**
 * `npm run --silent review -- <file> --format json|text`: reviews a .docx, .txt or sample draft
 * against the bundled playbook. `… --appendix scope|sla|both --out <out.docx>` writes appendices
 * instead (./appendix.ts). Exit codes: 0 done, 1 unreadable or unsupported file (or an appendix
 * already there), 2 usage.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { review } from "../engine/review";
import { DocxError } from "../docx/DocxError";
import { readContractFile } from "../docx/readFile";
import { defaultPlaybook, libraryWording } from "../library";
import { appendixDocument } from "./appendix";
import { HelpRequest, parseArgs, UsageError, type AppendixArgs, type ReviewArgs } from "./args";
import { toJsonReport } from "./jsonReport";
import { toTextReport } from "./textReport";

export type Output = { out(text: string): void; err(text: string): void };

const stdio: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export function main(argv: string[], io: Output = stdio): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
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
    return args.mode === "review" ? printReview(args, io) : writeAppendix(args, io);
  } catch (e) {
    if (e instanceof DocxError) {
      io.err(`review: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function printReview(args: ReviewArgs, io: Output): number {
  const snapshot = readContractFile(args.file);
  const report = review(snapshot, defaultPlaybook, libraryWording);
  const source = basename(args.file);
  io.out(
    args.format === "json"
      ? `${JSON.stringify(toJsonReport(report, source), null, 2)}\n`
      : toTextReport(report, source)
  );
  return 0;
}

function writeAppendix(args: AppendixArgs, io: Output): number {
  const { bytes, summary } = appendixDocument(args);
  try {
    writeFileSync(args.out, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : (error as Error).message;
    io.err(`review: Cannot write ${args.out}: ${why}.\n`);
    return 1;
  }
  io.out(`${summary}\n`);
  return 0;
}
