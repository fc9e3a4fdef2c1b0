/**
 * Restore defaults, import a playbook file (read here in the pane, never uploaded) and export the one
 * in use as a file. The store judges the import; this only reads the file.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import { usePane, useT } from "../../PaneContext";
import { downloadText } from "../../downloadText";
import { readFileText } from "./readFileText";
import { RestoreDefaultsButton } from "./RestoreDefaultsButton";
import { useSettingsStyles } from "./styles";

export const EXPORT_FILE_NAME = "clause-review-playbook.json";

export type SettingsActionsProps = {
  /** The playbook was replaced as a whole (restored or imported): typed drafts no longer apply. */
  onReplaced(): void;
};

export function SettingsActions({ onReplaced }: SettingsActionsProps) {
  const t = useT();
  const styles = useSettingsStyles();
  const importPlaybook = usePane((s) => s.importPlaybook);
  const exportPlaybook = usePane((s) => s.exportPlaybook);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [readError, setReadError] = React.useState<string | null>(null);

  async function importFile(file: File) {
    setReadError(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch (e) {
      setReadError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (importPlaybook(text).ok) onReplaced();
  }

  return (
    <>
      <div className={styles.actions}>
        <Button icon={<ArrowUploadRegular />} onClick={() => inputRef.current?.click()}>
          {t("settings_import")}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => downloadText(EXPORT_FILE_NAME, exportPlaybook())}
        >
          {t("settings_export")}
        </Button>
        <RestoreDefaultsButton onRestored={onReplaced} />
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className={styles.hiddenInput}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is a change too.
            e.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {readError !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t("settings_readFailed", { detail: readError })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
