/** Review / clear / next / previous: the pane's main actions, and the progress of a running review. */
import * as React from "react";
import {
  Button,
  Caption1,
  ProgressBar,
  Spinner,
  Toolbar,
  ToolbarGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DocumentSearchRegular,
  EraserRegular,
} from "@fluentui/react-icons";
import type { ReviewPhase } from "../../state";
import { visibleFindings } from "../../state";
import { usePane, useT } from "../PaneContext";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
  group: { display: "flex", gap: tokens.spacingHorizontalXS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  phase: { color: tokens.colorNeutralForeground2 },
});

/** How far along each phase is, for a determinate bar (the phases take roughly these shares). */
const PHASE_VALUE: Record<ReviewPhase, number> = {
  reading: 0.2,
  reviewing: 0.55,
  highlighting: 0.85,
};

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
      {/* Together, so a narrow pane wraps them as a pair. The browser's own tooltip (title):
          Fluent's Tooltip would bring a positioning engine, some 8 kB of the pane's gzipped
          bundle, for two buttons. */}
      <ToolbarGroup className={styles.group}>
        <Button
          icon={<ArrowUpRegular />}
          aria-label={t("previous")}
          title={t("previous")}
          disabled={busy || count === 0}
          onClick={() => void goToNext(-1)}
        />
        <Button
          icon={<ArrowDownRegular />}
          aria-label={t("next")}
          title={t("next")}
          disabled={busy || count === 0}
          onClick={() => void goToNext(1)}
        />
      </ToolbarGroup>
    </Toolbar>
  );
}

/**
 * The phase of a running review (reading / checking / highlighting) with a bar. The live region is
 * always in the page, so screen readers announce each phase as it comes; empty when no review runs.
 */
export function ReviewProgress() {
  const t = useT();
  const styles = useStyles();
  const phase = usePane((s) => s.reviewPhase);
  const text = phase ? t(`shell_phase_${phase}`) : "";
  return (
    <div className={styles.progress}>
      {phase && (
        <ProgressBar
          value={PHASE_VALUE[phase]}
          max={1}
          thickness="large"
          aria-label={t("shell_progress")}
          aria-valuetext={text}
        />
      )}
      <Caption1 className={styles.phase} aria-live="polite" aria-atomic="true">
        {text}
      </Caption1>
    </div>
  );
}
