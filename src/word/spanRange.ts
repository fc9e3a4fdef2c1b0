/**
 * The Word range of a span of a paragraph, queued without a sync.
 *
 * A search's first match (RangeCollection.getFirst, WordApi 1.3) can be used in the same batch; the
 * k-th cannot (items need a load + sync). So a span is reached by search only when the first match of
 * its text is the span itself — checked here on the paragraph's text, which the caller has read.
 * Long spans (over Word's 255-character search limit) are reached by their head, then extended to their
 * tail found after the head (Range.expandTo, WordApi 1.3). Anything else returns null and the caller
 * falls back to the whole paragraph, which is always correct, only wider.
 */
import { needleAt, tailSearch } from "./searchText";

const SEARCH: Word.SearchOptions = { matchCase: true } as Word.SearchOptions;

export function queueSpanRange(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  text: string,
  start: number,
  end: number
): Word.Range | null {
  void context; // queued on the paragraph, which belongs to this context
  if (start >= end) return null;
  if (start === 0 && end === text.length) return paragraph.getRange("Content");
  const head = needleAt(text, start, end);
  if (!head || head.ordinal !== 0) return null;
  const headRange = paragraph.search(head.search, SEARCH).getFirst();
  const headEnd = start + head.needle.length;
  if (headEnd === end) return headRange;
  if (end === text.length) return headRange.expandTo(paragraph.getRange("End"));

  const tail = tailSearch(text, headEnd, end);
  if (!tail) return null;
  const rest = headRange.getRange("End").expandTo(paragraph.getRange("End"));
  return headRange.expandTo(rest.search(tail, SEARCH).getFirst());
}
