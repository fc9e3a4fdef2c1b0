/**
 * The firm's playbook: a `playbook.json` an administrator places beside the deployed add-in
 * (docs/admin.md). The pane loads it from its own origin at start and uses it as every user's
 * default; a broken or incompatible file is reported and the bundled playbook used — a bad file never
 * replaces a good one.
 */
import type { Playbook } from "../engine/types";
import { defaultPlaybook } from "./defaultPlaybook";
import { parsePlaybook, type PlaybookProblem } from "./playbookFile";

export const FIRM_PLAYBOOK_FILE = "playbook.json";

export type FirmPlaybook =
  /** No file deployed: the bundled playbook. */
  | { status: "none" }
  | { status: "loaded"; playbook: Playbook; allowPersonalOverrides: boolean }
  /** A file that could not be used; the bundled playbook is in use. */
  | { status: "rejected"; problems: PlaybookProblem[] };

/**
 * `fetchText` returns the file's text, null when there is none (HTTP 404), and throws when it cannot
 * be read (a server error, a network failure).
 */
export async function loadFirmPlaybook(
  fetchText: () => Promise<string | null>
): Promise<FirmPlaybook> {
  let text: string | null;
  try {
    text = await fetchText();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      status: "rejected",
      problems: [
        {
          path: "",
          message: {
            en: `${FIRM_PLAYBOOK_FILE} could not be read (${detail}).`,
            zh: `无法读取 ${FIRM_PLAYBOOK_FILE}（${detail}）。`,
          },
        },
      ],
    };
  }
  if (text === null) return { status: "none" };
  const parsed = parsePlaybook(text, defaultPlaybook);
  if (!parsed.ok) return { status: "rejected", problems: parsed.problems };
  return {
    status: "loaded",
    playbook: parsed.playbook,
    allowPersonalOverrides: parsed.allowPersonalOverrides,
  };
}

/** The playbook every user starts from: the firm's when it loaded, else the bundled one. */
export function basePlaybook(firm: FirmPlaybook): Playbook {
  return firm.status === "loaded" ? firm.playbook : defaultPlaybook;
}

/** Whether users may keep changes of their own to the positions. */
export function personalOverridesAllowed(firm: FirmPlaybook): boolean {
  return firm.status !== "loaded" || firm.allowPersonalOverrides;
}
