/** Every checked playbook topic with its verdict; missing ones show the clause to add. */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Verdict } from "../../engine/types";
import { appendixForTopic } from "../../library/appendices";
import { usePane, useT } from "../PaneContext";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  advice: { display: "block", color: tokens.colorNeutralForeground3 },
});

const VERDICT_COLOR: Record<Verdict, "success" | "danger" | "warning" | "subtle"> = {
  meets: "success",
  deviates: "danger",
  missing: "warning",
  "not-found": "subtle",
};

export function TopicList({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  // Select the report itself (a stable reference) and derive from it: a selector that builds a new
  // array on every call would re-render forever.
  const report = usePane((s) => s.report);
  const can = usePane((s) => s.capabilities);
  const busy = usePane((s) => s.busy);
  const done = usePane((s) => s.done);
  const applyTopic = usePane((s) => s.applyTopic);
  const openAppendix = usePane((s) => s.openAppendix);
  const canEdit = can.trackChanges && !can.readOnly;
  const topics = report?.topics.filter((topic) => topic.checked) ?? [];
  if (topics.length === 0) return null;

  return (
    <section aria-labelledby="topics-heading">
      <Subtitle2 as="h2" id="topics-heading">
        {t("topicsHeading")}
      </Subtitle2>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.topic}>
            <div className={styles.row}>
              <Text>{topic.title[uiLanguage]}</Text>
              <Badge appearance="tint" color={VERDICT_COLOR[topic.verdict]}>
                {t(`verdict_${topic.verdict}`)}
              </Badge>
            </div>
            {topic.verdict === "missing" && topic.suggestion && (
              <details>
                <summary>
                  <Caption1>{t("missingAdvice")}</Caption1>
                </summary>
                <Caption1 className={styles.advice}>{topic.suggestion}</Caption1>
                {canEdit && (
                  <Button
                    size="small"
                    disabled={busy || done[topic.topic] !== undefined}
                    onClick={() => void applyTopic(topic.topic)}
                  >
                    {t("insertClause")}
                  </Button>
                )}
              </details>
            )}
            {topic.verdict === "missing" && appendixForTopic(topic.topic) && (
              <Button
                size="small"
                onClick={() => openAppendix(appendixForTopic(topic.topic)!, report!.language)}
              >
                {t(
                  appendixForTopic(topic.topic) === "scope"
                    ? "insertScopeAppendix"
                    : "insertSlaAppendix"
                )}
              </Button>
            )}
            {topic.verdict === "deviates" && topic.findings.length > 1 && canEdit && (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy || done[topic.topic] !== undefined}
                onClick={() => void applyTopic(topic.topic)}
              >
                {t("applyTopic")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
