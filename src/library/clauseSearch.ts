/**
 * Search of the clause library: the standard clause of every enabled playbook topic, rendered with the
 * playbook's numbers, found by topic id, by title or by words of either clause text, in Chinese or
 * English. Both sides go through normalizeForMatch, so full-width characters, Traditional Chinese and
 * case do not matter.
 */
import type { Language, Playbook } from "../engine/types";
// The one pure text function the library needs from the engine (same folding as the review itself, so
// "續約" finds what the review calls "续约"); ARCHITECTURE.md otherwise limits library/ to engine types.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { normalizeForMatch } from "../engine/normalize";
import { clauseRenderer } from "./clauses";

export type ClauseEntry = {
  topic: string;
  title: { zh: string; en: string };
  /** The standard clause in Chinese, with the playbook's numbers. */
  zh: string;
  /** The standard clause in English, with the playbook's numbers. */
  en: string;
};

export type ClauseSearchOptions = {
  /** Search the clause text of this language only (ids and titles match in both). Default: both. */
  language?: Language;
};

const render = clauseRenderer();

/** Starts with an ASCII letter or digit: such a term must start a word ("cap" is not in "capacity"). */
const WORDLIKE = /^[a-z0-9]/;
const ALNUM = /[a-z0-9]/;

/** Whether `term` occurs in `text` (both normalised): anywhere for CJK, at a word start otherwise. */
function occurs(text: string, term: string): boolean {
  if (!WORDLIKE.test(term)) return text.includes(term);
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !ALNUM.test(text[at - 1])) return true;
  }
  return false;
}

/**
 * The clauses of the playbook's enabled topics matching every word of `query` (space-separated terms
 * are ANDed; a Chinese query without spaces is one substring). Each term may match the topic id, its
 * title in either language or the clause text. Clauses whose terms all match the id or title come
 * first, then by how many terms matched there, then in playbook order. An empty query lists every
 * enabled topic in playbook order. Topics without a standard clause are left out.
 */
export function searchClauses(
  playbook: Playbook,
  query: string,
  options: ClauseSearchOptions = {}
): ClauseEntry[] {
  const entries: ClauseEntry[] = [];
  for (const topic of playbook.topics) {
    if (!topic.enabled) continue;
    const zh = render(topic, "zh");
    const en = render(topic, "en");
    if (zh === null || en === null) continue;
    entries.push({ topic: topic.id, title: { zh: topic.title.zh, en: topic.title.en }, zh, en });
  }

  const terms = normalizeForMatch(query)
    .split(/\s+/)
    .filter((term) => term !== "");
  if (terms.length === 0) return entries;

  const scored: { entry: ClauseEntry; heading: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const [id, titleZh, titleEn, zh, en] = [
      entry.topic,
      entry.title.zh,
      entry.title.en,
      entry.zh,
      entry.en,
    ].map(normalizeForMatch);
    const headings = [id, titleZh, titleEn];
    const bodies = options.language === "zh" ? [zh] : options.language === "en" ? [en] : [zh, en];
    let heading = 0;
    for (const term of terms) {
      if (headings.some((text) => occurs(text, term))) heading++;
      else if (!bodies.some((text) => occurs(text, term))) return;
    }
    scored.push({ entry, heading, order });
  });
  scored.sort((a, b) => b.heading - a.heading || a.order - b.order);
  return scored.map((s) => s.entry);
}
