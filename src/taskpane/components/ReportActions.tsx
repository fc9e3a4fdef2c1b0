/**
 * The review, taken out of Word: "Export report (HTML)" saves a self-contained page through the
 * browser's download (a local blob: nothing is sent anywhere); "Copy as table" puts the findings on
 * the clipboard as an HTML table and as tab-separated text, for Word, Excel or an email.
 */
import { downloadText, HTML } from "../downloadText";
import * as React from "react";
import { Button, Caption1, Toolbar, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowDownRegular, TableCopyRegular } from "@fluentui/react-icons";
import type { Finding, Language } from "../../engine/types";
import { reviewHtml, reviewTable } from "../../library/reviewHtml";
import { dismissalKey } from "../../state";
import { usePane, useT } from "../PaneContext";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  failed: { color: tokens.colorStatusDangerForeground1 },
});

/**
 * Puts HTML and plain text on the clipboard together; where the browser (or the Office web view)
 * has no ClipboardItem, the plain text alone.
 */
export async function copyRich(html: string, text: string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error("no clipboard");
  if (typeof ClipboardItem !== "undefined" && typeof clipboard.write === "function") {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // Some hosts refuse text/html: fall back to the text.
    }
  }
  await clipboard.writeText(text);
}

export function ReportActions({ uiLanguage }: { uiLanguage: Language }) {
  const t = useT();
  const styles = useStyles();
  const report = usePane((s) => s.report);
  const dismissed = usePane((s) => s.dismissed);
  const [message, setMessage] = React.useState<{ text: string; failed: boolean } | null>(null);
  if (!report) return null;

  const hidden = new Set(dismissed);
  const options = {
    t,
    language: uiLanguage,
    isHidden: (f: Finding) => hidden.has(dismissalKey(f)),
  };

  return (
    <div className={styles.row}>
      <Toolbar aria-label={t("shell_export")} className={styles.bar} size="small">
        <Button
          size="small"
          icon={<DocumentArrowDownRegular />}
          onClick={() => {
            const name = `${t("shell_reportFile")}.html`;
            downloadText(name, reviewHtml(report, { ...options, date: new Date() }), HTML);
            setMessage({ text: t("shell_exported", { name }), failed: false });
          }}
        >
          {t("shell_exportHtml")}
        </Button>
        <Button
          size="small"
          icon={<TableCopyRegular />}
          onClick={() => {
            const { html, text } = reviewTable(report, options);
            copyRich(html, text).then(
              () => setMessage({ text: t("shell_copiedTable"), failed: false }),
              (e: unknown) =>
                setMessage({
                  text: t("shell_copyFailed", {
                    detail: e instanceof Error ? e.message : String(e),
                  }),
                  failed: true,
                })
            );
          }}
        >
          {t("shell_copyTable")}
        </Button>
      </Toolbar>
      <Caption1
        className={message?.failed ? styles.failed : styles.note}
        aria-live="polite"
        aria-atomic="true"
      >
        {message?.text ?? ""}
      </Caption1>
    </div>
  );
}
