/**
 * Command-line arguments of `npm run review`: a review report (`<file> [--format json|text]`), or
 * appendices written into a .docx (`[<file>] --appendix scope|sla|both --out <file.docx> …`).
 * `compare …` has its own (./compareArgs.ts).
 */
import type { Language } from "../engine/types";
import type { AppendixKind } from "../library";

export type Format = "json" | "text";

export type ReviewArgs = { mode: "review"; file: string; format: Format };
export type AppendixArgs = {
  mode: "appendix";
  /** The contract to append to; none for a document holding only the appendices. */
  file?: string;
  appendices: AppendixKind[];
  out: string;
  /** Undefined: the language of the input document. */
  lang?: Language;
  replace: boolean;
};
export type CliArgs = ReviewArgs | AppendixArgs;

export class UsageError extends Error {}

/** `--help`: not an error, printed on stdout. */
export class HelpRequest extends Error {}

/** One line, as every usage error is; `--help` has the rest. */
export const USAGE =
  "usage: npm run --silent review -- <contract.docx|contract.txt|draft.md> [--format json|text], " +
  "or [<contract>] --appendix scope|sla|both --out <out.docx> [--lang zh|en] [--replace], " +
  "or compare <old> <new> (--help for more)";

export const HELP = `usage: npm run --silent review -- <contract.docx|contract.txt|draft.md> [--format json|text]
       npm run --silent review -- [<contract.docx|.txt|.md>] --appendix scope|sla|both --out <out.docx> [--lang zh|en] [--replace]
       npm run --silent review -- compare <old> <new> | --standard <file> [--format text|json|html] [--lang zh|en] [--out <file>]

Review: prints the review of the contract against the bundled playbook (text, or JSON with --format json).

Appendices (--appendix): writes <out.docx> with the default Functional Scope (scope), Service Level (sla)
or both appendices, each in a content control tagged so it can be found and replaced later.
  contract.docx          the contract with the appendices appended at its end
  contract.txt|draft.md  a new .docx: the text's paragraphs (headings and tables of a draft), then the appendices
  (no input file)        a new .docx holding only the appendices; --lang is then required
  --lang zh|en           language of the appendices (default: the document's)
  --replace              replace an appendix the .docx already has, in place (without it: exit 1)

Compare (compare --help for more): what got worse and better for the customer between two drafts, and
the clauses that changed, with a redline; --standard compares one document with our standard wording.

Exit codes: 0 done, 1 unreadable, corrupt or unsupported input (or the appendix is already there), 2 usage.`;

const APPENDICES: Record<string, AppendixKind[]> = {
  scope: ["scope"],
  sla: ["sla"],
  both: ["scope", "sla"],
};

export function parseArgs(argv: string[]): CliArgs {
  let file: string | undefined;
  let format: Format | undefined;
  let appendices: AppendixKind[] | undefined;
  let out: string | undefined;
  let lang: Language | undefined;
  let replace = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg) : [arg];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--")))
        throw new UsageError(`${name} needs a value (--help for usage)`);
      return v;
    };
    switch (name) {
      case "--format": {
        const v = value();
        if (v !== "json" && v !== "text")
          throw new UsageError(`unknown format "${v}": use json or text`);
        format = v;
        break;
      }
      case "--appendix": {
        const v = value();
        appendices = APPENDICES[v];
        if (!appendices) throw new UsageError(`unknown appendix "${v}": use scope, sla or both`);
        break;
      }
      case "--out":
        out = value();
        break;
      case "--lang": {
        const v = value();
        if (v !== "zh" && v !== "en") throw new UsageError(`unknown language "${v}": use zh or en`);
        lang = v;
        break;
      }
      case "--replace":
        replace = true;
        break;
      case "--help":
      case "-h":
        throw new HelpRequest(HELP);
      default:
        if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg} (--help for usage)`);
        if (file !== undefined)
          throw new UsageError(`one file at a time (got "${file}" and "${arg}")`);
        file = arg;
    }
  }

  if (!appendices) {
    const stray = out !== undefined ? "--out" : lang ? "--lang" : replace ? "--replace" : undefined;
    if (stray)
      throw new UsageError(`${stray} goes with --appendix scope|sla|both (--help for usage)`);
    if (!file) throw new UsageError(USAGE);
    return { mode: "review", file, format: format ?? "text" };
  }
  if (format) throw new UsageError("--format is for the review report, not with --appendix");
  if (out === undefined) throw new UsageError("--appendix needs --out <out.docx>");
  if (!/\.docx$/i.test(out)) throw new UsageError(`--out must name a .docx file (got "${out}")`);
  if (!file && !lang)
    throw new UsageError("--lang zh|en is needed when there is no input document to take it from");
  return { mode: "appendix", file, appendices, out, lang, replace };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
}
