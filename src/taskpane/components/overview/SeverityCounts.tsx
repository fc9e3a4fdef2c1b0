/** How many findings of each severity the review raised (dismissed ones left out). */
import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../../engine/types";
import { visibleFindings } from "../../../state";
import { usePane, useT } from "../../PaneContext";
import { useOverviewStyles } from "./styles";

const SEVERITIES: Severity[] = ["high", "medium", "low"];
const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};

export function SeverityCounts() {
  const t = useT();
  const styles = useOverviewStyles();
  const report = usePane((s) => s.report);
  const dismissed = usePane((s) => s.dismissed);
  const counts = React.useMemo(() => {
    const out: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
    for (const f of visibleFindings({ report, dismissed })) out[f.severity]++;
    return out;
  }, [report, dismissed]);
  return (
    <div role="group" aria-label={t("overview_counts")} className={styles.row}>
      {SEVERITIES.map((severity) => (
        <Badge key={severity} appearance="tint" color={COLOR[severity]} size="large">
          {t("overview_count", { severity: t(`severity_${severity}`), count: counts[severity] })}
        </Badge>
      ))}
    </div>
  );
}
