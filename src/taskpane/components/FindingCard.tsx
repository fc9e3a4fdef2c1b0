/** One finding: severity, topic, why, the quoted clause; choosing it selects the clause in Word. */
import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../engine/types";
import { usePane, useT } from "../PaneContext";

const useStyles = makeStyles({
  card: { cursor: "pointer" },
  active: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  quote: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  suggestion: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};

export function FindingCard({ finding, topicTitle }: { finding: Finding; topicTitle: string }) {
  const t = useT();
  const styles = useStyles();
  const active = usePane((s) => s.activeFindingId === finding.id);
  const goToFinding = usePane((s) => s.goToFinding);
  const [open, setOpen] = React.useState(false);

  return (
    <Card
      className={active ? `${styles.card} ${styles.active}` : styles.card}
      onClick={() => void goToFinding(finding.id)}
      aria-current={active ? "true" : undefined}
      aria-label={`${t(`severity_${finding.severity}`)} · ${topicTitle}: ${finding.message}`}
      data-finding={finding.id}
    >
      <CardHeader
        header={<Text weight="semibold">{topicTitle}</Text>}
        action={
          <Badge color={BADGE_COLOR[finding.severity]}>{t(`severity_${finding.severity}`)}</Badge>
        }
      />
      <Body1>{finding.message}</Body1>
      <Caption1 className={styles.quote}>{finding.anchor.quote}</Caption1>
      {finding.suggestion && (
        <details
          open={open}
          onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
          onClick={(e) => e.stopPropagation()}
        >
          <summary>{t("suggestion")}</summary>
          <Caption1 className={styles.suggestion}>{finding.suggestion}</Caption1>
        </details>
      )}
    </Card>
  );
}
