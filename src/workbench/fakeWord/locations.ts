/**
 * getRange(location) and select(selectionMode) on spans.
 *
 * Word.RangeLocation (enum doc comments in @types/office-js): whole — the object's whole range; start —
 * its starting point; end — its ending point ("For paragraph, it's the point before the EOP");
 * after — "The point after the object"; content — "The range between `start` and `end`"; before — "For
 * content control only", so Body, Paragraph and Range reject it (their getRange doc comments: "The range
 * location must be `whole`, `start`, `end`, `after`, or `content`").
 * The paragraph mark is not in the model's text, so a paragraph's "Whole" and "Content" are the same span.
 */
import { invalidArgument } from "./errors";
import type { FakeDocument } from "./model";
import { point, type Span } from "./spans";

export type RangeLocationInput =
  "Whole" | "Start" | "End" | "Before" | "After" | "Content" | string;
export type SelectionModeInput = "Select" | "Start" | "End" | string;

export type LocationOwner = "Body" | "Paragraph" | "Range";

export function locate(
  doc: FakeDocument,
  owner: LocationOwner,
  whole: Span,
  location: RangeLocationInput | undefined
): Span {
  switch ((location ?? "Whole").toLowerCase()) {
    case "whole":
    case "content":
      return whole;
    case "start":
      return point(whole.start.paragraph, whole.start.offset);
    case "end":
      return point(whole.end.paragraph, whole.end.offset);
    case "after": {
      // After a paragraph is after its mark: the start of the next paragraph (or the end of the last).
      const next = whole.end.paragraph + 1;
      if (owner === "Paragraph" && next < doc.paragraphCount) return point(next, 0);
      return point(whole.end.paragraph, whole.end.offset);
    }
    default:
      throw invalidArgument(
        `${owner}.getRange`,
        `Range location ${JSON.stringify(location)} is not valid on a ${owner}.`
      );
  }
}

/** Word.SelectionMode: select the range, or put the cursor at its start or end. */
export function selectionFor(
  owner: LocationOwner,
  s: Span,
  mode: SelectionModeInput | undefined
): Span {
  switch ((mode ?? "Select").toLowerCase()) {
    case "select":
      return s;
    case "start":
      return point(s.start.paragraph, s.start.offset);
    case "end":
      return point(s.end.paragraph, s.end.offset);
    default:
      throw invalidArgument(
        `${owner}.select`,
        `Selection mode ${JSON.stringify(mode)} is not valid.`
      );
  }
}
