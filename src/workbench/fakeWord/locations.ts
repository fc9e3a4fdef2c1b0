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

export type InsertWhere = "replace" | "start" | "end" | "before" | "after";
export type InsertLocationInput = "Replace" | "Start" | "End" | "Before" | "After" | string;

/**
 * Word.InsertLocation, checked against what the method's doc comment allows ("The value must be
 * `replace`, `start`, or `end`." and the like); anything else fails at sync with InvalidArgument.
 */
export function insertWhere(
  location: string,
  value: unknown,
  allowed: readonly InsertWhere[]
): InsertWhere {
  const where = typeof value === "string" ? value.toLowerCase() : "";
  if ((allowed as readonly string[]).includes(where)) return where as InsertWhere;
  throw invalidArgument(
    location,
    `Insert location ${JSON.stringify(value)} is not valid here; it must be one of ${allowed.join(", ")}.`
  );
}

/** TrackedChange.getRange: "Whole", "Start" or "End" (its doc comment's union type); default Whole. */
export function locateTrackedChange(whole: Span, location: unknown): Span {
  switch (typeof location === "string" ? location.toLowerCase() : location) {
    case undefined:
    case "whole":
      return whole;
    case "start":
      return point(whole.start.paragraph, whole.start.offset);
    case "end":
      return point(whole.end.paragraph, whole.end.offset);
    default:
      throw invalidArgument(
        "TrackedChange.getRange",
        `Range location ${JSON.stringify(location)} is not valid on a TrackedChange.`
      );
  }
}
