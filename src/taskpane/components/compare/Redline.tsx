/**
 * A compact redline: deleted words struck through, inserted words underlined, long unchanged runs
 * shortened to "…". Screen readers hear "deleted:" / "inserted:" before each change, as <del> and
 * <ins> alone are not announced everywhere.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../PaneContext";
import { LANG_TAG, type RedlinePiece } from "./compactDiff";
import { useCompareStyles } from "./styles";

const useStyles = makeStyles({
  text: {
    display: "block",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  del: {
    textDecorationLine: "line-through",
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  ins: {
    textDecorationLine: "underline",
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  gap: { color: tokens.colorNeutralForeground3 },
});

export function Redline({
  pieces,
  language,
  uiLanguage,
  id,
}: {
  pieces: RedlinePiece[];
  /** The clause's language. */
  language: "zh" | "en";
  /** The pane's language, for the words read out to screen readers. */
  uiLanguage: "zh" | "en";
  id?: string;
}) {
  const t = useT();
  const styles = useStyles();
  const shared = useCompareStyles();
  const hidden = (text: string) => (
    <span className={shared.visuallyHidden} lang={LANG_TAG[uiLanguage]}>
      {text}
    </span>
  );
  return (
    <span id={id} className={styles.text} lang={LANG_TAG[language]}>
      {pieces.map((piece, i) => {
        switch (piece.kind) {
          case "equal":
            return <React.Fragment key={i}>{piece.text}</React.Fragment>;
          case "delete":
            return (
              <React.Fragment key={i}>
                {hidden(`${t("compare_deleted")} `)}
                <del className={styles.del}>{piece.text}</del>
              </React.Fragment>
            );
          case "insert":
            return (
              <React.Fragment key={i}>
                {hidden(`${t("compare_inserted")} `)}
                <ins className={styles.ins}>{piece.text}</ins>
              </React.Fragment>
            );
          case "gap":
            return (
              <React.Fragment key={i}>
                <span className={styles.gap} aria-hidden="true">
                  …
                </span>
                {hidden(` ${t("compare_omitted")} `)}
              </React.Fragment>
            );
        }
      })}
    </span>
  );
}
