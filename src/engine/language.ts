import type { Language } from "./types";

/**
 * The language a text is written in: Chinese when CJK characters outnumber Latin words (a
 * Chinese clause typically carries a few English names and abbreviations, never the reverse).
 * One pass over the characters, no intermediate arrays: it runs on whole 300-page contracts.
 */
export function detectLanguage(text: string): Language {
  let cjk = 0;
  let latinWords = 0;
  let inWord = 0; // letters in the current Latin run
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLatin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isLatin) {
      inWord++;
      continue;
    }
    if (inWord >= 2) latinWords++;
    inWord = 0;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
  }
  if (inWord >= 2) latinWords++;
  return cjk > latinWords ? "zh" : "en";
}
