/**
 * getRange(location) and select(selectionMode) on spans.
 *
 * Word.RangeLocation (enum doc comments in @types/office-js): whole — the object's whole range; start —
 * its starting point; end — its ending point ("For paragraph, it's the point before the EOP");
 * after — "The point after the object"; content — "The range between `start` and `end`"; before — "For
 * content control only". Each getRange doc comment lists what its object takes: Body, Paragraph and
 * Range "`whole`, `start`, `end`, `after`, or `content`"; Table "`whole`, `start`, `end`, or `after`";
 * ContentControl all six.
 * The paragraph mark is not in the model's text, so a paragraph's "Whole" and "Content" are the same
 * span; a content control has no start and end tags in the model, so its "Before" is its start.
 */
import { invalidArgument } from "./errors";
import type { FakeDocument } from "./model";
import { point, type Span } from "./spans";

export type RangeLocationInput =
  "Whole" | "Start" | "End" | "Before" | "After" | "Content" | string;
export type SelectionModeInput = "Select" | "Start" | "End" | string;

export type LocationOwner = "Body" | "Paragraph" | "Range" | "Table" | "ContentControl";

const ALLOWED: Readonly<Record<LocationOwner, readonly string[]>> = {
  Body: ["whole", "start", "end", "after", "content"],
  Paragraph: ["whole", "start", "end", "after", "content"],
  Range: ["whole", "start", "end", "after", "content"],
  Table: ["whole", "start", "end", "after"],
  ContentControl: ["whole", "start", "end", "before", "after", "content"],
};

/** Objects made of whole paragraphs: the point after them is after their last paragraph mark. */
const BLOCKS: readonly LocationOwner[] = ["Paragraph", "Table", "ContentControl"];

export function locate(
  doc: FakeDocument,
  owner: LocationOwner,
  whole: Span,
  location: RangeLocationInput | undefined
): Span {
  const where = typeof location === "string" ? location.toLowerCase() : (location ?? "whole");
  if (!ALLOWED[owner].includes(where as string))
    throw invalidArgument(
      `${owner}.getRange`,
      `Range location ${JSON.stringify(location)} is not valid on a ${owner}.`
    );
  switch (where) {
    case "start":
    case "before":
      return point(whole.start.paragraph, whole.start.offset);
    case "end":
      return point(whole.end.paragraph, whole.end.offset);
    case "after": {
      // After a paragraph is after its mark: the start of the next paragraph (or the end of the last).
      const next = whole.end.paragraph + 1;
      if (BLOCKS.includes(owner) && next < doc.paragraphCount) return point(next, 0);
      return point(whole.end.paragraph, whole.end.offset);
    }
    default:
      return whole;
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
