/**
 * Arguments of `npm run review -- compare <old> <new>` and `… compare --standard <file>`, the
 * words after "compare".
 */
import { resolve } from "node:path";
import type { Language } from "../engine/types";
import { HelpRequest, UsageError } from "./args";

export type CompareFormat = "json" | "text" | "html";

export type CompareArgs = {
  mode: "compare";
  /** Two drafts, old → new; or one document against our standard wording. */
  input: { old: string; new: string } | { standard: string };
  format: CompareFormat;
  /** Undefined: the new draft's language (the document's, with --standard). */
  lang?: Language;
  /** Write the report here instead of stdout. */
  out?: string;
};

export const COMPARE_USAGE =
  "usage: npm run --silent review -- compare <old> <new> [--format text|json|html] [--lang zh|en] [--out <file>], " +
  "or compare --standard <file> […] (compare --help for more)";

export const COMPARE_HELP = `usage: npm run --silent review -- compare <old> <new> [--format text|json|html] [--lang zh|en] [--out <file>]
       npm run --silent review -- compare --standard <file> [--format text|json|html] [--lang zh|en] [--out <file>]

Compares two drafts (.docx, .txt or .md): what got worse for the customer, what got better (per playbook
topic, worst first), then the clauses that changed — added, removed, moved, split, merged, reworded,
renumbered — with a word-level redline. --standard compares one document with our standard wording.
  --format text|json|html  text (default; [-deleted-] {+inserted+}), JSON (the comparison, changes described),
                           or a self-contained HTML page (no scripts, nothing loaded from the network)
                           (default: from --out's extension, .json or .html, else text)
  --lang zh|en             language of the report (default: the new draft's)
  --out <file>             write the report there instead of stdout

Exit codes: 0 done, 1 unreadable, corrupt, encrypted or unsupported input (or --out cannot be written), 2 usage.`;

const FORMATS = ["text", "json", "html"];

export function parseCompareArgs(argv: string[]): CompareArgs {
  const files: string[] = [];
  let standard: string | undefined;
  let format: CompareFormat | undefined;
  let lang: Language | undefined;
  let out: string | undefined;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const at = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = at > 0 ? arg.slice(0, at) : arg;
    const inline = at > 0 ? arg.slice(at + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--")))
        throw new UsageError(`${name} needs a value (compare --help for usage)`);
      return v;
    };
    switch (name) {
      case "--format": {
        const v = value();
        if (!FORMATS.includes(v))
          throw new UsageError(`unknown format "${v}": use text, json or html`);
        format = v as CompareFormat;
        break;
      }
      case "--lang": {
        const v = value();
        if (v !== "zh" && v !== "en") throw new UsageError(`unknown language "${v}": use zh or en`);
        lang = v;
        break;
      }
      case "--out":
        out = value();
        break;
      case "--standard":
        standard = value();
        break;
      case "--help":
      case "-h":
        throw new HelpRequest(COMPARE_HELP);
      default:
        if (arg.startsWith("-"))
          throw new UsageError(`unknown option ${arg} for compare (compare --help for usage)`);
        files.push(arg);
    }
  }

  let input: CompareArgs["input"];
  if (standard !== undefined) {
    if (files.length)
      throw new UsageError(
        `--standard compares one document with the standard wording; drop "${files.join('", "')}"`
      );
    input = { standard };
  } else if (files.length === 2) {
    input = { old: files[0], new: files[1] };
  } else if (files.length === 0) {
    throw new UsageError(COMPARE_USAGE);
  } else {
    throw new UsageError(
      files.length === 1
        ? `compare needs the old and the new draft (got only "${files[0]}"), or --standard <file>`
        : `compare takes two drafts, old and new (got ${files.length} files)`
    );
  }

  if (out !== undefined) {
    const target = resolve(out);
    const clash = Object.values(input).find((f: string) => resolve(f) === target);
    if (clash) throw new UsageError(`--out ${out} would overwrite the input ${clash}`);
  }
  return { mode: "compare", input, format: format ?? formatOf(out) ?? "text", lang, out };
}

/** The format an --out file's extension asks for, if any. */
function formatOf(out: string | undefined): CompareFormat | undefined {
  if (!out) return undefined;
  if (/\.html?$/i.test(out)) return "html";
  if (/\.json$/i.test(out)) return "json";
  return undefined;
}
