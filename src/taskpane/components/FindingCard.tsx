/**
 * One finding: severity, topic, the reason, the numbers read beside the playbook's, the quoted
 * clause, why the topic matters, the suggested wording as the change it makes, and what the user can
 * do with it — apply it as a tracked change, comment only, or dismiss it. Choosing the card selects
 * the clause in Word.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardFooter,
  CardHeader,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Language, Severity } from "../../engine/types";
import { appendixForTopic } from "../../library/appendices";
import { usePane, useT } from "../PaneContext";
import { CopyButton } from "./CopyButton";
import { ReadVsPosition } from "./finding/ReadVsPosition";
import { SuggestionPreview } from "./finding/SuggestionPreview";
import { WhyItMatters } from "./finding/WhyItMatters";

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
  actions: { flexWrap: "wrap" },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};

export function FindingCard({
  finding,
  topicTitle,
  documentLanguage,
  uiLanguage,
}: {
  finding: Finding;
  topicTitle: string;
  documentLanguage: Language;
  uiLanguage: "zh" | "en";
}) {
  const t = useT();
  const styles = useStyles();
  const active = usePane((s) => s.activeFindingId === finding.id);
  const done = usePane((s) => s.done[finding.id]);
  const busy = usePane((s) => s.busy);
  const can = usePane((s) => s.capabilities);
  const goToFinding = usePane((s) => s.goToFinding);
  const applyFinding = usePane((s) => s.applyFinding);
  const commentFinding = usePane((s) => s.commentFinding);
  const dismissFinding = usePane((s) => s.dismissFinding);
  const openAppendix = usePane((s) => s.openAppendix);
  const appendix = appendixForTopic(finding.topic);
  const [open, setOpen] = React.useState(false);
  const canEdit = can.trackChanges && !can.readOnly;
  const canComment = can.comments && !can.readOnly;
  // Buttons act on the finding only; they must not also select the clause.
  const only = (action: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    action();
  };

  return (
    <Card
      className={mergeClasses(styles.card, active && styles.active)}
      onClick={() => void goToFinding(finding.id)}
      aria-current={active ? "true" : undefined}
      aria-label={`${t(`severity_${finding.severity}`)} · ${topicTitle}: ${finding.message}`}
      data-finding={finding.id}
    >
      <CardHeader
        header={<Text weight="semibold">{topicTitle}</Text>}
        action={
          <>
            {done && (
              <Badge appearance="tint" color={done === "outdated" ? "warning" : "success"}>
                {t(done)}
              </Badge>
            )}{" "}
            <Badge color={BADGE_COLOR[finding.severity]}>{t(`severity_${finding.severity}`)}</Badge>
          </>
        }
      />
      <Body1>{finding.message}</Body1>
      <ReadVsPosition finding={finding} uiLanguage={uiLanguage} />
      <Caption1 className={styles.quote}>{finding.anchor.quote}</Caption1>
      <WhyItMatters topic={finding.topic} uiLanguage={uiLanguage} />
      {finding.suggestion && (
        <details
          open={open}
          onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
          onClick={(e) => e.stopPropagation()}
        >
          <summary>{t("suggestion")}</summary>
          {open && (
            <SuggestionPreview
              finding={finding}
              documentLanguage={documentLanguage}
              uiLanguage={uiLanguage}
            />
          )}
        </details>
      )}
      <CardFooter className={styles.actions}>
        {finding.suggestion && canEdit && (
          <Button
            appearance="primary"
            size="small"
            disabled={busy || done === "applied" || done === "outdated"}
            onClick={only(() => void applyFinding(finding.id))}
          >
            {t("apply")}
          </Button>
        )}
        {finding.suggestion && !canEdit && <CopyButton text={finding.suggestion} />}
        {canComment && (
          <Button
            size="small"
            disabled={busy || done !== undefined}
            onClick={only(() => void commentFinding(finding.id))}
          >
            {t("commentOnly")}
          </Button>
        )}
        {appendix && (
          <Button size="small" onClick={only(() => openAppendix(appendix, documentLanguage))}>
            {t(appendix === "scope" ? "insertScopeAppendix" : "insertSlaAppendix")}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          onClick={only(() => void dismissFinding(finding.id))}
        >
          {t("dismissFinding")}
        </Button>
      </CardFooter>
    </Card>
  );
}
