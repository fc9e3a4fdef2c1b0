import type { Language } from "./types";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[a-z]{2,}/gi;

/**
 * The language a text is written in: Chinese when CJK characters outnumber Latin words (a
 * Chinese clause typically carries a few English names and abbreviations, never the reverse).
 */
export function detectLanguage(text: string): Language {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  return cjk > latin ? "zh" : "en";
}
