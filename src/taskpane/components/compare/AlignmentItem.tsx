/**
 * One alignment of the comparison as a compact redline: clause numbers old → new (labelled as in the
 * exported report), what happened to the clause, the word diff. Choosing it (click, Enter, Space) selects the clause in the open
 * document — only when the clause is in it (not for a removed one).
 */
import * as React from "react";
import {
  Badge,
  Caption1,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Alignment, AlignmentKind, ClauseSide } from "../../../engine/compare/types";
import { alignmentLabel } from "../../../library/compareHtml";
import { useT } from "../../PaneContext";
import { Redline } from "./Redline";
import { clipped, compactDiff, type RedlinePiece } from "./compactDiff";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    fontFamily: tokens.fontFamilyBase,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    // The header is what takes focus; the outline goes round the whole item.
    ...createFocusOutlineStyle({ selector: "focus-within" }),
  },
  headerButton: { outlineStyle: "none" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  topics: { color: tokens.colorNeutralForeground3 },
});

export const KIND_COLOR: Record<
  AlignmentKind,
  "success" | "danger" | "warning" | "informative" | "brand" | "subtle"
> = {
  added: "success",
  removed: "danger",
  changed: "warning",
  moved: "informative",
  split: "brand",
  merged: "brand",
  same: "subtle",
};

const joinText = (sides: ClauseSide[]) => sides.map((side) => side.text).join("\n");

/** The redline of the alignment: the word diff when there is one, else the clause's start. */
function piecesOf(alignment: Alignment): RedlinePiece[] {
  if (alignment.diff.length > 0) return compactDiff(alignment.diff);
  if (alignment.new.length === 0) return clipped(joinText(alignment.old), "delete");
  if (alignment.old.length === 0) return clipped(joinText(alignment.new), "insert");
  return clipped(joinText(alignment.new), "equal");
}

export function AlignmentItem({
  alignment,
  language,
  uiLanguage,
  topicTitles,
  onSelect,
}: {
  alignment: Alignment;
  /** The languages of the old and new drafts. */
  language: { old: "zh" | "en"; new: "zh" | "en" };
  uiLanguage: "zh" | "en";
  /** Titles (UI language) of the playbook topics the clause speaks to. */
  topicTitles: string[];
  onSelect(alignment: Alignment): void | Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const headerId = useId("compare-alignment");
  const redlineId = useId("compare-redline");
  const pieces = React.useMemo(() => piecesOf(alignment), [alignment]);
  const selectable = alignment.new.length > 0;

  const header = (
    <>
      <Text weight="semibold">{alignmentLabel(alignment, uiLanguage)}</Text>{" "}
      <Badge appearance="tint" color={KIND_COLOR[alignment.kind]}>
        {t(`compare_kind_${alignment.kind}`)}
      </Badge>
      {alignment.moved && alignment.kind !== "moved" && (
        <>
          {" "}
          <Badge appearance="outline" color="informative">
            {t("compare_alsoMoved")}
          </Badge>
        </>
      )}
      {alignment.renumbered && (
        <>
          {" "}
          <Badge appearance="outline" color="brand">
            {t("compare_renumbered")}
          </Badge>
        </>
      )}
    </>
  );
  const rest = (
    <>
      <Redline
        id={redlineId}
        pieces={pieces}
        language={selectable ? language.new : language.old}
        uiLanguage={uiLanguage}
      />
      {topicTitles.length > 0 && (
        <Caption1 className={styles.topics}>
          {t("compare_topics", { titles: topicTitles.join(uiLanguage === "zh" ? "、" : ", ") })}
        </Caption1>
      )}
    </>
  );

  if (!selectable)
    return (
      <div className={styles.item}>
        <div id={headerId} className={styles.header}>
          {header}
        </div>
        {rest}
      </div>
    );
  // The whole item answers a click. For the keyboard and screen readers the header is the button:
  // named by what it shows (the clause numbers, what happened), described by the redline, which
  // stays readable content outside it (a button's content is not read as such, and a name must
  // contain the text shown in the control). A div with the button role rather than a <button>:
  // Fluent's Badge is a div, not allowed in one.
  return (
    <div
      className={mergeClasses(styles.item, styles.button)}
      onClick={() => void onSelect(alignment)}
    >
      <div
        role="button"
        tabIndex={0}
        id={headerId}
        className={mergeClasses(styles.header, styles.headerButton)}
        aria-describedby={redlineId}
        onKeyDown={(e) => {
          if (e.key !== "Enter" && e.key !== " ") return;
          e.preventDefault();
          void onSelect(alignment);
        }}
      >
        {header}
      </div>
      {rest}
    </div>
  );
}
