/** Why the finding's topic matters to the buyer, in the pane's language, one click away. */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { topicRationale } from "../../../library/topicRationale";
import { useT } from "../../PaneContext";

const useStyles = makeStyles({
  text: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export function WhyItMatters({ topic, uiLanguage }: { topic: string; uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  const why = topicRationale(topic, uiLanguage);
  if (!why) return null;
  return (
    <details onClick={(e) => e.stopPropagation()}>
      <summary>{t("overview_whyItMatters")}</summary>
      <Caption1 className={styles.text}>{why}</Caption1>
    </details>
  );
}
