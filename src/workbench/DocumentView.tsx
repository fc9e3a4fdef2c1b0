/**
 * The in-memory document drawn as a page: paragraphs, headings, tables (header rows as column
 * headers), content controls as labelled frames, highlight colours, the selection, tracked changes
 * (insertions underlined, deletions struck through), comments as margin notes and Range.highlight()'s
 * temporary highlights — redrawn after every sync of the in-memory Word. Read-only: the pane is what
 * edits it.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type {
  CommentInfo,
  ContentControlInfo,
  FakeDocument,
  ModelParagraph,
  TableInfo,
} from "./fakeWord/model";
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
  headerCell: { backgroundColor: "#f3f2f1", fontWeight: 600, textAlign: "left" },
  // A content control as Word's bounding box: a thin frame, its title as a small caption.
  control: {
    margin: "4px 0 12px",
    padding: "14px 10px 2px",
    border: "1px solid #b8c7e0",
    borderRadius: "2px",
    position: "relative",
  },
  hiddenControl: { border: "1px solid transparent" },
  deletedControl: { border: "1px dashed #a51d2d" },
  controlTitle: {
    position: "absolute",
    top: "-9px",
    left: "8px",
    padding: "0 4px",
    backgroundColor: "#e8eef8",
    color: "#2b4a7a",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
    lineHeight: "16px",
  },
  restyled: { boxShadow: "inset 3px 0 0 #6a4c93", paddingLeft: "6px" },
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
  | { kind: "paragraph"; paragraph: ModelParagraph }
  | { kind: "table"; key: string; headerRowCount: number; rows: Block[][][] }
  | { kind: "control"; control: ContentControlInfo; blocks: Block[] };

/**
 * Groups the paragraphs into tables (rows → cells → blocks) and content controls (a frame around its
 * blocks), leaving the others as they are. A control frames whole paragraphs and whole tables, or sits
 * in one cell; one that ends partway into a table (which the fake does not make) is left unframed.
 */
