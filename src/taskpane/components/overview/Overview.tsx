/**
 * The overview tab: the review at a glance — findings by severity, the contract's key terms (each
 * selects its clause), and the playbook checklist under filters the findings list follows too.
 */
import * as React from "react";
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { usePane, useT } from "../../PaneContext";
import { KeyTerms } from "./KeyTerms";
import { OverviewFilters } from "./OverviewFilters";
import { SeverityCounts } from "./SeverityCounts";
import { TopicChecklist } from "./TopicChecklist";
import { useOverviewStyles } from "./styles";

export function Overview({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useOverviewStyles();
  const report = usePane((s) => s.report);

  return (
    <section aria-labelledby="overview-heading" className={styles.section}>
      <Subtitle2 as="h2" id="overview-heading">
        {t("overview_heading")}
      </Subtitle2>
      {!report ? (
        <Caption1 className={styles.hint}>{t("overview_notReviewed")}</Caption1>
      ) : (
        <>
          <SeverityCounts />
          <KeyTerms uiLanguage={uiLanguage} />
          <OverviewFilters uiLanguage={uiLanguage} />
          <TopicChecklist uiLanguage={uiLanguage} />
        </>
      )}
    </section>
  );
}
