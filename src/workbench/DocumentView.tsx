/**
 * The in-memory document drawn as a page: paragraphs, headings, tables, highlight colours, the
 * selection, tracked changes (insertions underlined, deletions struck through), comments as margin
 * notes and Range.highlight()'s temporary highlights — redrawn after every sync of the in-memory Word.
 * Read-only: the pane is what edits it.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CommentInfo, FakeDocument, ModelParagraph } from "./fakeWord/model";
import { runAt, type Revision } from "./fakeWord/runs";
import { comparePositions, type Position, type Span } from "./fakeWord/spans";

const useStyles = makeStyles({
  page: {
    backgroundColor: "#fff",
    color: "#1b1b1b",
    maxWidth: "52rem",
    margin: "24px auto",
    padding: "56px 64px",
    boxShadow: tokens.shadow8,
    fontFamily: '"Times New Roman", "Songti SC", "SimSun", "Noto Serif CJK SC", serif',
    fontSize: "15px",
    lineHeight: 1.6,
  },
  paragraph: { margin: "0 0 8px", whiteSpace: "pre-wrap", scrollMarginTop: "80px" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "3px",
    borderRadius: "2px",
  },
  table: { borderCollapse: "collapse", width: "100%", margin: "8px 0 16px" },
  cell: { border: "1px solid #999", padding: "4px 8px", verticalAlign: "top" },
  // Word's markup view: an insertion underlined, a deletion struck through, in the reviewer's colour.
  inserted: { color: "#1a5fb4", textDecorationLine: "underline", textDecorationColor: "#1a5fb4" },
  deleted: { color: "#a51d2d", textDecorationLine: "line-through", textDecorationColor: "#a51d2d" },
  formatted: { borderBottom: "1px dotted #6a4c93" },
  paragraphMark: { fontSize: "0.8em", marginLeft: "2px" },
  commented: { backgroundColor: "rgba(255, 185, 0, 0.18)", borderBottom: "2px solid #e0a000" },
  temporary: { backgroundColor: "#e5eefc", outline: "1px dashed #5b8bd9", outlineOffset: "1px" },
  withNotes: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 13rem", columnGap: "16px" },
  note: {
    margin: "0 0 8px",
    padding: "4px 8px",
    borderLeft: "3px solid #e0a000",
    backgroundColor: "#fffaf0",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "12px",
    lineHeight: 1.4,
  },
  noteAuthor: { display: "block", color: "#605e5c", marginTop: "2px" },
});

type Styles = ReturnType<typeof useStyles>;

type Block =
  { kind: "paragraph"; paragraph: ModelParagraph } | { kind: "table"; rows: ModelParagraph[][][] };

/** Groups table paragraphs into tables → rows → cells, leaving the others as they are. */
function blocksOf(paragraphs: readonly ModelParagraph[]): Block[] {
  const blocks: Block[] = [];
  let current: { table: number; rows: ModelParagraph[][][] } | undefined;
  for (const p of paragraphs) {
    if (!p.table) {
      current = undefined;
      blocks.push({ kind: "paragraph", paragraph: p });
      continue;
    }
    if (!current || current.table !== p.table.table) {
      current = { table: p.table.table, rows: [] };
      blocks.push({ kind: "table", rows: current.rows });
    }
    const row = (current.rows[p.table.row] ??= []);
    (row[p.table.cell] ??= []).push(p);
  }
  return blocks;
}

/** A stretch of a paragraph with one run's formatting and the same comments and temporary highlight. */
type Segment = {
  text: string;
  highlight: string | null;
  revision?: Revision;
  comments: CommentInfo[];
  temporary: boolean;
};

const covers = (s: Span, from: Position, to: Position) =>
  comparePositions(s.start, from) <= 0 && comparePositions(to, s.end) <= 0;

/** Cuts a paragraph at its run edges and at the edges of the comments and temporary highlights in it. */
function segmentsOf(
  p: ModelParagraph,
  index: number,
  comments: readonly CommentInfo[],
  temporary: readonly Span[]
): Segment[] {
  const cuts = new Set<number>([0, p.text.length]);
  let offset = 0;
  for (const run of p.runs) cuts.add((offset += run.text.length));
  const inside = (s: Span) => s.start.paragraph <= index && s.end.paragraph >= index;
  const marks = [...comments.map((c) => c.span), ...temporary].filter(inside);
  for (const s of marks) {
    if (s.start.paragraph === index) cuts.add(s.start.offset);
    if (s.end.paragraph === index) cuts.add(s.end.offset);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    if (a === b) continue;
    const from = { paragraph: index, offset: a };
    const to = { paragraph: index, offset: b };
    const run = runAt(p.runs, a)!;
    const segment: Segment = {
      text: p.text.slice(a, b),
      highlight: run.highlight,
      comments: comments.filter((c) => covers(c.span, from, to)),
      temporary: temporary.some((s) => covers(s, from, to)),
    };
    if (run.revision) segment.revision = run.revision;
    segments.push(segment);
  }
  return segments;
}

const noteId = (comment: CommentInfo) => `comment-${comment.id}`;

