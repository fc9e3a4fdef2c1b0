/**
 * The comments of a document: text, author, date, resolved state and a live span (anchors.ts), so a
 * comment stays on its text as the document around it changes.
 */
import type { AnchorRegistry, LiveSpan } from "./anchors";
import type { Editor } from "./model";
import { comparePositions, isCollapsed, type Span } from "./spans";

export type CommentInfo = {
  readonly id: string;
  readonly text: string;
  readonly author: string;
  readonly authorEmail: string;
  readonly date: string;
  readonly span: Span;
  readonly resolved: boolean;
  /** The paragraph the comment starts in. */
  readonly paragraph: number;
};

type StoredComment = {
  readonly id: string;
  text: string;
  readonly author: string;
  readonly authorEmail: string;
  readonly date: string;
  resolved: boolean;
  readonly anchor: LiveSpan;
};

export class CommentStore {
  private list: StoredComment[] = [];

  constructor(private readonly anchors: AnchorRegistry) {}

  add(id: string, span: Span, text: string, editor: Editor): string {
    this.list.push({
      id,
      text,
      author: editor.name,
      authorEmail: editor.email,
      date: editor.now().toISOString(),
      resolved: false,
      anchor: this.anchors.track(span),
    });
    return id;
  }

  /** In document order. */
  all(): CommentInfo[] {
    return this.list.map(infoOf).sort((a, b) => comparePositions(a.span.start, b.span.start));
  }

  get(id: string): CommentInfo | undefined {
    const c = this.list.find((x) => x.id === id);
    return c && infoOf(c);
  }

  update(id: string, change: { text?: string; resolved?: boolean }): boolean {
    const c = this.list.find((x) => x.id === id);
    if (!c) return false;
    if (change.text !== undefined) c.text = change.text;
    if (change.resolved !== undefined) c.resolved = change.resolved;
    return true;
  }

  delete(id: string): boolean {
    return this.remove((c) => c.id === id);
  }

  /** Removes the comments whose text is all gone; returns whether any were. */
  dropCollapsed(): boolean {
    return this.remove((c) => isCollapsed(c.anchor.span));
  }

  clear(): void {
    this.remove(() => true);
  }

  private remove(which: (c: StoredComment) => boolean): boolean {
    const gone = this.list.filter(which);
    for (const c of gone) this.anchors.release(c.anchor);
    this.list = this.list.filter((c) => !gone.includes(c));
    return gone.length > 0;
  }
}

function infoOf(c: StoredComment): CommentInfo {
  return {
    id: c.id,
    text: c.text,
    author: c.author,
    authorEmail: c.authorEmail,
    date: c.date,
    span: c.anchor.span,
    resolved: c.resolved,
    paragraph: c.anchor.span.start.paragraph,
  };
}
