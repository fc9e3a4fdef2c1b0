/**
 * The in-memory document drawn as a page: paragraphs, headings, tables, highlight colours and the
 * selection, redrawn after every sync of the in-memory Word. Read-only: the pane is what edits it.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FakeDocument, ModelParagraph } from "./fakeWord/model";
import { comparePositions } from "./fakeWord/spans";

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
});

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

  // Word scrolls to a selection made by Range.select(); so does the page.
  React.useEffect(() => {
    const first = pageRef.current?.querySelector('[data-selected="true"]');
    first?.scrollIntoView({ block: "center" });
  }, [version, selection]);

  const renderParagraph = (p: ModelParagraph) => {
    const index = indexOf.get(p)!;
    const Tag = p.headingLevel ? (`h${Math.min(p.headingLevel + 1, 6)}` as "h2") : "p";
    return (
      <Tag
        key={p.id}
        className={selected(index) ? `${styles.paragraph} ${styles.selected}` : styles.paragraph}
        data-paragraph={index}
        data-selected={selected(index) ? "true" : undefined}
      >
        {p.listLabel ? `${p.listLabel} ` : null}
        {p.runs.map((run, i) =>
          run.highlight ? (
            <mark key={i} style={{ backgroundColor: run.highlight }} data-highlight={run.highlight}>
              {run.text}
            </mark>
          ) : (
            <React.Fragment key={i}>{run.text}</React.Fragment>
          )
        )}
      </Tag>
    );
  };

  return (
    <article ref={pageRef} className={styles.page} aria-label="Document" data-version={version}>
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
