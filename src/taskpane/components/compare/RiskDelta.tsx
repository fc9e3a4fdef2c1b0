/**
 * The risk delta, first thing after comparing: the playbook topics that got worse for the customer,
 * worst first; then those that got better (folded away); then how many stayed as they were.
 */
import * as React from "react";
import { Caption1, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Alignment, Comparison, TopicDelta } from "../../../engine/compare/types";
import { compareSections } from "../../../library/compareHtml";
import { useT } from "../../PaneContext";
import { TopicDeltaItem } from "./TopicDeltaItem";
import { useCompareStyles } from "./styles";

const useStyles = makeStyles({
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  better: { marginTop: tokens.spacingVerticalS },
});

export function RiskDelta({
  comparison,
  uiLanguage,
  onSelect,
}: {
  comparison: Comparison;
  uiLanguage: "zh" | "en";
  onSelect(alignment: Alignment): void | Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const shared = useCompareStyles();
  const headingId = useId("compare-risk");
  const worseId = useId("compare-worse");
  // Worst first, the same selection and order as the exported report.
  const { worse, better } = compareSections(comparison);
  const same = comparison.topics.length - worse.length - better.length;

  const list = (topics: TopicDelta[], labelledBy?: string) => (
    <ul className={shared.list} aria-labelledby={labelledBy}>
      {topics.map((topic) => (
        <li key={topic.topic}>
          <TopicDeltaItem
            delta={topic}
            alignments={comparison.alignments}
            uiLanguage={uiLanguage}
            onSelect={onSelect}
          />
        </li>
      ))}
    </ul>
  );

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <Text as="h4" weight="semibold" id={headingId}>
        {t("compare_riskHeading")}
      </Text>
      {worse.length > 0 ? (
        <>
          <Text id={worseId}>{t("compare_worse", { count: worse.length })}</Text>
          {list(worse, worseId)}
        </>
      ) : (
        <Text>{t("compare_noneWorse")}</Text>
      )}
      {better.length > 0 && (
        <details className={styles.better}>
          <summary className={styles.summary}>
            {t("compare_better", { count: better.length })}
          </summary>
          {list(better)}
        </details>
      )}
      {same > 0 && (
        <Caption1 className={shared.hint}>
          {same === 1 ? t("compare_unchangedOne") : t("compare_unchanged", { count: same })}
        </Caption1>
      )}
    </section>
  );
}
