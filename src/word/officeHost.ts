/**
 * The DocumentHost over the Word JavaScript API. Each method is one Word.run; the queueX helpers only
 * queue commands on the `context` they are given and never sync (ARCHITECTURE.md, "Word host").
 * Sync budgets: review 2 (3 when tracked changes are pending), clear 2, select 2, comment 2,
 * apply 3, insert at cursor 2.
 */
import type { Anchor } from "../engine/types";
import { capabilitiesFor } from "./capabilities";
import type { DocumentHost, HostInfo, Refusal, SelectOutcome, WriteOutcome } from "./documentHost";
import {
  anchorRange,
  emptyMemory,
  queueHighlights,
  queueRestore,
  queueRestoreParagraphs,
  queueWithTrackingOff,
  type TrackingMode,
} from "./highlights";
import { queueFragment } from "./fragment";
import { locateParagraph } from "./locate";
import { readDocument, reviewedTextOf, type RevisedParagraphs } from "./readDocument";
import { queueEdit, queueEditSearch, verified, type EditPlan } from "./redline";

type WordApi = Pick<typeof Word, "run">;

/** Office.Settings, the part we use: per-document values saved with the document. */
export type SettingsPort = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
};

export type OfficeEnvironment = HostInfo & {
  /** Office.context.requirements.isSetSupported("WordApiDesktop", "1.1"): Word on Windows or Mac. */
  wordApiDesktop?: boolean;
  /** Office.context.document.mode === "readOnly". */
  isReadOnly?: () => boolean;
  /** Office.context.document.settings. */
  settings?: SettingsPort;
};

/** The environment from the Office global (or the workbench's fake of it). */
export function officeEnvironment(
  office: {
    context: {
      displayLanguage: string;
      document: { mode?: unknown; settings?: unknown };
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    };
  },
  wordApi: string
): OfficeEnvironment {
  const document = office.context.document;
  return {
    wordApi,
    wordApiDesktop: office.context.requirements.isSetSupported("WordApiDesktop", "1.1"),
    displayLanguage: office.context.displayLanguage,
    isReadOnly: () => String(document.mode).toLowerCase() === "readonly",
    settings: document.settings as SettingsPort | undefined,
  };
}

