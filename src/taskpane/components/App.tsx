/** The task pane: actions, status, errors, findings and topics. Same component in Word and the workbench. */
import * as React from "react";
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { findingsOf } from "../../state";
import { usePane, useT } from "../PaneContext";
import { FindingList } from "./FindingList";
import { AppendixSection } from "./AppendixSection";
import { CapabilityNotes } from "./CapabilityNotes";
import { CompareSection } from "./CompareSection";
import { ClauseLibrary } from "./ClauseLibrary";
import { ReviewToolbar } from "./ReviewToolbar";
import { TopicList } from "./TopicList";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function App({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  const report = usePane((s) => s.report);
  const error = usePane((s) => s.error);
  const outcome = usePane((s) => s.highlightOutcome);
  const dismissError = usePane((s) => s.dismissError);
  const status = usePane((s) => s.status);
  const notice = usePane((s) => s.notice);
  const dismissNotice = usePane((s) => s.dismissNotice);
  const withComment = usePane((s) => s.withComment);
  const setWithComment = usePane((s) => s.setWithComment);
  const can = usePane((s) => s.capabilities);
  const playbook = usePane((s) => s.playbook);
  const insertClause = usePane((s) => s.insertClause);
  const documentLanguage = report?.language ?? uiLanguage;
  const insertBlocked = can.readOnly
    ? t("capability_readOnly")
    : can.trackChanges
      ? null
      : t("capability_noTracking");

  return (
    <main className={styles.pane} aria-busy={status === "reviewing"}>
      <header className={styles.header}>
        <Title3 as="h1">{t("appTitle")}</Title3>
        <Caption1>{t("intro")}</Caption1>
      </header>
      <ReviewToolbar />
      <CapabilityNotes />
      {can.comments && can.trackChanges && !can.readOnly && (
        <Switch
          checked={withComment}
          onChange={(_, data) => setWithComment(data.checked)}
          label={t("withComment")}
        />
      )}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t(`notice_${notice.key}`, "params" in notice ? notice.params : undefined)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={t("dismiss")}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={dismissNotice}
              />
            }
          />
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(`error_${error.key}`, { detail: error.detail ?? "" })}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={t("dismiss")}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {report && (
        <Body1 role="status">
          {t("summary", {
            findings: findingsOf(report).length,
            topics: report.topics.filter((topic) => topic.checked).length,
            paragraphs: report.stats.paragraphs,
          })}
        </Body1>
      )}
      {outcome && outcome.skippedMixed > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("skippedMixed", { count: outcome.skippedMixed })}</MessageBarBody>
        </MessageBar>
      )}
      <FindingList uiLanguage={uiLanguage} />
      <TopicList uiLanguage={uiLanguage} />
      <AppendixSection
        documentLanguage={documentLanguage}
        uiLanguage={uiLanguage}
        insertBlockedReason={can.readOnly ? t("capability_readOnly") : null}
      />
      <CompareSection uiLanguage={uiLanguage} />
      <ClauseLibrary
        playbook={playbook}
        documentLanguage={documentLanguage}
        uiLanguage={uiLanguage}
        insertBlockedReason={insertBlocked}
        onInsert={(text) => insertClause(text)}
      />
    </main>
  );
}
