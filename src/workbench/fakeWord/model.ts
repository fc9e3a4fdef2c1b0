/**
 * The in-memory document behind the fake Word API, and what the workbench renders: paragraphs in
 * order, each a list of runs that differ only in highlight, plus the selection. The proxies change it
 * only while a `context.sync()` runs; subscribers hear once per sync that changed something.
 */
import type { DocumentSnapshot, SnapshotParagraph, TablePosition } from "../../engine/snapshot";
import { normalizeHighlightColor } from "./colors";
import { headingLevelOfStyle } from "./styles";
import { comparePositions, point, type Position, type Span } from "./spans";

export type Run = { readonly text: string; readonly highlight: string | null };

/** One paragraph. Objects are replaced, never mutated, so a renderer can memoise by identity. */
export type ModelParagraph = {
  /** Word's Paragraph.uniqueLocalId shape: a GUID without braces, stable for this document's life. */
  readonly id: string;
  readonly text: string;
  readonly runs: readonly Run[];
  /** Style name, e.g. "Normal", "Heading 2", "标题 1". */
  readonly style: string;
  readonly headingLevel?: number;
  /** Automatic list label ("1.2", "(a)"); the paragraph is a list item when it has one. */
  readonly listLabel?: string;
  /** Set when the paragraph is in a table cell. */
  readonly table?: TablePosition;
};

export type ParagraphInit = {
  text?: string;
  /** Alternative to `text`: the runs with their highlights ("#RRGGBB" or null). */
  runs?: Run[];
  style?: string;
  headingLevel?: number;
  listLabel?: string;
  table?: TablePosition;
};

export type DocumentListener = (doc: FakeDocument) => void;

export class FakeDocument {
  private items: ModelParagraph[] = [];
  private currentSelection: Span = point(0, 0);
  private listeners = new Set<DocumentListener>();
  private batchDepth = 0;
  private pendingChange = false;
  private nextId = 1;
  private changeCount = 0;
  private snapshotSource: string | undefined;
  /** Office.context.document.settings of this document (per-document add-in state). */
  readonly settings = new Map<string, unknown>();

  constructor(paragraphs: ParagraphInit[] = [], source?: string) {
    this.items = this.build(paragraphs);
    this.snapshotSource = source;
  }

  static fromSnapshot(snapshot: DocumentSnapshot): FakeDocument {
    return new FakeDocument(snapshot.paragraphs.map(initOf), snapshot.source);
  }

  static fromParagraphs(paragraphs: (string | ParagraphInit)[]): FakeDocument {
    return new FakeDocument(paragraphs.map((p) => (typeof p === "string" ? { text: p } : p)));
  }

  /** Replaces the whole content (e.g. the workbench opened another draft); subscribers stay. */
  reset(snapshot: DocumentSnapshot): void {
    this.items = this.build(snapshot.paragraphs.map(initOf));
    this.snapshotSource = snapshot.source;
    this.currentSelection = point(0, 0);
    this.settings.clear();
    this.changed();
  }

  toSnapshot(): DocumentSnapshot {
    const paragraphs = this.items.map((p, index): SnapshotParagraph => {
      const out: SnapshotParagraph = { index, text: p.text, style: p.style };
      if (p.headingLevel !== undefined) out.headingLevel = p.headingLevel;
      if (p.listLabel !== undefined) out.listLabel = p.listLabel;
      if (p.table !== undefined) out.table = { ...p.table };
      return out;
    });
    return this.snapshotSource === undefined
      ? { paragraphs }
      : { paragraphs, source: this.snapshotSource };
  }

  // ---- reading ----

  /** Bumped once per change notification; use it as the external-store snapshot in React. */
  get version(): number {
    return this.changeCount;
  }

  get paragraphCount(): number {
    return this.items.length;
  }

  get paragraphs(): readonly ModelParagraph[] {
    return this.items;
  }

  paragraph(index: number): ModelParagraph {
    const p = this.items[index];
    if (p === undefined)
      throw new RangeError(`No paragraph ${index} (the document has ${this.items.length})`);
    return p;
  }

