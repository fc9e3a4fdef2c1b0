/**
 * The filters the checklist and the findings list share: severity, verdict, topic group. Several
 * values of one filter show any of them; no value shows all.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Severity, Verdict } from "../../../engine/types";
import { TOPIC_GROUP_IDS, TOPIC_GROUP_NAMES } from "../../../library/topicGroups";
import { usePane, useT } from "../../PaneContext";
import { FilterGroup } from "./FilterGroup";
import { useOverviewStyles } from "./styles";

const SEVERITIES: Severity[] = ["high", "medium", "low"];
const VERDICTS: Verdict[] = ["deviates", "missing", "meets"];

export function OverviewFilters({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useOverviewStyles();
  const filters = usePane((s) => s.filters);
  const report = usePane((s) => s.report);
  const toggleSeverity = usePane((s) => s.toggleSeverityFilter);
  const toggleVerdict = usePane((s) => s.toggleVerdictFilter);
  const toggleGroup = usePane((s) => s.toggleGroupFilter);
  const clearFilters = usePane((s) => s.clearFilters);
  // "Not checked" only where a firm's playbook makes a topic optional and the document lacks it.
  const verdicts = report?.topics.some((topic) => topic.checked && topic.verdict === "not-found")
    ? [...VERDICTS, "not-found" as const]
    : VERDICTS;
  const active = filters.severities.length + filters.verdicts.length + filters.groups.length > 0;

  return (
    <div role="group" aria-label={t("overview_filters")} className={styles.section}>
      <FilterGroup
        id="overview-filter-severity"
        label={t("overview_filterSeverity")}
        options={SEVERITIES.map((value) => ({ value, label: t(`severity_${value}`) }))}
        selected={filters.severities}
        onToggle={toggleSeverity}
      />
      <FilterGroup
        id="overview-filter-verdict"
        label={t("overview_filterVerdict")}
        options={verdicts.map((value) => ({ value, label: t(`verdict_${value}`) }))}
        selected={filters.verdicts}
        onToggle={toggleVerdict}
      />
      <FilterGroup
        id="overview-filter-group"
        label={t("overview_filterGroup")}
        options={TOPIC_GROUP_IDS.map((value) => ({
          value,
          label: TOPIC_GROUP_NAMES[value][uiLanguage],
        }))}
        selected={filters.groups}
        onToggle={toggleGroup}
      />
      {active && (
        <div>
          <Button size="small" appearance="subtle" onClick={clearFilters}>
            {t("overview_clearFilters")}
          </Button>
        </div>
      )}
    </div>
  );
}
