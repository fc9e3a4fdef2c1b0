/**
 * The content controls of a document. The fake models block-level rich text controls only: each wraps
 * whole paragraphs, held as a live span (anchors.ts) from the start of its first paragraph to the end
 * of its last, so it follows its paragraphs as others are inserted or deleted around it. By the
 * anchors' rule a paragraph inserted right before its first paragraph or right after its last, from
 * outside (Paragraph.insertParagraph), stays outside — Word's behaviour there is undocumented; the
 * control's own insertParagraph("Start" / "End") puts it inside.
 */
import type { AnchorRegistry, LiveSpan } from "./anchors";
import { comparePositions, type Span } from "./spans";

/** Word.ContentControlAppearance: "The value can be `boundingBox`, `tags`, or `hidden`." */
export type ContentControlAppearanceValue = "BoundingBox" | "Tags" | "Hidden";
export const CONTENT_CONTROL_APPEARANCES: readonly ContentControlAppearanceValue[] = [
  "BoundingBox",
  "Tags",
  "Hidden",
];

export type ContentControlProperties = {
  readonly tag: string;
  readonly title: string;
  readonly appearance: ContentControlAppearanceValue;
  readonly cannotDelete: boolean;
  readonly cannotEdit: boolean;
};

export type ContentControlInfo = ContentControlProperties & {
  /** ContentControl.id: "unique for each content control and doesn't change" (the fake counts from 1). */
  readonly id: number;
  readonly span: Span;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /** Set while the control's deletion is a pending tracked change: the revision that deletes it. */
  readonly deletion?: string;
};

type Stored = { -readonly [K in keyof ContentControlProperties]: ContentControlProperties[K] } & {
  readonly id: number;
  readonly anchor: LiveSpan;
  deletion?: string;
};

/** A new control's properties, as Word gives them: no tag or title, a bounding box, not locked. */
export const DEFAULT_CONTENT_CONTROL: ContentControlProperties = {
  tag: "",
  title: "",
  appearance: "BoundingBox",
  cannotDelete: false,
  cannotEdit: false,
};

export class ContentControlStore {
  private list: Stored[] = [];
  private nextId = 1;

  constructor(private readonly anchors: AnchorRegistry) {}

  add(span: Span, properties: Partial<ContentControlProperties> = {}): number {
    const id = this.nextId++;
    this.list.push({
      ...DEFAULT_CONTENT_CONTROL,
      ...properties,
      id,
      anchor: this.anchors.track(span),
    });
    return id;
  }

  /** In document order; a control before the controls nested in it. */
  all(): ContentControlInfo[] {
    return this.list
      .map(infoOf)
      .sort(
        (a, b) =>
          comparePositions(a.span.start, b.span.start) || comparePositions(b.span.end, a.span.end)
      );
  }

  get(id: number): ContentControlInfo | undefined {
    const c = this.list.find((x) => x.id === id);
    return c && infoOf(c);
  }

  anchorOf(id: number): LiveSpan | undefined {
    return this.list.find((x) => x.id === id)?.anchor;
  }

  update(id: number, change: Partial<ContentControlProperties>): boolean {
    const c = this.list.find((x) => x.id === id);
    if (!c) return false;
    Object.assign(c, change);
    return true;
  }

  markDeleted(id: number, revision: string): void {
    const c = this.list.find((x) => x.id === id);
    if (c) c.deletion = revision;
  }

  /** A tracked deletion accepted removes the controls it deletes; rejected, they stay. */
  settle(revision: string, accept: boolean): boolean {
    const own = this.list.filter((c) => c.deletion === revision);
    if (accept) return this.remove((c) => c.deletion === revision);
    for (const c of own) delete c.deletion;
    return own.length > 0;
  }

  delete(id: number): boolean {
    return this.remove((c) => c.id === id);
  }

  /** Removes the controls `which` picks; returns whether any were. */
  remove(which: (c: ContentControlInfo) => boolean): boolean {
    const gone = this.list.filter((c) => which(infoOf(c)));
    for (const c of gone) this.anchors.release(c.anchor);
    this.list = this.list.filter((c) => !gone.includes(c));
    return gone.length > 0;
  }

  clear(): void {
    this.remove(() => true);
  }
}

function infoOf(c: Stored): ContentControlInfo {
  const span = c.anchor.span;
  const info = {
    id: c.id,
    tag: c.tag,
    title: c.title,
    appearance: c.appearance,
    cannotDelete: c.cannotDelete,
    cannotEdit: c.cannotEdit,
    span,
    firstParagraph: span.start.paragraph,
    lastParagraph: span.end.paragraph,
  };
  return c.deletion === undefined ? info : { ...info, deletion: c.deletion };
}
