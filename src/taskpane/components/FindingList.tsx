/** The findings in document order, and the topics the review found missing. */
import * as React from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewReport } from "../../engine/types";
import { findingsOf } from "../../state";
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
  if (!report) return null;
  const findings = findingsOf(report);

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
              <FindingCard finding={f} topicTitle={titleOf(report, f.topic, uiLanguage)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
