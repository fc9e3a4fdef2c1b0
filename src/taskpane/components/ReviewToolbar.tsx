/** Review / clear / next / previous: the pane's main actions. */
import * as React from "react";
import { Button, Spinner, Toolbar, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DocumentSearchRegular,
  EraserRegular,
} from "@fluentui/react-icons";
import { visibleFindings } from "../../state";
import { usePane, useT } from "../PaneContext";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
});

export function ReviewToolbar() {
  const t = useT();
  const styles = useStyles();
  const status = usePane((s) => s.status);
  const hasReport = usePane((s) => s.report !== null);
  const count = usePane((s) => visibleFindings(s).length);
  const runReview = usePane((s) => s.runReview);
  const clearHighlights = usePane((s) => s.clearHighlights);
  const goToNext = usePane((s) => s.goToNext);
  const busy = status === "reviewing" || status === "clearing";

  return (
    <Toolbar aria-label={t("appTitle")} className={styles.bar}>
      <Button
        appearance="primary"
        icon={status === "reviewing" ? <Spinner size="tiny" /> : <DocumentSearchRegular />}
        disabled={busy}
        onClick={() => void runReview()}
      >
        {status === "reviewing" ? t("reviewing") : hasReport ? t("reReview") : t("review")}
      </Button>
      <Button
        icon={<EraserRegular />}
        disabled={busy || !hasReport}
        onClick={() => void clearHighlights()}
      >
        {t("clearHighlights")}
      </Button>
      <Tooltip content={t("previous")} relationship="label">
        <Button
          icon={<ArrowUpRegular />}
          disabled={busy || count === 0}
          onClick={() => void goToNext(-1)}
        />
      </Tooltip>
      <Tooltip content={t("next")} relationship="label">
        <Button
          icon={<ArrowDownRegular />}
          disabled={busy || count === 0}
          onClick={() => void goToNext(1)}
        />
      </Tooltip>
    </Toolbar>
  );
}
