/**
 * `npm run --silent review -- <file> --format json|text`: reviews a .docx, .txt or sample draft
 * against the bundled playbook. Exit codes: 0 reviewed, 1 unreadable or unsupported file, 2 usage.
 */
import { basename } from "node:path";
import { review } from "../engine/review";
import { DocxError } from "../docx/DocxError";
import { readContractFile } from "../docx/readFile";
import { defaultPlaybook, libraryWording } from "../library";
import { parseArgs, UsageError } from "./args";
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
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    const snapshot = readContractFile(args.file);
    const report = review(snapshot, defaultPlaybook, libraryWording);
    const source = basename(args.file);
    io.out(
      args.format === "json"
        ? `${JSON.stringify(toJsonReport(report, source), null, 2)}\n`
        : toTextReport(report, source)
    );
    return 0;
  } catch (e) {
    if (e instanceof DocxError) {
      io.err(`review: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
