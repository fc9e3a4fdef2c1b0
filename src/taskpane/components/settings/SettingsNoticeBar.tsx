/**
 * What the last settings action came to: imported, restored, not saved — or the problems of a rejected
 * import (or of a saved playbook that could not be read), each with where in the file it is.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Language } from "../../../engine/types";
import type { SettingsNotice } from "../../../state";
import { usePane, useT } from "../../PaneContext";
import { useSettingsStyles } from "./styles";

const INTENT: Record<SettingsNotice, "success" | "warning" | "error"> = {
  imported: "success",
  restored: "success",
  notSaved: "warning",
  storedIgnored: "warning",
  importRejected: "error",
  locked: "warning",
};

export function SettingsNoticeBar({ uiLanguage }: { uiLanguage: Language }) {
  const t = useT();
  const styles = useSettingsStyles();
  const notice = usePane((s) => s.settingsNotice);
  const problems = usePane((s) => s.settingsProblems);
  const dismiss = usePane((s) => s.dismissSettingsNotice);
  if (!notice) return null;
  const intent = INTENT[notice];

  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {problems.length > 0 ? (
          <>
            <MessageBarTitle>{t(`settings_${notice}`)}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((problem, i) => (
                <li key={i}>
                  <span className={styles.path}>{problem.path || t("settings_wholeFile")}</span>
                  {": "}
                  {problem.message[uiLanguage]}
                </li>
              ))}
            </ul>
          </>
        ) : (
          t(`settings_${notice}`)
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            aria-label={t("dismiss")}
            appearance="transparent"
            icon={<DismissRegular />}
            onClick={dismiss}
          />
        }
      />
    </MessageBar>
  );
}
