/**
 * The appendix as it will be inserted: its heading, paragraphs and real tables (column headers as
 * <th scope="col">), in a region labelled "Preview".
 */
import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { DocumentFragment, FragmentBlock } from "../../../engine/fragment";
import type { Language } from "../../../engine/types";
import { useT } from "../../PaneContext";

export type AppendixPreviewProps = {
  /** The rendered appendix, or null when it cannot be rendered (then `failure` says why). */
  fragment: DocumentFragment | null;
  failure: string | null;
  language: Language;
};

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  paragraph: { margin: 0 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: "start",
      verticalAlign: "top",
    },
    "& th": {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  failure: { color: tokens.colorPaletteRedForeground1 },
});

/** BCP 47 tag of the appendix language, for the `lang` attribute (screen readers switch voice). */
const LANG_TAG: Record<Language, string> = { zh: "zh-CN", en: "en" };

function renderBlock(block: FragmentBlock, key: number, styles: ReturnType<typeof useStyles>) {
  switch (block.kind) {
    case "heading": {
      // The pane's h1, the panel's h2 and "Preview" h3 come first: the appendix's levels start at h4.
      const Tag = (["h4", "h5", "h6"] as const)[block.level - 1];
      return (
        <Tag key={key} className={block.level === 1 ? styles.heading : styles.subheading}>
          {block.text}
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p key={key} className={styles.paragraph}>
          {block.text}
        </p>
      );
    case "table":
      return (
        <table key={key} className={styles.table}>
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function AppendixPreview({ fragment, failure, language }: AppendixPreviewProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("appendix-preview");
  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("appendix_preview")}
      </Subtitle2>
      {fragment ? (
        <div className={styles.page} lang={LANG_TAG[language]}>
          {fragment.blocks.map((block, i) => renderBlock(block, i, styles))}
        </div>
      ) : (
        <Body1 className={styles.failure}>
          {t("appendix_previewFailed", { detail: failure ?? "" })}
        </Body1>
      )}
    </section>
  );
}
