/**
 * What every proxy's insertParagraph shares (Body, Paragraph, Range, Table, ContentControl): the
 * location checked against the ones that class allows, the text checked, the command queued as a
 * write, and a proxy for the new paragraph that resolves once the sync has made it. Each class says
 * only where the paragraph goes (`insert`: the new paragraph's index, or null for a null object).
 */
import { checkText } from "./editing";
import { invalidObjectPath } from "./errors";
import { Slot } from "./lazy";
import { insertWhere, type InsertWhere } from "./locations";
import { ParagraphProxy } from "./proxies/paragraphProxy";
import type { RequestContext } from "./requestContext";

export function queueInsertParagraph(
  context: RequestContext,
  location: string,
  args: { text: string; insertLocation: unknown },
  allowed: readonly InsertWhere[],
  insert: (where: InsertWhere) => number | null,
  since?: string
): ParagraphProxy {
  const created = new Slot<string | null>(() => invalidObjectPath(location));
  context.enqueueWrite(
    location,
    () => {
      const where = insertWhere(location, args.insertLocation, allowed);
      checkText(location, args.text);
      const at = insert(where);
      created.fill(at === null ? null : context.model.paragraph(at).id);
    },
    since
  );
  return new ParagraphProxy(context, () => created.get());
}
