/**
 * Tokens for a word-level diff that a lawyer reads naturally: an English word, a number (with its
 * separators: "99.9", "1,200"), a run of white space, one punctuation mark — and one Chinese
 * character each, since Chinese has no spaces and a changed clause usually differs by a few characters.
 */
export type Token = { text: string; start: number; end: number };

const TOKEN = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*|\s+|[\s\S]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
