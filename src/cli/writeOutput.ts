/** Writes a file the CLI produces; on failure, one line saying why in a user's words. */
import { writeFileSync } from "node:fs";

export function writeOutput(path: string, data: string | Uint8Array): string | undefined {
  try {
    writeFileSync(path, data);
    return undefined;
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
    return `Cannot write ${path}: ${why}.`;
  }
}