function revisionTitle(r: Revision): string {
  const what = { insert: "Inserted", delete: "Deleted", format: "Formatting changed" }[r.kind];
  return `${what} by ${r.author}`;
}

function renderSegment(segment: Segment, key: number, styles: Styles): React.ReactNode {
  let node: React.ReactNode = segment.text;
  if (segment.highlight) {
    node = (
      <mark style={{ backgroundColor: segment.highlight }} data-highlight={segment.highlight}>
        {node}
      </mark>
    );
  }
  const r = segment.revision;
  if (r?.kind === "insert") {
    node = (
      <ins className={styles.inserted} data-revision="insert" title={revisionTitle(r)}>
        {node}
      </ins>
    );
  } else if (r?.kind === "delete") {
    node = (
      <del className={styles.deleted} data-revision="delete" title={revisionTitle(r)}>
        {node}
      </del>
    );
  } else if (r?.kind === "format") {
    node = (
      <span className={styles.formatted} data-revision="format" title={revisionTitle(r)}>
        {node}
      </span>
    );
  }
  if (segment.comments.length > 0) {
    node = (
      <span
        className={styles.commented}
        data-comment={segment.comments.map((c) => c.id).join(" ")}
        aria-describedby={segment.comments.map(noteId).join(" ")}
      >
        {node}
      </span>
    );
  }
  if (segment.temporary) {
    node = (
      <span className={styles.temporary} data-temporary-highlight="true">
        {node}
      </span>
    );
  }
  return <React.Fragment key={key}>{node}</React.Fragment>;
}

/** A tracked paragraph mark: a small ¶ inserted or struck through, as Word's markup shows it. */
function renderMark(r: Revision, styles: Styles): React.ReactNode {
  const Tag = r.kind === "delete" ? "del" : "ins";
  const className = `${r.kind === "delete" ? styles.deleted : styles.inserted} ${styles.paragraphMark}`;
  return (
    <Tag
      className={className}
      data-revision={r.kind}
      data-paragraph-mark="true"
      title={`${revisionTitle(r)} (paragraph mark)`}
    >
      ¶
    </Tag>
  );
}

export function DocumentView({ doc }: { doc: FakeDocument }) {
  const styles = useStyles();
  const version = React.useSyncExternalStore(
    (listener) => doc.subscribe(listener),
    () => doc.version
  );
  const selection = doc.selection;
  const selected = (index: number) =>
    comparePositions(selection.start, selection.end) !== 0 &&
    index >= selection.start.paragraph &&
    index <= selection.end.paragraph;
  const pageRef = React.useRef<HTMLElement>(null);
  const indexOf = new Map(doc.paragraphs.map((p, i) => [p, i]));
  const comments = doc.comments();
  const temporary = doc.temporaryHighlights();

  // Word scrolls to a selection made by Range.select(); so does the page.
  React.useEffect(() => {
    const first = pageRef.current?.querySelector('[data-selected="true"]');
    first?.scrollIntoView({ block: "center" });
  }, [version, selection]);

  const renderParagraph = (p: ModelParagraph) => {
    const index = indexOf.get(p)!;
    const Tag = p.headingLevel ? (`h${Math.min(p.headingLevel + 1, 6)}` as "h2") : "p";
    const paragraph = (
      <Tag
        key={p.id}
        className={selected(index) ? `${styles.paragraph} ${styles.selected}` : styles.paragraph}
        data-paragraph={index}
        data-selected={selected(index) ? "true" : undefined}
      >
        {p.listLabel ? `${p.listLabel} ` : null}
        {segmentsOf(p, index, comments, temporary).map((s, i) => renderSegment(s, i, styles))}
        {p.markRevision ? renderMark(p.markRevision, styles) : null}
      </Tag>
    );
    const notes = comments.filter((c) => c.paragraph === index);
    if (notes.length === 0) return paragraph;
    return (
      <div key={p.id} className={styles.withNotes}>
        {paragraph}
        <div>
          {notes.map((c) => (
            <aside
              key={c.id}
              id={noteId(c)}
              role="note"
              aria-label={`Comment by ${c.author}`}
              className={styles.note}
              data-resolved={c.resolved ? "true" : undefined}
            >
              {c.text}
              <span className={styles.noteAuthor}>
                {c.author}
                {c.resolved ? " · resolved" : ""}
              </span>
            </aside>
          ))}
        </div>
      </div>
    );
  };

  return (
    <article
      ref={pageRef}
      className={styles.page}
      aria-label="Document"
      data-version={version}
      data-change-tracking={doc.changeTrackingMode}
      data-read-only={doc.readOnly ? "true" : undefined}
    >
      {blocksOf(doc.paragraphs).map((block, b) =>
        block.kind === "paragraph" ? (
          renderParagraph(block.paragraph)
        ) : (
          <table key={`t${b}`} className={styles.table}>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    const Cell = r === 0 ? "th" : "td";
                    return (
                      <Cell key={c} className={styles.cell}>
                        {cell.map(renderParagraph)}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </article>
  );
}
