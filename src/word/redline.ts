/**
 * Applying a planned redline (engine/redline) to Word as tracked changes: only the words that differ
 * are struck and inserted, so the counterparty sees "~~90~~ 30 days", not a re-typed clause.
 *
 * Each edit's words are found by searching the paragraph for them and taking the k-th match, k counted
 * on the paragraph's text (searchText.ts). The matches are loaded and checked — count and text — before
 * anything is written: if Word's search does not see the paragraph as the engine read it, the edit is
 * refused with nothing changed. Three syncs: read, find, write.
 */
import { tokenize } from "../engine/diff/tokens";
import type { Edit } from "../engine/diff/wordDiff";
import { needleAt, tailSearch } from "./searchText";

const SEARCH = { matchCase: true } as Word.SearchOptions;

/** Where one edit's Word range will come from, once the searches are loaded. */
export type EditPlan = {
  paragraph: Word.Paragraph;
  edit: Edit;
  /** The search whose `ordinal`-th match is the edit's deleted words (or the token the insertion follows). */
  found: Word.RangeCollection | null;
  needle: { needle: string; ordinal: number; count: number } | null;
  /** For deletions longer than one search: the rest, searched after the head once it is known. */
  tail: string | null;
  /** How the new words go in. */
  mode: "replace" | "delete" | "after" | "paragraph-start" | "paragraph-end";
};

/** Queues the searches one edit needs (loaded at the next sync); null when Word's search cannot reach it. */
export function queueEditSearch(
  paragraph: Word.Paragraph,
  text: string,
  edit: Edit
): EditPlan | null {
  if (edit.deleted !== "") {
    const head = needleAt(text, edit.start, edit.end);
    if (!head) return null;
    const headEnd = edit.start + head.needle.length;
    let tail: string | null = null;
    if (headEnd < edit.end) {
      tail = tailSearch(text, headEnd, edit.end);
      if (tail === null) return null;
    }
    const found = paragraph.search(head.search, SEARCH);
    found.load("items/text");
    return {
      paragraph,
      edit,
      found,
      needle: head,
      tail,
      mode: edit.insert === "" ? "delete" : "replace",
    };
  }
  // A pure insertion: at the paragraph's edges directly, else after the token that ends where it goes.
  if (edit.start === 0)
    return { paragraph, edit, found: null, needle: null, tail: null, mode: "paragraph-start" };
  if (edit.start === text.length)
    return { paragraph, edit, found: null, needle: null, tail: null, mode: "paragraph-end" };
  const token = tokenize(text).find((t) => t.end === edit.start);
  if (!token) return null;
  const head = needleAt(text, token.start, token.end);
  if (!head) return null;
  const found = paragraph.search(head.search, SEARCH);
  found.load("items/text");
  return { paragraph, edit, found, needle: head, tail: null, mode: "after" };
}

/** After the find sync: does Word see exactly the matches the text promises? */
export function verified(plan: EditPlan): boolean {
  if (!plan.found || !plan.needle) return true;
  const items = plan.found.items;
  return (
    items.length === plan.needle.count && items[plan.needle.ordinal]?.text === plan.needle.needle
  );
}

/** Queues the edit; returns the range to hang a comment on. Call only on verified plans. */
export function queueEdit(plan: EditPlan): Word.Range {
  const { paragraph, edit } = plan;
  switch (plan.mode) {
    case "paragraph-start":
      return paragraph.insertText(edit.insert, "Start");
    case "paragraph-end":
      return paragraph.insertText(edit.insert, "End");
    case "after":
      return plan.found!.items[plan.needle!.ordinal].insertText(edit.insert, "After");
    default: {
      let range = plan.found!.items[plan.needle!.ordinal];
      if (plan.tail !== null) {
        const rest = range.getRange("End").expandTo(paragraph.getRange("End"));
        range = range.expandTo(rest.search(plan.tail, SEARCH).getFirst());
      }
      if (plan.mode === "delete") {
        range.delete();
        // Under Track Changes the struck words stay in the document: the range still marks them.
        return range;
      }
      return range.insertText(edit.insert, "Replace");
    }
  }
}
