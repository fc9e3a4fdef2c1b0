/**
 * A whole zip package in memory, for rewriting a .docx: every entry in its original order, the
 * untouched ones written back with the same bytes and the same method (stored stays stored).
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import { DocxError } from "./DocxError";
import { MAX_PART_BYTES, tooLarge } from "./unpackDocx";

export type ZipEntry = { name: string; data: Uint8Array; stored: boolean };

/** Word writes 1980-01-01 (the DOS epoch) too; a fixed time keeps the output reproducible. */
const MTIME = new Date(1980, 0, 1);

/** Every entry of a zip the reader has already accepted (unpackDocx ran first). */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const order: { name: string; stored: boolean }[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw tooLarge(file.name, file.originalSize);
        order.push({ name: file.name, stored: file.compression === 0 });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxError(
      "not-zip",
      `This .docx file is damaged (its zip structure cannot be read: ${detail}); open it in Word, save it again and retry.`
    );
  }
  return order.map(({ name, stored }) => {
    const data = files[name];
    if (data.length > MAX_PART_BYTES) throw tooLarge(name, data.length);
    return { name, data, stored };
  });
}

export function writeZipEntries(entries: ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const { name, data, stored } of entries)
    files[name] = [data, { level: stored ? 0 : 6, mtime: MTIME }];
  return zipSync(files);
}
