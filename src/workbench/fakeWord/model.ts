/**
 * The in-memory document behind the fake Word API, and what the workbench renders: paragraphs in
 * order, each a list of runs (highlight and tracked change), plus the selection, comments, temporary
 * highlights and the Track Changes mode. The proxies change it only while a `context.sync()` runs;
 * subscribers hear once per sync that changed something.
 *
 * Text deleted under Track Changes stays in the text, as Word keeps it in Paragraph.text / Range.text
 * / Body.text (https://github.com/OfficeDev/office-js/issues/1267); every position counts it. Only
 * getReviewedText("Current") leaves it out.
 */
import type { DocumentSnapshot, SnapshotParagraph } from "../../engine/snapshot";
import { AnchorRegistry, type LiveSpan } from "./anchors";
import { normalizeHighlightColor } from "./colors";
import {
  ContentControlStore,
  type ContentControlInfo,
  type ContentControlProperties,
} from "./contentControlStore";
import {
  assertParagraphText,
  createParagraph,
  initOf,
  rebuild,
  type ModelParagraph,
  type Mutable,
  type ParagraphInit,
} from "./paragraphs";
import { CommentStore, type CommentInfo } from "./commentStore";
import { indexRevisions, type IndexedRevision, type RevisionInfo } from "./revisionIndex";
import {
  merge,
  pieces,
  plain,
  runAt,
  spliceRuns,
  textOfRuns,
  transformRuns,
  type Piece,
  type Revision,
  type RevisionKind,
  type Run,
} from "./runs";
import {
  comparePositions,
  isCollapsed,
  point,
  sameSpan,
  spansMeet,
  type Position,
  type Span,
} from "./spans";
import { headingLevelOfStyle } from "./styles";
import {
  DEFAULT_TABLE_STYLE,
  cellParagraphs,
  collectTables,
  type CellParagraphs,
  type TableInfo,
  type TableInit,
  type TableMeta,
} from "./tables";

/** Word.ChangeTrackingMode values (WordApi 1.4). */
export type ChangeTrackingModeValue = "Off" | "TrackAll" | "TrackMineOnly";
export const CHANGE_TRACKING_MODES: readonly ChangeTrackingModeValue[] = [
  "Off",
  "TrackAll",
  "TrackMineOnly",
];

/** Word.ChangeTrackingVersion values (WordApi 1.4). */
export type ReviewedVersion = "Current" | "Original";

/** Who makes a change, and when: the author of revisions and comments. */
export type Editor = { readonly name: string; readonly email: string; readonly now: () => Date };

export const DEFAULT_AUTHOR = "Workbench user";

export type FakeDocumentOptions = {
  /** Opened read-only: the Word API refuses writes (AccessDenied); the model itself still changes. */
  readOnly?: boolean;
  /** Default "Off". */
  changeTrackingMode?: ChangeTrackingModeValue;
  /** Author of changes made through the model directly; default "Workbench user". */
  author?: string;
  authorEmail?: string;
  /** Clock for revision and comment dates; default the real one. */
  now?: () => Date;
  /** Style and header row count of the document's tables, by table number (default: tables.ts). */
  tables?: TableInit[];
};

export type DocumentListener = (doc: FakeDocument) => void;

export class FakeDocument {
  private items: ModelParagraph[] = [];
  private readonly anchors = new AnchorRegistry();
  private readonly selectionAnchor: LiveSpan;
  private readonly commentStore: CommentStore;
  private temporary: LiveSpan[] = [];
  private readonly controlStore: ContentControlStore;
  private tableMeta: TableMeta[] = [];
  private tableCache: TableInfo[] | undefined;
  private trackingMode: ChangeTrackingModeValue;
  private readOnlyFlag: boolean;
  private listeners = new Set<DocumentListener>();
  private batchDepth = 0;
  private pendingChange = false;
  private nextId = 1;
  private changeCount = 0;
  private snapshotSource: string | undefined;
  private ids: Map<string, number> | undefined;
  /** Author and clock of changes made through the model directly (the Word API passes its own). */
  readonly editor: Editor;
  /** Office.context.document.settings of this document (per-document add-in state). */
  readonly settings = new Map<string, unknown>();

  constructor(
    paragraphs: ParagraphInit[] = [],
    source?: string,
    options: FakeDocumentOptions = {}
  ) {
    this.items = this.build(paragraphs);
    this.tableMeta = this.buildTableMeta(options.tables);
    this.snapshotSource = source;
    this.selectionAnchor = this.anchors.track(point(0, 0));
    this.commentStore = new CommentStore(this.anchors);
    this.controlStore = new ContentControlStore(this.anchors);
    this.trackingMode = options.changeTrackingMode ?? "Off";
    this.readOnlyFlag = options.readOnly ?? false;
    this.editor = {
      name: options.author ?? DEFAULT_AUTHOR,
      email: options.authorEmail ?? "",
      now: options.now ?? (() => new Date()),
    };
  }

  static fromSnapshot(snapshot: DocumentSnapshot, options?: FakeDocumentOptions): FakeDocument {
    return new FakeDocument(snapshot.paragraphs.map(initOf), snapshot.source, options);
  }

