/**
 * `--playbook <file.json>`, for every command: the firm's playbook (the file an administrator ships
 * beside the add-in, or one exported from the pane's settings) instead of the bundled default. It is
 * taken out of the arguments before each command parses its own. A file that does not parse is an
 * input error (exit 1) listing each problem with its place in the file.
 */
import { readFileSync } from "node:fs";
import type { Playbook } from "../engine/types";
import { defaultPlaybook } from "../library";
import { parsePlaybook } from "../library/playbookFile";
import { UsageError } from "./args";

export class PlaybookFileError extends Error {}

/** The arguments without `--playbook`, and the playbook to use. */
export function takePlaybookOption(argv: string[]): { argv: string[]; playbook: Playbook } {
  const rest: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--playbook" || arg.startsWith("--playbook=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || value.startsWith("--")) throw new UsageError("--playbook needs a file");
      file = value;
    } else rest.push(arg);
  }
  return { argv: rest, playbook: file === undefined ? defaultPlaybook : loadPlaybook(file) };
}

function loadPlaybook(file: string): Playbook {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PlaybookFileError(`${file}: cannot read the playbook (${(e as Error).message})`);
  }
  const parsed = parsePlaybook(text, defaultPlaybook);
  if (parsed.ok) return parsed.playbook;
  const problems = parsed.problems.map((p) => `  ${p.path || "(file)"}: ${p.message.en}`);
  throw new PlaybookFileError(`${file}: not a usable playbook:\n${problems.join("\n")}`);
}