  paragraphText(index: number): string {
    return this.paragraph(index).text;
  }

  runsOf(index: number): readonly Run[] {
    return this.paragraph(index).runs;
  }

  /** All paragraphs' text, one per line — for tests and debugging. */
  text(): string {
    return this.items.map((p) => p.text).join("\n");
  }

  /** The text Word's Range.text gives: paragraphs within the span joined by "\r" (the paragraph mark). */
  textOf(s: Span): string {
    const parts: string[] = [];
    this.eachSlice(s, (p, from, to) => parts.push(this.items[p].text.slice(from, to)));
    return parts.join("\r");
  }

  get selection(): Span {
    return this.currentSelection;
  }

  /** The highlight of a span, as Word.Font.highlightColor reports it: null none, "" mixed, else the colour. */
  highlightOf(s: Span): string | null {
    const seen = new Set<string | null>();
    if (comparePositions(s.start, s.end) === 0) {
      // An insertion point reports the formatting of the character before it (or after, at the start).
      const runs = this.items[s.start.paragraph].runs;
      const at = Math.max(0, s.start.offset - 1);
      const run = runAt(runs, at);
      return run ? run.highlight : null;
    }
    this.eachSlice(s, (p, from, to) => {
      let offset = 0;
      for (const run of this.items[p].runs) {
        const end = offset + run.text.length;
        if (end > from && offset < to) seen.add(run.highlight);
        offset = end;
      }
    });
    if (seen.size === 0) return null;
    if (seen.size > 1) return "";
    return [...seen][0];
  }

  /** Paragraph indices the span touches, in order. */
  paragraphsIn(s: Span): number[] {
    const out: number[] = [];
    for (let p = s.start.paragraph; p <= s.end.paragraph; p++) out.push(p);
    return out;
  }

  /** Calls `visit` with each paragraph's [from, to) part of the span. */
  eachSlice(s: Span, visit: (paragraph: number, from: number, to: number) => void): void {
    for (let p = s.start.paragraph; p <= s.end.paragraph; p++) {
      const from = p === s.start.paragraph ? s.start.offset : 0;
      const to = p === s.end.paragraph ? s.end.offset : this.items[p].text.length;
      visit(p, from, to);
    }
  }

  /** Whole-paragraph span (the paragraph mark excluded, see spans.ts). */
  spanOfParagraph(index: number): Span {
    const len = this.paragraph(index).text.length;
    return { start: { paragraph: index, offset: 0 }, end: { paragraph: index, offset: len } };
  }

  spanOfBody(): Span {
    const last = this.items.length - 1;
    return {
      start: { paragraph: 0, offset: 0 },
      end: { paragraph: last, offset: this.items[last].text.length },
    };
  }

  // ---- changing (the proxies do this inside a sync; the workbench may too) ----

  subscribe(listener: DocumentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `change` and notifies subscribers once at the end if anything changed (a sync is one batch). */
  batch<T>(change: () => T): T {
    this.batchDepth++;
    try {
      return change();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.pendingChange) this.notify();
    }
  }

  setSelection(s: Span): void {
    this.assertSpan(s);
    this.currentSelection = s;
    // Selecting the same range again is still news: the UI scrolls to it.
    this.changed();
  }

  /**
   * Sets (or with null removes) the highlight of every character in the span; returns whether any changed.
   * The colour is a highlight name or "#RRGGBB", normalised as colors.ts says.
   */
  setHighlight(s: Span, colorOrName: string | null): boolean {
    this.assertSpan(s);
    const color = normalizeHighlightColor(colorOrName, "FakeDocument.setHighlight");
    let any = false;
    this.eachSlice(s, (p, from, to) => {
      if (from >= to) return;
      const before = this.items[p];
      const runs = recolor(before.runs, from, to, color);
      if (runs !== before.runs) {
        this.items[p] = { ...before, runs };
        any = true;
      }
    });
    if (any) this.changed();
    return any;
  }

