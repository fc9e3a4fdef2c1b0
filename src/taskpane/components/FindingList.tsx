/** The findings in document order, narrowed by the overview's filters. */
import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewReport } from "../../engine/types";
import { filteredFindings, findingsOf, visibleFindings } from "../../state";
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
  const filters = usePane((s) => s.filters);
  const restoreDismissed = usePane((s) => s.restoreDismissed);
  const clearFilters = usePane((s) => s.clearFilters);
  if (!report) return null;
  const visible = visibleFindings({ report, dismissed });
  const findings = filteredFindings({ report, dismissed, filters });
  const hidden = findingsOf(report).length - visible.length;
  const filteredOut = visible.length - findings.length;

  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        {t("findingsHeading")}
      </Subtitle2>
      {filteredOut > 0 && (
        <Caption1>
          {t("overview_findingsShown", { shown: findings.length, total: visible.length })}{" "}
          <Button size="small" appearance="transparent" onClick={clearFilters}>
            {t("overview_clearFilters")}
          </Button>
        </Caption1>
      )}
      {findings.length === 0 ? (
        <Caption1>{t(visible.length === 0 ? "noFindings" : "overview_noMatch")}</Caption1>
      ) : (
        <ul className={styles.list}>
          {findings.map((f) => (
            <li key={f.id}>
              <FindingCard
                finding={f}
                topicTitle={titleOf(report, f.topic, uiLanguage)}
                documentLanguage={report.language}
                uiLanguage={uiLanguage}
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
