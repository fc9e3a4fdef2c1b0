/** Node only: reads a contract file from disk and picks the reader by extension. */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { DocumentSnapshot } from "../engine/snapshot";
import { decodeTextBytes } from "./decodeText";
import { DocxError } from "./DocxError";
import { readDocx } from "./readDocx";
import { readDraft } from "./readDraft";
import { readText } from "./readText";

const SUPPORTED = ".docx, .txt, .md";

export function readContractFile(path: string): DocumentSnapshot {
  const ext = extname(path).toLowerCase();
  const reader = READERS[ext];
  if (!reader) {
    const hint = ext === ".doc" ? " (save a .doc as .docx in Word)" : "";
    throw new DocxError(
      "unsupported",
      `Unsupported file type "${ext || "(none)"}" for ${path}; supported types: ${SUPPORTED}${hint}.`
    );
  }
  return reader(readFileBytes(path), basename(path));
}

/** The file's bytes, or a DocxError ("unreadable") saying why not in a user's words. */
export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "file not found"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new DocxError("unreadable", `Cannot read ${path}: ${why}.`);
  }
}

const READERS: Record<string, (bytes: Uint8Array, source: string) => DocumentSnapshot> = {
  ".docx": (bytes, source) => readDocx(bytes, source),
  ".txt": (bytes, source) => readText(decodeTextBytes(bytes), source),
  ".md": (bytes, source) => readDraft(decodeTextBytes(bytes), source),
};
