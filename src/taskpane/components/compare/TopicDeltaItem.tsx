/**
 * One playbook topic whose standing changed between the drafts: title, severity now, verdict before →
 * now, what changed (in the UI language), and a button to the clause where it changed.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Alignment, TopicDelta } from "../../../engine/compare/types";
import type { Severity } from "../../../engine/types";
import { describeChange } from "../../../library/compareWording";
import { useT } from "../../PaneContext";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  worse: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  better: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  verdicts: { color: tokens.colorNeutralForeground3 },
  goTo: { alignSelf: "flex-start" },
});

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};

export function TopicDeltaItem({
  delta,
  alignments,
  uiLanguage,
  onSelect,
}: {
  delta: TopicDelta;
  /** Comparison.alignments, which delta.alignments index. */
  alignments: Alignment[];
  uiLanguage: "zh" | "en";
  onSelect(alignment: Alignment): void | Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const title = delta.title[uiLanguage];
  // Severity as the new draft stands; the old one's when the topic is gone from it.
  const severity = delta.new.severity ?? delta.old.severity;
  // The clause to go to: the first place of the change that is in the open (new) document.
  const target = delta.alignments
    .map((index) => alignments[index])
    .find((alignment) => alignment && alignment.new.length > 0);

  return (
    <div
      className={mergeClasses(
        styles.item,
        delta.direction === "worse" ? styles.worse : styles.better
      )}
    >
      <div className={styles.header}>
        <Text weight="semibold">{title}</Text>
        {severity && <Badge color={SEVERITY_COLOR[severity]}>{t(`severity_${severity}`)}</Badge>}
      </div>
      {delta.old.verdict !== delta.new.verdict && (
        <Caption1 className={styles.verdicts}>
          {t("compare_verdictChange", {
            old: t(`verdict_${delta.old.verdict}`),
            new: t(`verdict_${delta.new.verdict}`),
          })}
        </Caption1>
      )}
      {delta.changes.length > 0 && (
        <ul className={styles.changes}>
          {delta.changes.map((change, i) => (
            <li key={i}>
              <Caption1>{describeChange(change, uiLanguage, title)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {target && (
        <Button
          className={styles.goTo}
          size="small"
          appearance="subtle"
          aria-label={t("compare_goToTopic", { title })}
          onClick={() => void onSelect(target)}
        >
          {t("compare_goTo")}
        </Button>
      )}
    </div>
  );
}