  // ---- internals ----

  private build(inits: ParagraphInit[]): ModelParagraph[] {
    // A Word document always has at least one paragraph.
    const list = inits.length > 0 ? inits : [{ text: "" }];
    return list.map((init) => this.create(init));
  }

  private create(init: ParagraphInit): ModelParagraph {
    const runs = init.runs
      ? merge(
          init.runs.map((r) => ({ text: r.text, highlight: normalizeHighlightColor(r.highlight) }))
        )
      : merge([{ text: init.text ?? "", highlight: null }]);
    const text = runs.map((r) => r.text).join("");
    if (init.runs && init.text !== undefined && init.text !== text) {
      throw new Error(
        `Paragraph text ${JSON.stringify(init.text)} differs from its runs ${JSON.stringify(text)}`
      );
    }
    const style =
      init.style ?? (init.headingLevel !== undefined ? `Heading ${init.headingLevel}` : "Normal");
    const headingLevel =
      init.headingLevel ?? (init.style === undefined ? undefined : headingLevelOfStyle(init.style));
    const p: { -readonly [K in keyof ModelParagraph]: ModelParagraph[K] } = {
      id: this.newId(),
      text,
      runs,
      style,
    };
    if (headingLevel !== undefined) p.headingLevel = headingLevel;
    if (init.listLabel !== undefined) p.listLabel = init.listLabel;
    if (init.table !== undefined) p.table = { ...init.table };
    return p;
  }

  private newId(): string {
    const n = (this.nextId++).toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${n}`.toUpperCase();
  }

  private assertSpan(s: Span): void {
    for (const at of [s.start, s.end]) {
      const p = this.items[at.paragraph];
      if (
        p === undefined ||
        at.offset < 0 ||
        at.offset > p.text.length ||
        !Number.isInteger(at.offset)
      ) {
        throw new RangeError(`Position ${JSON.stringify(at)} is outside the document`);
      }
    }
    if (comparePositions(s.start, s.end) > 0)
      throw new RangeError("A span must not end before it starts");
  }

  private changed(): void {
    this.pendingChange = true;
    if (this.batchDepth === 0) this.notify();
  }

  private notify(): void {
    this.pendingChange = false;
    this.changeCount++;
    for (const listener of [...this.listeners]) listener(this);
  }
}

function initOf(p: SnapshotParagraph): ParagraphInit {
  const init: ParagraphInit = { text: p.text };
  if (p.style !== undefined) init.style = p.style;
  if (p.headingLevel !== undefined) init.headingLevel = p.headingLevel;
  if (p.listLabel !== undefined) init.listLabel = p.listLabel;
  if (p.table !== undefined) init.table = p.table;
  return init;
}

function runAt(runs: readonly Run[], offset: number): Run | undefined {
  let start = 0;
  for (const run of runs) {
    if (offset < start + run.text.length) return run;
    start += run.text.length;
  }
  return runs[runs.length - 1];
}

/** Runs with [from, to) set to `color`, split at the boundaries and merged again; the same array if nothing changed. */
function recolor(
  runs: readonly Run[],
  from: number,
  to: number,
  color: string | null
): readonly Run[] {
  let changed = false;
  const out: Run[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    if (end <= from || start >= to || run.highlight === color) {
      out.push(run);
    } else {
      changed = true;
      const a = Math.max(start, from) - start;
      const b = Math.min(end, to) - start;
      if (a > 0) out.push({ text: run.text.slice(0, a), highlight: run.highlight });
      out.push({ text: run.text.slice(a, b), highlight: color });
      if (b < run.text.length) out.push({ text: run.text.slice(b), highlight: run.highlight });
    }
    start = end;
  }
  return changed ? merge(out) : runs;
}

/** Adjacent runs with the same highlight become one; empty runs go. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.highlight === run.highlight)
      out[out.length - 1] = { text: last.text + run.text, highlight: last.highlight };
    else out.push(run);
  }
  return out;
}

export type { Position, Span };