export function createOfficeHost(word: WordApi, env: OfficeEnvironment): DocumentHost {
  const info: HostInfo = { wordApi: env.wordApi, displayLanguage: env.displayLanguage };
  const capabilities = () =>
    capabilitiesFor(env.wordApi, env.isReadOnly?.() ?? false, env.wordApiDesktop ?? false);
  const memory = emptyMemory();
  let revised: RevisedParagraphs = new Map();
  const settings = env.settings ?? memorySettings();

  /** Every paragraph's text (as the engine reads it) and the user's tracking mode: the first sync of a write. */
  async function readTexts(context: Word.RequestContext, withMode: boolean) {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    if (withMode) context.document.load("changeTrackingMode");
    await context.sync();
    const items = paragraphs.items;
    const mode: TrackingMode = withMode ? context.document.changeTrackingMode : null;
    return { items, texts: items.map((p) => reviewedTextOf(p.text, revised)), mode };
  }

  function refuse(
    reason: Refusal,
    detail?: string
  ): { ok: false; reason: Refusal; detail?: string } {
    return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
  }

  function writable(needsTracking: boolean): Refusal | null {
    const can = capabilities();
    if (can.readOnly) return "read-only";
    if (needsTracking && !can.trackChanges) return "unsupported";
    return null;
  }

  return {
    info: () => info,
    capabilities,

    reviewAndHighlight: (decide) =>
      word.run(async (context) => {
        const can = capabilities();
        const read = await readDocument(context, can);
        revised = read.revised;
        const { result, highlights } = await decide(read.snapshot);
        if (can.readOnly && !can.temporaryHighlight) {
          // Colouring would be a change to a read-only document: review without highlights.
          return { result, outcome: { applied: 0, skippedMixed: 0 } };
        }
        const items = read.items;
        const queueAll = (wholeParagraphs: boolean) => {
          let outcome = { applied: 0, skippedMixed: 0 };
          queueWithTrackingOff(context, can.temporaryHighlight ? null : read.trackingMode, () => {
            // Our own highlights from an earlier review are in the colours just read: restore them
            // first and remember the true originals, so our colour is never recorded as "original".
            const originals = queueRestore(context, items, memory, revised);
            outcome = queueHighlights(context, items, highlights, memory, {
              temporary: can.temporaryHighlight,
              originals,
              revised,
              wholeParagraphs,
            });
          });
          return outcome;
        };
        const snapshotOfMemory = {
          colours: new Map(memory.colours),
          temporary: [...memory.temporary],
        };
        try {
          const outcome = queueAll(false);
          await context.sync();
          return { result, outcome };
        } catch {
          // A sentence Word's search did not find as the text promised: highlight whole paragraphs
          // instead (always correct, only wider). Commands before the failure stand; this batch
          // restores and re-colours from the same memory, and puts the tracking mode back.
          memory.colours = snapshotOfMemory.colours;
          memory.temporary = snapshotOfMemory.temporary;
          const outcome = queueAll(true);
          await context.sync();
          return { result, outcome };
        }
      }),

    read: () =>
      word.run(async (context) => {
        const read = await readDocument(context, capabilities());
        revised = read.revised;
        return read.snapshot;
      }),

    wordCompare: (path) =>
      word.run(async (context): Promise<WriteOutcome> => {
        if (!capabilities().wordCompare) return refuse("unsupported");
        try {
          // Into a new document: the open draft is left as it is (Word.DocumentCompareOptions.compareTarget).
          context.document.compare(path, { compareTarget: "CompareTargetNew" });
          await context.sync();
          return { ok: true };
        } catch (e) {
          return refuse("rejected", messageOf(e));
        }
      }),

    clearHighlights: () =>
      word.run(async (context) => {
        if (memory.colours.size === 0 && memory.temporary.length === 0) return { restored: 0 };
        const can = capabilities();
        const withMode = can.trackChanges && memory.colours.size > 0;
        const { items, mode } = await readTexts(context, withMode);
        let restored = 0;
        queueWithTrackingOff(context, mode, () => {
          const temporary = memory.temporary.length;
          restored = queueRestore(context, items, memory, revised).size + temporary;
        });
        await context.sync();
        return { restored };
      }),

    select: (anchor) =>
      word.run(async (context): Promise<SelectOutcome> => {
        const { items, texts } = await readTexts(context, false);
        const located = locateParagraph(texts, anchor.paragraph, anchor.textHash);
        if (!located.ok) return located;
        anchorRange(context, items, moved(anchor, located.paragraph), revised)?.select();
        await context.sync();
        return located;
      }),

    applyRedline: (redline, options) =>
      word.run(async (context) => {
        const blocked = writable(true);
        if (blocked) return refuse(blocked);
        const { items, texts, mode } = await readTexts(context, true);

        // Find every changed paragraph again; refuse on any doubt, before anything is written.
        const plans: EditPlan[] = [];
        const touched: number[] = [];
        let relocated = false;
        for (const change of redline.changes) {
          const at = locateParagraph(texts, change.paragraph, change.textHash);
          if (!at.ok) return refuse(at.reason);
          relocated ||= at.relocated;
          const p = items[at.paragraph];
          if (p.text !== change.before) return refuse("revised");
          touched.push(at.paragraph);
          for (const edit of change.edits) {
            const plan = queueEditSearch(p, p.text, edit);
            if (!plan) return refuse("not-found");
            plans.push(plan);
          }
        }
        let insertAfter: Word.Paragraph | null = null;
        let insertBefore: Word.Paragraph | null = null;
        if (redline.insertion) {
          const { afterParagraph, textHash } = redline.insertion;
          if (afterParagraph < 0) insertBefore = items[0];
          else {
            const at = locateParagraph(texts, afterParagraph, textHash);
            if (!at.ok) return refuse(at.reason);
            relocated ||= at.relocated;
            insertAfter = items[at.paragraph];
          }
        }
        await context.sync();
        if (!plans.every(verified)) return refuse("not-found");

        try {
          let comments = 0;
          queueWithTrackingOff(context, mode, () => queueRestoreParagraphs(items, memory, touched));
          if (mode === "Off") context.document.changeTrackingMode = "TrackAll";
          // Right to left, so no edit moves the words a later one looks for.
          const ranges = [...plans].reverse().map((plan) => ({ plan, range: queueEdit(plan) }));
          let commentOn: Word.Range | null = null;
          const firstParagraph = plans[0]?.paragraph;
          for (const { plan, range } of ranges) {
            if (plan.paragraph !== firstParagraph) continue;
            commentOn = commentOn ? commentOn.expandTo(range) : range;
          }
          if (redline.insertion) {
            let last: Word.Paragraph | null = null;
            for (const text of redline.insertion.paragraphs) {
              last = insertAfter
                ? (insertAfter = insertAfter.insertParagraph(text, "After"))
                : insertBefore!.insertParagraph(text, "Before");
              commentOn ??= last.getRange("Content");
            }
          }
          if (options.comment && capabilities().comments && commentOn) {
            commentOn.insertComment(redline.comment);
            comments = 1;
          }
          // Show the user what changed: the redline is selected (and scrolled to) in the same batch.
          commentOn?.select();
          if (mode === "Off") context.document.changeTrackingMode = "Off";
          await context.sync();
          return { ok: true as const, relocated, comments };
        } catch (e) {
          return refuse("rejected", await putModeBack(context, mode, e));
        }
      }),

    insertComment: (anchor, text) =>
      word.run(async (context): Promise<WriteOutcome> => {
        const blocked = writable(false) ?? (capabilities().comments ? null : "unsupported");
        if (blocked) return refuse(blocked);
        const { items, texts } = await readTexts(context, false);
        const located = locateParagraph(texts, anchor.paragraph, anchor.textHash);
        if (!located.ok) return refuse(located.reason);
        try {
          anchorRange(context, items, moved(anchor, located.paragraph), revised)?.insertComment(
            text
          );
          await context.sync();
          return { ok: true };
        } catch (e) {
          return refuse("rejected", messageOf(e));
        }
      }),

    insertAtCursor: (text) =>
      word.run(async (context) => {
        const blocked = writable(true);
        if (blocked) return refuse(blocked);
        const selection = context.document.getSelection();
        selection.load("isEmpty");
        context.document.load("changeTrackingMode");
        await context.sync();
        const mode = context.document.changeTrackingMode;
        try {
          if (mode === "Off") context.document.changeTrackingMode = "TrackAll";
          selection.insertText(text, "Replace");
          if (mode === "Off") context.document.changeTrackingMode = "Off";
          await context.sync();
          return { ok: true as const, replacedSelection: !selection.isEmpty };
        } catch (e) {
          return refuse("rejected", await putModeBack(context, mode, e));
        }
      }),

    insertFragment: (fragment, { where, replace }) =>
      word.run(async (context) => {
        const can = capabilities();
        if (can.readOnly) return refuse("read-only");
        const body = context.document.body;
        const existing = body.contentControls.getByTag(fragment.tag);
        existing.load("items");
        // The document's own table style, from its first table (WordApi 1.3).
        const firstTable = body.tables.getFirstOrNullObject();
        firstTable.load("style");
        if (can.trackChanges) context.document.load("changeTrackingMode");
        const cursor = where === "cursor" ? queueCursorPlace(context) : null;
        await context.sync();

        const old = existing.items;
        if (old.length > 0 && !replace) return refuse("exists");
        const mode: TrackingMode = can.trackChanges ? context.document.changeTrackingMode : null;
        try {
          if (mode === "Off") context.document.changeTrackingMode = "TrackAll";
          const at =
            old.length > 0
              ? { before: old[0] }
              : where === "end"
                ? { bodyEnd: true as const }
                : { after: cursor!.table.isNullObject ? cursor!.paragraph : cursor!.table };
          const control = queueFragment(
            context,
            fragment,
            at,
            firstTable.isNullObject ? null : firstTable.style
          );
          // Take the user to what was inserted (same batch).
          control.getRange("Start").select();
          for (const control of old) control.delete(false);
          if (mode === "Off") context.document.changeTrackingMode = "Off";
          await context.sync();
          return { ok: true as const, replaced: old.length > 0 };
        } catch (e) {
          return refuse("rejected", await putModeBack(context, mode, e));
        }
      }),

    readSetting: <T>(name: string) => (settings.get(name) ?? null) as T | null,

    writeSetting: (name, value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(name, value);
        settings.saveAsync((result) =>
          result.status === "failed"
            ? reject(new Error(result.error?.message ?? "The setting could not be saved."))
            : resolve()
        );
      }),
  };
}

