/** Command-line arguments of `npm run review -- <file> [--format json|text]`. */

export type Format = "json" | "text";
export type ReviewArgs = { file: string; format: Format };

export class UsageError extends Error {}

export const USAGE =
  "usage: npm run --silent review -- <contract.docx|contract.txt|draft.md> [--format json|text]";

export function parseArgs(argv: string[]): ReviewArgs {
  let file: string | undefined;
  let format: Format = "text";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice("--format=".length) : argv[++i];
      if (value !== "json" && value !== "text")
        throw new UsageError(`unknown format "${value ?? ""}": use json or text`);
      format = value;
    } else if (arg === "--help" || arg === "-h") {
      throw new UsageError(USAGE);
    } else if (arg.startsWith("-")) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one file at a time (got "${file}" and "${arg}")`);
    }
  }
  if (!file) throw new UsageError(USAGE);
  return { file, format };
}
