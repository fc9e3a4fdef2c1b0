/** The numbers a finding read beside the playbook's: "Cancellation notice | 90 days | at most 30 days". */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../engine/types";
import { valueName } from "../../../library/compareWording";
import { formatPosition, formatReadValue } from "../../../library/valueFormat";
import { readVsPosition } from "../../../state";
import { usePane, useT } from "../../PaneContext";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    marginTop: tokens.spacingVerticalXS,
    width: "100%",
  },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground3 },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`,
    overflowWrap: "anywhere",
  },
  name: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
});

export function ReadVsPosition({
  finding,
  uiLanguage,
}: {
  finding: Finding;
  uiLanguage: "zh" | "en";
}) {
  const t = useT();
  const styles = useStyles();
  const topicPosition = usePane(
    (s) => s.playbook.topics.find((topic) => topic.id === finding.topic)?.position
  );
  const rows = readVsPosition(finding, topicPosition);
  if (rows.length === 0) return null;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("overview_readVsPlaybook")}</caption>
      <thead>
        <tr>
          <td className={styles.cell} />
          <th scope="col" className={styles.cell}>
            {t("overview_read")}
          </th>
          <th scope="col" className={styles.cell}>
            {t("overview_playbook")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
              {valueName(row.key, uiLanguage)}
            </th>
            <td className={styles.cell}>
              {row.read ? formatReadValue(row.read, uiLanguage) : t("overview_notStated")}
            </td>
            <td className={styles.cell}>
              {row.position ? formatPosition(row.position, uiLanguage) : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
