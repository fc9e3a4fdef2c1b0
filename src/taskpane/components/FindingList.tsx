/** The findings in document order, and the topics the review found missing. */
import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewReport } from "../../engine/types";
import { findingsOf, visibleFindings } from "../../state";
import { usePane, useT } from "../PaneContext";
import { FindingCard } from "./FindingCard";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    listStyle: "none",
    padding: 0,
    margin: 0,
  },
});

export function titleOf(report: ReviewReport, topic: string, language: "zh" | "en"): string {
  return report.topics.find((t) => t.topic === topic)?.title[language] ?? topic;
}

export function FindingList({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  const report = usePane((s) => s.report);
  const dismissed = usePane((s) => s.dismissed);
  const restoreDismissed = usePane((s) => s.restoreDismissed);
  if (!report) return null;
  const findings = visibleFindings({ report, dismissed });
  const hidden = findingsOf(report).length - findings.length;

  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        {t("findingsHeading")}
      </Subtitle2>
      {findings.length === 0 ? (
        <Caption1>{t("noFindings")}</Caption1>
      ) : (
        <ul className={styles.list}>
          {findings.map((f) => (
            <li key={f.id}>
              <FindingCard
                finding={f}
                topicTitle={titleOf(report, f.topic, uiLanguage)}
                documentLanguage={report.language}
              />
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <Caption1>
          {t("dismissedCount", { count: hidden })}{" "}
          <Button size="small" appearance="transparent" onClick={() => void restoreDismissed()}>
            {t("restoreDismissed")}
          </Button>
        </Caption1>
      )}
    </section>
  );
}