function blocksOf(
  paragraphs: readonly ModelParagraph[],
  tables: readonly TableInfo[],
  controls: readonly ContentControlInfo[]
): Block[] {
  const tableAt = new Map(tables.map((t) => [t.firstParagraph, t]));
  const used = new Set<ContentControlInfo>();
  const controlAt = (i: number, to: number, covering: number) =>
    controls.find(
      (c) =>
        !used.has(c) &&
        c.firstParagraph === i &&
        c.lastParagraph <= to &&
        c.lastParagraph >= covering
    );
  const build = (from: number, to: number, inCell: boolean): Block[] => {
    const blocks: Block[] = [];
    for (let i = from; i <= to;) {
      const p = paragraphs[i];
      const table = inCell || !p.table ? undefined : tableAt.get(i);
      const control = controlAt(i, to, table ? table.lastParagraph : i);
      if (control) {
        used.add(control);
        blocks.push({ kind: "control", control, blocks: build(i, control.lastParagraph, inCell) });
        i = control.lastParagraph + 1;
      } else if (table) {
        const end = Math.min(table.lastParagraph, to);
        const rows: Block[][][] = [];
        for (let j = i; j <= end;) {
          const at = paragraphs[j].table!;
          let k = j;
          while (
            k < end &&
            paragraphs[k + 1].table?.row === at.row &&
            paragraphs[k + 1].table?.cell === at.cell
          )
            k++;
          const row = (rows[at.row] ??= []);
          row[at.cell] = [...(row[at.cell] ?? []), ...build(j, k, true)];
          j = k + 1;
        }
        blocks.push({ kind: "table", key: table.id, headerRowCount: table.headerRowCount, rows });
        i = end + 1;
      } else {
        blocks.push({ kind: "paragraph", paragraph: p });
        i++;
      }
    }
    return blocks;
  };
  return build(0, paragraphs.length - 1, false);
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
  const blocks = blocksOf(doc.paragraphs, doc.tables(), doc.contentControls());

  // Word scrolls to a selection made by Range.select(); so does the page.
  React.useEffect(() => {
    const first = pageRef.current?.querySelector('[data-selected="true"]');
    first?.scrollIntoView({ block: "center" });
  }, [version, selection]);

  // A cell's last paragraph mark is the cell's end: Word's markup shows the tracked cell, not a ¶.
  const endsCell = (index: number) => {
    const here = doc.paragraphs[index].table;
    const next = doc.paragraphs[index + 1]?.table;
    return (
      here !== undefined &&
      (next?.table !== here.table || next.row !== here.row || next.cell !== here.cell)
    );
  };

  const renderParagraph = (p: ModelParagraph) => {
    const index = indexOf.get(p)!;
    const Tag = p.headingLevel ? (`h${Math.min(p.headingLevel + 1, 6)}` as "h2") : "p";
    const restyle = p.styleRevision;
    const className = mergeClasses(
      styles.paragraph,
      selected(index) && styles.selected,
      restyle && styles.restyled
    );
    const paragraph = (
      <Tag
        key={p.id}
        className={className}
        data-paragraph={index}
        data-selected={selected(index) ? "true" : undefined}
        data-revision={restyle ? "format" : undefined}
        title={
          restyle
            ? `${revisionTitle(restyle)} (style was ${restyle.previousStyle?.style ?? "?"})`
            : undefined
        }
      >
        {p.listLabel ? `${p.listLabel} ` : null}
        {segmentsOf(p, index, comments, temporary).map((s, i) => renderSegment(s, i, styles))}
        {p.markRevision && !endsCell(index) ? renderMark(p.markRevision, styles) : null}
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

  const renderTable = (block: Extract<Block, { kind: "table" }>) => {
    const head = Math.min(block.headerRowCount, block.rows.length);
    const renderRow = (row: Block[][], r: number, header: boolean) => (
      <tr key={r}>
        {row.map((cell, c) =>
          header ? (
            <th key={c} scope="col" className={mergeClasses(styles.cell, styles.headerCell)}>
              {cell.map(renderBlock)}
            </th>
          ) : (
            <td key={c} className={styles.cell}>
              {cell.map(renderBlock)}
            </td>
          )
        )}
      </tr>
    );
    return (
      <table key={block.key} className={styles.table} data-table={block.key}>
        {head > 0 ? (
          <thead>{block.rows.slice(0, head).map((row, r) => renderRow(row, r, true))}</thead>
        ) : null}
        <tbody>{block.rows.slice(head).map((row, r) => renderRow(row, head + r, false))}</tbody>
      </table>
    );
  };

  const renderControl = ({ control: c, blocks: inner }: Extract<Block, { kind: "control" }>) => {
    const className = mergeClasses(
      styles.control,
      c.appearance === "Hidden" && styles.hiddenControl,
      c.deletion !== undefined && styles.deletedControl
    );
    return (
      <section
        key={`cc${c.id}`}
        className={className}
        aria-label={c.title || c.tag || "Content control"}
        data-content-control={c.id}
        data-tag={c.tag || undefined}
        data-deleted={c.deletion ? "true" : undefined}
      >
        {c.title && c.appearance !== "Hidden" ? (
          <span className={styles.controlTitle} aria-hidden="true">
            {c.title}
          </span>
        ) : null}
        {inner.map(renderBlock)}
      </section>
    );
  };

  function renderBlock(block: Block): React.ReactNode {
    if (block.kind === "paragraph") return renderParagraph(block.paragraph);
    if (block.kind === "table") return renderTable(block);
    return renderControl(block);
  }

  return (
    <article
      ref={pageRef}
      className={styles.page}
      aria-label="Document"
      data-version={version}
      data-change-tracking={doc.changeTrackingMode}
      data-read-only={doc.readOnly ? "true" : undefined}
    >
      {blocks.map(renderBlock)}
    </article>
  );
}