  static fromParagraphs(
    paragraphs: (string | ParagraphInit)[],
    options?: FakeDocumentOptions
  ): FakeDocument {
    return new FakeDocument(
      paragraphs.map((p) => (typeof p === "string" ? { text: p } : p)),
      undefined,
      options
    );
  }

  /**
   * Replaces the whole content (e.g. the workbench opened another draft); subscribers stay. Comments,
   * content controls, temporary highlights and revisions go with the old content; Track Changes starts
   * "Off".
   */
  reset(snapshot: DocumentSnapshot): void {
    this.items = this.build(snapshot.paragraphs.map(initOf));
    this.tableMeta = this.buildTableMeta();
    this.controlStore.clear();
    this.ids = undefined;
    this.snapshotSource = snapshot.source;
    this.selectionAnchor.span = point(0, 0);
    this.commentStore.clear();
    for (const t of this.temporary) this.anchors.release(t);
    this.temporary = [];
    this.trackingMode = "Off";
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

  /** The paragraph's index now, by its id; undefined once it is gone (deleted or joined). */
  indexOfId(id: string): number | undefined {
    this.ids ??= new Map(this.items.map((p, i) => [p.id, i]));
    return this.ids.get(id);
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

  /**
   * getReviewedText: "Current" leaves out tracked deletions, "Original" tracked insertions — text and
   * paragraph marks alike.
   */
  reviewedTextOf(s: Span, version: ReviewedVersion): string {
    const skip: RevisionKind = version === "Current" ? "delete" : "insert";
    const parts: string[] = [];
    this.eachSlice(s, (p, from, to) => {
      for (const piece of pieces(this.items[p].runs, from, to))
        if (piece.run.revision?.kind !== skip) parts.push(piece.run.text);
      if (p < s.end.paragraph && this.items[p].markRevision?.kind !== skip) parts.push("\r");
    });
    return parts.join("");
  }

  /** The paragraph's text without its tracked deletions. */
  currentText(index: number): string {
    return this.reviewedTextOf(this.spanOfParagraph(index), "Current");
  }

  /** The paragraph's text without its tracked insertions. */
  originalText(index: number): string {
    return this.reviewedTextOf(this.spanOfParagraph(index), "Original");
  }

  get selection(): Span {
    return this.selectionAnchor.span;
  }

  get changeTrackingMode(): ChangeTrackingModeValue {
    return this.trackingMode;
  }

  set changeTrackingMode(mode: ChangeTrackingModeValue) {
    if (!CHANGE_TRACKING_MODES.includes(mode))
      throw new RangeError(`Unknown change tracking mode ${JSON.stringify(mode)}`);
    if (mode === this.trackingMode) return;
    this.trackingMode = mode;
    this.changed();
  }

  /** Edits are tracked in both TrackAll and TrackMineOnly: the add-in's changes are "mine". */
  get isTracking(): boolean {
    return this.trackingMode !== "Off";
  }

  get readOnly(): boolean {
    return this.readOnlyFlag;
  }

  set readOnly(value: boolean) {
    if (value === this.readOnlyFlag) return;
    this.readOnlyFlag = value;
    this.changed();
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
      for (const piece of pieces(this.items[p].runs, from, to)) seen.add(piece.run.highlight);
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

  /** Every pending tracked change, in document order of its first character. */
  revisions(): RevisionInfo[] {
    return [...this.revisionIndex().values()].map((entry) => entry.info);
  }

  /** The tracked changes that share text with the span. */
  revisionsIn(s: Span): RevisionInfo[] {
    return [...this.revisionIndex().values()]
      .filter((entry) => spansMeet(entry.span, s))
      .map((entry) => entry.info);
  }

  /** From the first to the last character (or paragraph mark) of a revision; undefined when gone. */
  revisionSpan(id: string): Span | undefined {
    return this.revisionIndex().get(id)?.span;
  }

  revision(id: string): RevisionInfo | undefined {
    return this.revisionIndex().get(id)?.info;
  }

  /** The comments, in document order. */
  comments(): CommentInfo[] {
    return this.commentStore.all();
  }

  comment(id: string): CommentInfo | undefined {
    return this.commentStore.get(id);
  }

  /** The comments whose text meets the span. */
  commentsIn(s: Span): CommentInfo[] {
    return this.comments().filter((c) => spansMeet(c.span, s));
  }

  /** Range.highlight() marks (WordApi 1.8): not document content. */
  temporaryHighlights(): Span[] {
    return this.temporary.map((t) => t.span);
  }

  /** The tables, in document order, with their cells' text (see tables.ts). */
  tables(): TableInfo[] {
    return (this.tableCache ??= collectTables(this.items, (n) => this.metaOf(n)));
  }

  table(id: string): TableInfo | undefined {
    return this.tables().find((t) => t.id === id);
  }

  /** The id of the table holding paragraph `index`; undefined outside tables. */
  tableIdAt(index: number): string | undefined {
    const t = this.paragraph(index).table;
    return t && this.metaOf(t.table).id;
  }

  /** The first and last paragraph of a table cell; undefined if the table or the cell is not there. */
  cellParagraphs(id: string, row: number, cell: number): CellParagraphs | undefined {
    const t = this.table(id);
    return t && cellParagraphs(this.items, t, row, cell);
  }

  /** The content controls, in document order (a control before those nested in it). */
  contentControls(): ContentControlInfo[] {
    return this.controlStore.all();
  }

  contentControl(id: number): ContentControlInfo | undefined {
    return this.controlStore.get(id);
  }

  /** The content controls whose paragraphs meet the span. */
  contentControlsIn(s: Span): ContentControlInfo[] {
    return this.contentControls().filter((c) => spansMeet(c.span, s));
  }

  /**
   * A control's own live span, for the Word API's inserts that grow it (ContentControl.insertText at
   * Start or End); undefined once the control is gone.
   */
  contentControlAnchor(id: number): LiveSpan | undefined {
    return this.controlStore.anchorOf(id);
  }

  /**
   * Whole paragraphs first..last with a paragraph mark, so that deleting the span leaves no empty
   * paragraph behind: the mark that ends them, or at the end of the document the one before them (as
   * deleteParagraph does).
   */
  spanOfParagraphs(first: number, last: number): Span {
    this.paragraph(first);
    const end = this.spanOfParagraph(last).end;
    if (last + 1 < this.items.length)
      return { start: { paragraph: first, offset: 0 }, end: { paragraph: last + 1, offset: 0 } };
    if (first > 0) return { start: this.spanOfParagraph(first - 1).end, end };
    return { start: { paragraph: first, offset: 0 }, end };
  }

  // ---- live spans ----

  /** A span that follows the text through every later edit, until released. */
  anchor(s: Span): LiveSpan {
    this.assertSpan(s);
    return this.anchors.track(s);
  }

  release(anchor: LiveSpan): void {
    this.anchors.release(anchor);
  }

  /** How many live spans are registered (for tests: contexts release theirs). */
  get liveSpanCount(): number {
    return this.anchors.size;
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
    this.selectionAnchor.span = s;
    // Selecting the same range again is still news: the UI scrolls to it.
    this.changed();
  }

  /**
   * Sets (or with null removes) the highlight of every character in the span; returns whether any changed.
   * The colour is a highlight name or "#RRGGBB", normalised as colors.ts says. Under Track Changes the
   * change is a "format" revision that remembers the old highlight (Word tracks formatting too).
   */
  setHighlight(s: Span, colorOrName: string | null, editor: Editor = this.editor): boolean {
    this.assertSpan(s);
    const color = normalizeHighlightColor(colorOrName, "FakeDocument.setHighlight");
    const revision = this.isTracking ? this.newRevision("format", editor) : undefined;
    let any = false;
    this.batch(() =>
      this.eachSlice(s, (p, from, to) => {
        if (from < to && this.restyle(p, from, to, (run) => recolored(run, color, revision)))
          any = true;
      })
    );
    return any;
  }

  /** Inserts text at a position (a tracked insertion under Track Changes); returns its span. */
  insertText(at: Position, text: string, editor: Editor = this.editor): Span {
    this.assertSpan({ start: at, end: at });
    assertParagraphText(text);
    return this.batch(() =>
      this.insertAt(at, text, this.highlightOf(point(at.paragraph, at.offset)), editor)
    );
  }

  /**
   * Deletes a span. Under Track Changes the text stays as a tracked deletion, except text that is
   * itself a tracked insertion, which goes outright (as in Word); paragraph marks likewise.
   */
  deleteSpan(s: Span, editor: Editor = this.editor): void {
    this.assertSpan(s);
    this.batch(() => {
      this.deleteInner(s, editor);
      this.dropEmptied();
    });
  }

  /**
   * Replaces a span's text: the old text is deleted (kept as a tracked deletion under Track Changes)
   * and the new text goes in right after it, with the old text's first highlight. Returns the new
   * text's span.
   */
  replaceText(s: Span, text: string, editor: Editor = this.editor): Span {
    this.assertSpan(s);
    assertParagraphText(text);
    return this.batch(() => {
      const highlight = isCollapsed(s)
        ? this.highlightOf(s)
        : (runAt(this.items[s.start.paragraph].runs, s.start.offset)?.highlight ?? null);
      const live = this.anchors.track(s);
      try {
        this.deleteInner(s, editor);
        return this.insertAt(live.span.end, text, highlight, editor);
      } finally {
        this.anchors.release(live);
        this.dropEmptied();
      }
    });
  }

  /**
   * Inserts a paragraph before or after paragraph `index`; returns the new paragraph's index. It takes
   * style Normal and stays in the same table cell. Under Track Changes its text is a tracked insertion,
   * and so is the new paragraph mark (Word's: the mark that splits the text).
   */
  insertParagraph(
    index: number,
    where: "before" | "after",
    text: string,
    editor: Editor = this.editor
  ): number {
    this.paragraph(index);
    assertParagraphText(text);
    return this.batch(() => {
      const revision = this.isTracking ? this.newRevision("insert", editor) : undefined;
      const at = where === "before" ? index : index + 1;
      if (where === "before") this.split(index, 0, "second", revision);
      else this.split(index, this.items[index].text.length, "first", revision);
      if (text !== "") {
        const run: Run = revision ? { text, highlight: null, revision } : { text, highlight: null };
        this.insertRuns(at, 0, [run]);
      }
      return at;
    });
  }

  /**
   * Inserts a body paragraph (style Normal, in no table) before paragraph `at` (at === paragraphCount
   * appends) — beside a table rather than in its cell, as Table.insertParagraph does; returns its index.
   * Under Track Changes its text and mark are a tracked insertion.
   */
  insertBodyParagraph(at: number, text: string, editor: Editor = this.editor): number {
    if (!Number.isInteger(at) || at < 0 || at > this.items.length)
      throw new RangeError(
        `No place ${at} for a paragraph (the document has ${this.items.length})`
      );
    assertParagraphText(text);
    const before = this.items[at - 1]?.table;
    const after = this.items[at]?.table;
    if (before && after && before.table === after.table)
      throw new RangeError("A body paragraph cannot go inside a table");
    return this.batch(() => {
      const revision = this.isTracking ? this.newRevision("insert", editor) : undefined;
      this.insertParagraphsAt(at, [{ runs: newRuns(text, revision), style: "Normal" }], revision);
      return at;
    });
  }

  /** Deletes a paragraph with its mark (the last paragraph takes the mark before it). */
  deleteParagraph(index: number, editor: Editor = this.editor): void {
    this.deleteSpan(this.spanOfParagraphs(index, index), editor);
  }

  /** Accepts one tracked change: deletions go, insertions and formatting stay. False if it is gone. */
  acceptRevision(id: string): boolean {
    return this.settleRevision(id, true);
  }

  /** Rejects one tracked change: insertions go, deletions stay, formatting goes back. */
  rejectRevision(id: string): boolean {
    return this.settleRevision(id, false);
  }

  acceptAll(): void {
    this.batch(() => {
      for (const r of this.revisions()) this.settleRevision(r.id, true);
    });
  }

  rejectAll(): void {
    this.batch(() => {
      for (const r of this.revisions()) this.settleRevision(r.id, false);
    });
  }

  /** Adds a comment on a (non-empty) span; returns its id. Its span follows the text. */
  addComment(s: Span, text: string, editor: Editor = this.editor): string {
    this.assertSpan(s);
    if (isCollapsed(s)) throw new RangeError("A comment needs a non-empty span");
    const id = this.commentStore.add(this.newId(), s, text, editor);
    this.changed();
    return id;
  }

  /** Changes a comment's text or resolved state; false if it is gone. */
  updateComment(id: string, change: { text?: string; resolved?: boolean }): boolean {
    const done = this.commentStore.update(id, change);
    if (done) this.changed();
    return done;
  }

  deleteComment(id: string): boolean {
    const done = this.commentStore.delete(id);
    if (done) this.changed();
    return done;
  }

  /** Range.highlight(): a mark over the span that is not document content. */
  addTemporaryHighlight(s: Span): void {
    this.assertSpan(s);
    if (isCollapsed(s)) return;
    if (
      !this.temporary.some(
        (t) =>
          comparePositions(t.span.start, s.start) === 0 && comparePositions(t.span.end, s.end) === 0
      )
    )
      this.temporary.push(this.anchors.track(s));
    this.changed();
  }

  /** Range.removeHighlight(): removes the temporary highlights that meet the span; returns how many. */
  removeTemporaryHighlights(s: Span): number {
    this.assertSpan(s);
    const gone = this.temporary.filter((t) => spansMeet(t.span, s));
    if (gone.length === 0) return 0;
    for (const t of gone) this.anchors.release(t);
    this.temporary = this.temporary.filter((t) => !gone.includes(t));
    this.changed();
    return gone.length;
  }

  /**
   * Sets a paragraph's style name; returns whether it changed. A built-in heading name ("Heading 2",
   * "标题 2") sets its heading level, any other name clears it. Under Track Changes the change is a
   * "format" revision on the paragraph that remembers the style before it — the fake's reading of
   * Word's tracked paragraph formatting (w:pPrChange), by analogy with highlights; a second change
   * keeps the first one's original style.
   */
  setParagraphStyle(index: number, style: string, editor: Editor = this.editor): boolean {
    const before = this.paragraph(index);
    if (typeof style !== "string" || style.trim() === "")
      throw new RangeError("A style name must be a non-empty string");
    if (before.style === style) return false;
    const out: Mutable<ModelParagraph> = { ...before, style };
    const level = headingLevelOfStyle(style);
    if (level === undefined) delete out.headingLevel;
    else out.headingLevel = level;
    if (this.isTracking && !before.styleRevision) {
      const previousStyle =
        before.headingLevel === undefined
          ? { style: before.style }
          : { style: before.style, headingLevel: before.headingLevel };
      out.styleRevision = { ...this.newRevision("format", editor), previousStyle };
    }
    this.items[index] = out;
    this.changed();
    return true;
  }

  /**
   * Inserts a rows × columns table before paragraph `at` (at === paragraphCount appends); returns its
   * id. Cells are Normal paragraphs, filled row by row from `values` where given, empty elsewhere.
   * Later tables are renumbered. The fake's guess where Word's docs are silent: as a Word document
   * never ends in a table and two tables that touch become one, an empty paragraph goes between the
   * new table and a table next to it, and after it at the end of the document. Under Track Changes the
   * cells' text and paragraph marks are one tracked insertion (rejecting it takes the table out again).
   */
  insertTable(
    at: number,
    rowCount: number,
    columnCount: number,
    values: readonly (readonly string[])[] = [],
    editor: Editor = this.editor
  ): string {
    if (!Number.isInteger(at) || at < 0 || at > this.items.length)
      throw new RangeError(`No place ${at} for a table (the document has ${this.items.length})`);
    for (const n of [rowCount, columnCount])
      if (!Number.isInteger(n) || n < 1) throw new RangeError("A table needs at least one cell");
    if (values.length > rowCount || values.some((row) => row.length > columnCount))
      throw new RangeError("The values do not fit in the table");
    values.forEach((row) => row.forEach(assertParagraphText));
    const before = this.items[at - 1]?.table;
    const after = this.items[at]?.table;
    if (before && after && before.table === after.table)
      throw new RangeError("A table cannot go inside another table here");
    return this.batch(() => {
      const revision = this.isTracking ? this.newRevision("insert", editor) : undefined;
      const number = this.tablesBefore(at);
      for (let p = at; p < this.items.length; p++) {
        const t = this.items[p].table;
        if (t && t.table >= number)
          this.items[p] = { ...this.items[p], table: { ...t, table: t.table + 1 } };
      }
      const meta = this.newTableMeta();
      this.tableMeta.splice(number, 0, meta);
      const inits: ParagraphInit[] = [];
      if (before) inits.push({ text: "" });
      for (let row = 0; row < rowCount; row++)
        for (let cell = 0; cell < columnCount; cell++)
          inits.push({
            runs: newRuns(values[row]?.[cell] ?? "", revision),
            style: "Normal",
            table: { table: number, row, cell },
          });
      if (after || at === this.items.length) inits.push({ text: "" });
      this.insertParagraphsAt(at, inits, revision);
      return meta.id;
    });
  }

  /**
   * Deletes a table; false if it is gone. Untracked its paragraphs go whole; under Track Changes its
   * text and paragraph marks are a tracked deletion (the model's stand-in for Word's deleted rows).
   */
  deleteTable(id: string, editor: Editor = this.editor): boolean {
    const t = this.table(id);
    if (!t) return false;
    this.batch(() => {
      if (!this.isTracking) {
        this.removeParagraphs(t.firstParagraph, t.lastParagraph - t.firstParagraph + 1);
        return;
      }
      this.deleteInner(this.spanOfParagraphs(t.firstParagraph, t.lastParagraph), editor);
      this.dropEmptied();
    });
    return true;
  }

  /**
   * Changes a table's style name or header row count; false if the table is gone. Never tracked: the
   * model has no table property revisions.
   */
  updateTable(id: string, change: TableInit): boolean {
    const meta = this.tableMeta.find((m) => m?.id === id);
    if (!meta || !this.table(id)) return false;
    if (change.headerRowCount !== undefined) {
      if (!Number.isInteger(change.headerRowCount) || change.headerRowCount < 0)
        throw new RangeError("A header row count must be a whole number, 0 or more");
      meta.headerRowCount = change.headerRowCount;
    }
    if (change.style !== undefined) meta.style = change.style;
    this.changed();
    return true;
  }

  /** Replaces a table cell's text (all its paragraphs) as replaceText does; returns the new text's span. */
  setCellText(id: string, row: number, cell: number, text: string, editor = this.editor): Span {
    const cp = this.cellParagraphs(id, row, cell);
    if (!cp) throw new RangeError(`The table has no cell (${row}, ${cell})`);
    const s = { start: { paragraph: cp.first, offset: 0 }, end: this.spanOfParagraph(cp.last).end };
    return this.replaceText(s, text, editor);
  }

  /**
   * Wraps the span's whole paragraphs in a content control; returns its id. A span that starts or ends
   * in a table takes in the whole table, unless it lies in one cell (the control is then in the cell).
   * A control may hold others but not overlap one partly (a RangeError).
   */
  insertContentControl(s: Span, properties: Partial<ContentControlProperties> = {}): number {
    this.assertSpan(s);
    let first = s.start.paragraph;
    let last = s.end.paragraph;
    const a = this.items[first].table;
    const b = this.items[last].table;
    const oneCell = a && b && a.table === b.table && a.row === b.row && a.cell === b.cell;
    if (!oneCell) {
      while (a && this.items[first - 1]?.table?.table === a.table) first--;
      while (b && this.items[last + 1]?.table?.table === b.table) last++;
    }
    const crossing = this.controlStore
      .all()
      .find(
        (c) =>
          c.firstParagraph <= last &&
          first <= c.lastParagraph &&
          !(c.firstParagraph <= first && last <= c.lastParagraph) &&
          !(first <= c.firstParagraph && c.lastParagraph <= last)
      );
    if (crossing)
      throw new RangeError(
        `The paragraphs overlap content control ${crossing.id} without holding it or being inside it`
      );
    const span = { start: { paragraph: first, offset: 0 }, end: this.spanOfParagraph(last).end };
    const id = this.controlStore.add(span, properties);
    this.changed();
    return id;
  }

  /** Changes a control's tag, title, appearance or locks; false if it is gone. */
  updateContentControl(id: number, change: Partial<ContentControlProperties>): boolean {
    const done = this.controlStore.update(id, change);
    if (done) this.changed();
    return done;
  }

  /** Removes a content control and keeps its content; false if it is gone. */
  removeContentControl(id: number): boolean {
    const done = this.controlStore.delete(id);
    if (done) this.changed();
    return done;
  }

  /**
   * Deletes a content control with its paragraphs; false if it is gone. Under Track Changes its text
   * is a tracked deletion and the control stays until that is accepted (rejecting keeps it).
   */
  deleteContentControl(id: number, editor: Editor = this.editor): boolean {
    const c = this.controlStore.get(id);
    if (!c) return false;
    this.batch(() => {
      if (!this.isTracking) {
        this.removeParagraphs(c.firstParagraph, c.lastParagraph - c.firstParagraph + 1);
        this.removeContentControl(id);
        return;
      }
      const revision = this.deleteInner(
        this.spanOfParagraphs(c.firstParagraph, c.lastParagraph),
        editor
      );
      this.markControlsDeleted([id], revision as string);
      this.dropEmptied();
    });
    return true;
  }

  // ---- editing internals ----

  /**
   * Deletes a span, tracked or not; returns the tracked deletion's id. Content controls that lie wholly
   * inside the span (and are not the span itself) go with it — or, tracked, until it is accepted.
   */
  private deleteInner(s: Span, editor: Editor): string | undefined {
    const inside = this.controlStore
      .all()
      .filter(
        (c) =>
          comparePositions(s.start, c.span.start) <= 0 &&
          comparePositions(c.span.end, s.end) <= 0 &&
          !sameSpan(s, c.span)
      )
      .map((c) => c.id);
    if (!this.isTracking) {
      this.removeSpan(s);
      if (this.controlStore.remove((c) => inside.includes(c.id))) this.changed();
      return undefined;
    }
    const revision = this.trackDeletion(s, editor);
    this.markControlsDeleted(inside, revision);
    return revision;
  }

  /** Controls deleted under Track Changes stay until the deletion is accepted; with nothing tracked, they go. */
  private markControlsDeleted(ids: readonly number[], revision: string): void {
    if (ids.length === 0) return;
    if (this.revision(revision)) for (const id of ids) this.controlStore.markDeleted(id, revision);
    else this.controlStore.remove((c) => ids.includes(c.id));
    this.changed();
  }

  /** Removes the span's text, then the marks it crosses (last first, so indices stay valid). */
  private removeSpan(s: Span): void {
    for (let p = s.end.paragraph; p >= s.start.paragraph; p--) {
      const from = p === s.start.paragraph ? s.start.offset : 0;
      const to = p === s.end.paragraph ? s.end.offset : this.items[p].text.length;
      this.removeChars(p, from, to);
    }
    for (let p = s.end.paragraph - 1; p >= s.start.paragraph; p--) this.join(p);
  }

  private trackDeletion(s: Span, editor: Editor): string {
    const revision = this.newRevision("delete", editor);
    for (let p = s.end.paragraph; p >= s.start.paragraph; p--) {
      const from = p === s.start.paragraph ? s.start.offset : 0;
      const to = p === s.end.paragraph ? s.end.offset : this.items[p].text.length;
      const parts = pieces(this.items[p].runs, from, to);
      for (let i = parts.length - 1; i >= 0; i--) {
        const { start, end, run } = parts[i];
        if (run.revision?.kind === "insert") this.removeChars(p, start, end);
        else if (run.revision?.kind !== "delete")
          this.restyle(p, start, end, (r) =>
            r.revision?.kind === "delete" || r.revision?.kind === "insert"
              ? r
              : { text: r.text, highlight: r.highlight, revision }
          );
      }
    }
    for (let p = s.end.paragraph - 1; p >= s.start.paragraph; p--) {
      const mark = this.items[p].markRevision;
      if (mark?.kind === "insert") this.join(p);
      else if (mark?.kind !== "delete") this.setMark(p, revision);
    }
    return revision.id;
  }

  private insertAt(at: Position, text: string, highlight: string | null, editor: Editor): Span {
    const end = { paragraph: at.paragraph, offset: at.offset + text.length };
    if (text !== "") {
      const run: Run = this.isTracking
        ? { text, highlight, revision: this.newRevision("insert", editor) }
        : { text, highlight };
      this.insertRuns(at.paragraph, at.offset, [run]);
    }
    return { start: at, end };
  }

  private settleRevision(id: string, accept: boolean): boolean {
    let found = false;
    this.batch(() => {
      for (let p = 0; p < this.items.length; p++) {
        if (this.items[p].styleRevision?.id !== id) continue;
        found = true;
        this.settleStyle(p, accept);
      }
      for (let p = this.items.length - 1; p >= 0; p--) {
        const own = pieces(this.items[p].runs, 0, this.items[p].text.length).filter(
          (x) => x.run.revision?.id === id
        );
        for (let i = own.length - 1; i >= 0; i--) {
          found = true;
          this.settlePiece(p, own[i], accept);
        }
      }
      for (let p = this.items.length - 1; p >= 0; p--) {
        const mark = this.items[p].markRevision;
        if (mark?.id !== id) continue;
        found = true;
        // An insertion rejected or a deletion accepted: the mark goes and the paragraphs join.
        if ((mark.kind === "insert") !== accept) this.join(p);
        else this.setMark(p, null);
      }
      if (this.controlStore.settle(id, accept)) this.changed();
      this.dropEmptied();
    });
    return found;
  }

  /** A style change accepted keeps the new style; rejected, the old one comes back. */
  private settleStyle(p: number, accept: boolean): void {
    const before = this.items[p];
    const previous = before.styleRevision?.previousStyle;
    const out: Mutable<ModelParagraph> = { ...before };
    delete out.styleRevision;
    if (!accept && previous) {
      out.style = previous.style;
      if (previous.headingLevel === undefined) delete out.headingLevel;
      else out.headingLevel = previous.headingLevel;
    }
    this.items[p] = out;
    this.changed();
  }

  private settlePiece(p: number, piece: Piece, accept: boolean): void {
    const revision = piece.run.revision as Revision;
    const mine = (run: Run) => run.revision?.id === revision.id;
    if (revision.kind === "format") {
      this.restyle(p, piece.start, piece.end, (run) =>
        !mine(run)
          ? run
          : {
              text: run.text,
              highlight: accept ? run.highlight : (run.revision?.previousHighlight ?? null),
            }
      );
    } else if ((revision.kind === "insert") !== accept) {
      this.removeChars(p, piece.start, piece.end);
    } else {
      this.restyle(p, piece.start, piece.end, (run) => (mine(run) ? plain(run) : run));
    }
  }

  /**
   * Word deletes a comment whose whole text was deleted (a tracked deletion keeps the text, so not
   * then); a temporary highlight goes with its text too. Tables whose paragraphs are all gone go, and
   * the rest are numbered again.
   */
  private dropEmptied(): void {
    this.normalizeTables();
    if (this.commentStore.dropCollapsed()) this.changed();
    const gone = this.temporary.filter((t) => isCollapsed(t.span));
    if (gone.length === 0) return;
    for (const t of gone) this.anchors.release(t);
    this.temporary = this.temporary.filter((t) => !gone.includes(t));
    this.changed();
  }

  private revisionIndex(): Map<string, IndexedRevision> {
    return indexRevisions(this.items);
  }

  // ---- primitives: every text mutation goes through these, so live spans follow ----

  private restyle(p: number, from: number, to: number, change: (run: Run) => Run): boolean {
    const before = this.items[p];
    const runs = transformRuns(before.runs, from, to, change);
    if (runs === before.runs) return false;
    this.items[p] = rebuild(before, runs);
    this.changed();
    return true;
  }

  private removeChars(p: number, from: number, to: number): void {
    if (from >= to) return;
    this.items[p] = rebuild(this.items[p], spliceRuns(this.items[p].runs, from, to, []));
    this.anchors.map({ kind: "remove", paragraph: p, from, to });
    this.changed();
  }

  private insertRuns(p: number, at: number, runs: Run[]): void {
    const length = textOfRuns(runs).length;
    if (length === 0) return;
    this.items[p] = rebuild(this.items[p], spliceRuns(this.items[p].runs, at, at, runs));
    this.anchors.map({ kind: "insert", at: { paragraph: p, offset: at }, length });
    this.changed();
  }

  /**
   * Splits paragraph p at `at`. The half `keep` stays the old paragraph (its id, style, list label); the
   * other is new, style Normal, in the same table cell. The first half ends with the new mark.
   */
  private split(p: number, at: number, keep: "first" | "second", mark: Revision | undefined): void {
    const old = this.items[p];
    const left = merge(pieces(old.runs, 0, at).map((x) => x.run));
    const right = merge(pieces(old.runs, at, old.text.length).map((x) => x.run));
    const fresh = this.create(
      old.table ? { style: "Normal", table: old.table } : { style: "Normal" }
    );
    const [first, second] =
      keep === "first"
        ? [rebuild(old, left, mark ?? null), rebuild(fresh, right, old.markRevision ?? null)]
        : [rebuild(fresh, left, mark ?? null), rebuild(old, right)];
    this.items.splice(p, 1, first, second);
    this.ids = undefined;
    this.anchors.map({ kind: "split", at: { paragraph: p, offset: at }, keep });
    this.changed();
  }

  /**
   * Removes paragraph p's mark: p and the next become one, ending with the next one's mark. The result
   * keeps p's properties when p has text left, else the next paragraph's (Word's paragraph formatting
   * lives in the mark that remains).
   */
  private join(p: number): void {
    const a = this.items[p];
    const b = this.items[p + 1];
    if (b === undefined) {
      this.setMark(p, null);
      return;
    }
    const base = a.text.length > 0 ? a : b;
    this.items.splice(p, 2, rebuild(base, merge([...a.runs, ...b.runs]), b.markRevision ?? null));
    this.ids = undefined;
    this.anchors.map({ kind: "join", paragraph: p, length: a.text.length });
    this.changed();
  }

  /**
   * Inserts whole paragraphs before paragraph `at` (at === length appends). Under tracking (`revision`)
   * their marks are tracked insertions; appending, the old last paragraph's mark is the new one instead
   * (the last mark is never tracked), as when insertParagraph splits a paragraph.
   */
  private insertParagraphsAt(
    at: number,
    inits: ParagraphInit[],
    revision: Revision | undefined
  ): void {
    if (inits.length === 0) return;
    const appending = at === this.items.length;
    const fresh = inits.map((init, i) => {
      const p = this.create(init);
      return revision && !(appending && i === inits.length - 1) ? rebuild(p, p.runs, revision) : p;
    });
    this.items.splice(at, 0, ...fresh);
    this.ids = undefined;
    this.anchors.map({ kind: "insertParagraphs", at, count: fresh.length });
    if (revision && appending && at > 0) this.setMark(at - 1, revision);
    this.changed();
  }

  /**
   * Removes paragraphs [from, from + count) whole. What pointed into them moves to the start of the
   * paragraph after, or the end of the one before; content controls inside them go. A document keeps at
   * least one paragraph.
   */
  private removeParagraphs(from: number, count: number): void {
    if (count <= 0) return;
    const last = from + count - 1;
    const inside = this.controlStore
      .all()
      .filter((c) => c.firstParagraph >= from && c.lastParagraph <= last)
      .map((c) => c.id);
    const fallback =
      last + 1 < this.items.length
        ? { paragraph: from, offset: 0 }
        : from > 0
          ? { paragraph: from - 1, offset: this.items[from - 1].text.length }
          : { paragraph: 0, offset: 0 };
    this.items.splice(from, count);
    if (this.items.length === 0) this.items.push(this.create({ text: "" }));
    this.ids = undefined;
    this.anchors.map({ kind: "removeParagraphs", from, count, fallback });
    this.controlStore.remove((c) => inside.includes(c.id));
    this.changed();
    this.dropEmptied();
  }

  private setMark(p: number, mark: Revision | null): void {
    const before = this.items[p];
    if ((before.markRevision ?? null) === mark) return;
    this.items[p] = rebuild(before, before.runs, mark);
    this.changed();
  }

  private newRevision(kind: RevisionKind, editor: Editor): Revision {
    return { kind, id: this.newId(), author: editor.name, date: editor.now().toISOString() };
  }

  // ---- internals ----

  private build(inits: ParagraphInit[]): ModelParagraph[] {
    // A Word document always has at least one paragraph.
    const list = inits.length > 0 ? inits : [{ text: "" }];
    return list.map((init) => this.create(init));
  }

  private create(init: ParagraphInit): ModelParagraph {
    return createParagraph(init, this.newId());
  }

  private buildTableMeta(inits: readonly TableInit[] = []): TableMeta[] {
    const count = Math.max(0, ...this.items.map((p) => (p.table ? p.table.table + 1 : 0)));
    return Array.from({ length: count }, (_, i) => this.newTableMeta(inits[i]));
  }

  private newTableMeta(init: TableInit = {}): TableMeta {
    return {
      id: this.newId(),
      style: init.style ?? DEFAULT_TABLE_STYLE,
      headerRowCount: init.headerRowCount ?? 0,
    };
  }

  private metaOf(table: number): TableMeta {
    return (this.tableMeta[table] ??= this.newTableMeta());
  }

  /** How many tables start before paragraph `at`. */
  private tablesBefore(at: number): number {
    for (let p = at - 1; p >= 0; p--) {
      const t = this.items[p].table;
      if (t) return t.table + 1;
    }
    return 0;
  }

  /**
   * Numbers the tables 0, 1, 2 … in document order again and drops the meta of tables that are gone
   * (their paragraphs deleted or joined away). Untouched paragraphs stay the same objects.
   */
  private normalizeTables(): void {
    const order = new Map<number, number>();
    for (const p of this.items)
      if (p.table && !order.has(p.table.table)) order.set(p.table.table, order.size);
    if ([...order].every(([old, now]) => old === now) && this.tableMeta.length === order.size)
      return;
    this.tableMeta = [...order.keys()].map((old) => this.metaOf(old));
    this.items.forEach((p, i) => {
      const now = p.table && order.get(p.table.table);
      if (p.table && now !== undefined && now !== p.table.table)
        this.items[i] = { ...p, table: { ...p.table, table: now } };
    });
    this.changed();
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
    this.tableCache = undefined;
    this.pendingChange = true;
    if (this.batchDepth === 0) this.notify();
  }

  private notify(): void {
    this.pendingChange = false;
    this.changeCount++;
    for (const listener of [...this.listeners]) listener(this);
  }
}

/** The runs of new text: none for "", else one unhighlighted run, a tracked insertion under `revision`. */
function newRuns(text: string, revision: Revision | undefined): Run[] {
  if (text === "") return [];
  return [revision ? { text, highlight: null, revision } : { text, highlight: null }];
}

/** A run recoloured; under tracking a plain run gets a format revision remembering its old colour. */
function recolored(run: Run, color: string | null, revision: Revision | undefined): Run {
  if (run.highlight === color) return run;
  if (revision && run.revision === undefined)
    return {
      text: run.text,
      highlight: color,
      revision: { ...revision, previousHighlight: run.highlight },
    };
  return run.revision === undefined
    ? { text: run.text, highlight: color }
    : { text: run.text, highlight: color, revision: run.revision };
}

export type {
  CommentInfo,
  ContentControlInfo,
  ContentControlProperties,
  ModelParagraph,
  ParagraphInit,
  Position,
  Revision,
  RevisionInfo,
  RevisionKind,
  Run,
  Span,
  TableInfo,
  TableInit,
};
export { assertParagraphText };