/**
 * Where "at the cursor" puts new blocks: after the paragraph holding the cursor, or after its table
 * when the cursor is in a cell (an appendix does not go into a cell). The table is loaded at the next sync.
 */
function queueCursorPlace(context: Word.RequestContext) {
  const paragraph = context.document.getSelection().paragraphs.getLast();
  // A navigation property only builds a proxy: nothing is read before the sync (the rule cannot tell).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const table = paragraph.parentTableOrNullObject;
  table.load("rowCount");
  return { paragraph, table };
}

function moved(anchor: Anchor, paragraph: number): Anchor {
  const shift = paragraph - anchor.paragraph;
  return { ...anchor, paragraph, lastParagraph: anchor.lastParagraph + shift };
}

/** After a rejected write: put the user's tracking mode back (the failed batch may have left it on). */
async function putModeBack(context: Word.RequestContext, mode: TrackingMode, e: unknown) {
  if (mode === "Off") {
    try {
      context.document.changeTrackingMode = "Off";
      await context.sync();
    } catch {
      // Nothing more can be done from here; the message below tells the user.
    }
  }
  return messageOf(e);
}

function messageOf(e: unknown): string {
  if (e && typeof e === "object" && "message" in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/** Settings kept in memory, for hosts without Office.context.document.settings (tests). */
function memorySettings(): SettingsPort {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => callback?.({ status: "succeeded" }),
  };
}
