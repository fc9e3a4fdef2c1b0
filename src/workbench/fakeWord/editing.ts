/**
 * The editing commands Body, Paragraph and Range share, queued on a request context and carried out
 * at sync against the model (model.ts decides what Track Changes makes of them).
 */
import { LiveSpan } from "./anchors";
import { invalidArgument, invalidObjectPath } from "./errors";
import { Slot } from "./lazy";
import { insertWhere, type InsertWhere } from "./locations";
import type { ReviewedVersion } from "./model";
import { ClientResult } from "./proxies/clientResult";
import { RangeProxy } from "./proxies/rangeProxy";
import type { RequestContext } from "./requestContext";
import { union, type Span } from "./spans";

/**
 * Text for insertText / insertParagraph. The fake's choice: a "\r" or "\n" (which Word would turn into
 * a paragraph break) is refused with InvalidArgument — use insertParagraph for new paragraphs.
 */
export function checkText(location: string, text: unknown): string {
  if (typeof text !== "string") throw invalidArgument(location, "The text must be a string.");
  if (/[\r\n]/.test(text))
    throw invalidArgument(
      location,
      "The fake Word API does not split paragraphs in inserted text; use insertParagraph."
    );
  return text;
}

/**
 * insertText on Body, Paragraph or Range: "Inserts text at the specified location" and returns the
 * inserted text as a Range (doc comments in @types/office-js). `target` is the owner's span — a live
 * span for a Range, which Start, End and Replace extend over the new text (the owner is what was
 * edited); Before and After leave it as anchors.ts says.
 */
export function queueInsertText(
  context: RequestContext,
  location: string,
  text: string,
  insertLocation: unknown,
  allowed: readonly InsertWhere[],
  target: () => LiveSpan | Span | null
): RangeProxy {
  const created = new Slot<LiveSpan | null>(() => invalidObjectPath(location));
  context.enqueueWrite(location, () => {
    const where = insertWhere(location, insertLocation, allowed);
    checkText(location, text);
    const t = target();
    if (t === null) return created.fill(null);
    const own = t instanceof LiveSpan ? t : null;
    const whole = own ? own.span : (t as Span);
    const { model, editor } = context;
    const inserted =
      where === "replace"
        ? model.replaceText(whole, text, editor)
        : model.insertText(
            where === "start" || where === "before" ? whole.start : whole.end,
            text,
            editor
          );
    if (own && where !== "before" && where !== "after") own.span = union(own.span, inserted);
    created.fill(context.anchor(inserted));
  });
  return new RangeProxy(context, () => created.get());
}

/**
 * getReviewedText (WordApi 1.4): "Gets reviewed text based on ChangeTrackingVersion selection …
 * The value must be `original` or `current`. The default is `current`." A ClientResult, read after sync.
 */
export function queueReviewedText(
  context: RequestContext,
  location: string,
  version: unknown,
  spanOf: () => Span | null
): ClientResult<string> {
  const result = new ClientResult<string>();
  context.enqueue(location, () => {
    context.requireApi("1.4", location);
    const v = reviewedVersion(location, version);
    const s = spanOf();
    result.fill(s ? context.model.reviewedTextOf(s, v) : "");
  });
  return result;
}

function reviewedVersion(location: string, value: unknown): ReviewedVersion {
  if (value === undefined) return "Current";
  const v = typeof value === "string" ? value.toLowerCase() : "";
  if (v === "current") return "Current";
  if (v === "original") return "Original";
  throw invalidArgument(
    location,
    `The version must be "Original" or "Current"; got ${JSON.stringify(value)}.`
  );
}
