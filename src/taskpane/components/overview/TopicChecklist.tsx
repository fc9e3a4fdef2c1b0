/** The playbook as a checklist: every checked topic that passes the filters, with its verdict. */
import * as React from "react";
import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../engine/types";
import { topicPasses } from "../../../state";
import { usePane, useT } from "../../PaneContext";
import { useOverviewStyles } from "./styles";

const useStyles = makeStyles({
  row: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

const VERDICT_COLOR: Record<Verdict, "success" | "danger" | "warning" | "subtle"> = {
  meets: "success",
  deviates: "danger",
  missing: "warning",
  "not-found": "subtle",
};

export function TopicChecklist({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  const shared = useOverviewStyles();
  const report = usePane((s) => s.report);
  const filters = usePane((s) => s.filters);
  const checked = report?.topics.filter((topic) => topic.checked) ?? [];
  const topics = checked.filter((topic) => topicPasses(filters, topic));
  if (checked.length === 0) return null;

  return (
    <section aria-labelledby="checklist-heading" className={shared.section}>
      <Subtitle2 as="h3" id="checklist-heading">
        {t("overview_checklist")}
      </Subtitle2>
      {topics.length === 0 ? (
        <Caption1 className={shared.hint}>{t("overview_noTopics")}</Caption1>
      ) : (
        <ul className={shared.list}>
          {topics.map((topic) => (
            <li key={topic.topic} className={styles.row}>
              <Text>{topic.title[uiLanguage]}</Text>
              <span className={styles.badges}>
                {topic.findings.length > 0 && (
                  <Badge appearance="outline" color="informative">
                    {t("overview_findingCount", { count: topic.findings.length })}
                  </Badge>
                )}
                <Badge appearance="tint" color={VERDICT_COLOR[topic.verdict]}>
                  {t(`verdict_${topic.verdict}`)}
                </Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
