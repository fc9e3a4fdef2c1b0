/**
 * The pane's language: follow Office (the default), English or Chinese. A native select: the
 * keyboard, screen readers and the high-contrast theme handle it as the platform does, and it costs
 * the pane's bundle next to nothing.
 */
import * as React from "react";
import { Select, makeStyles } from "@fluentui/react-components";
import type { LanguagePreference } from "../languagePreference";
import { useT } from "../PaneContext";

const useStyles = makeStyles({ select: { flexShrink: 0, minWidth: "7.5rem" } });

export function LanguageMenu({
  preference,
  onChange,
}: {
  preference: LanguagePreference;
  onChange(preference: LanguagePreference): void;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <Select
      className={styles.select}
      size="small"
      appearance="filled-lighter"
      aria-label={t("language")}
      value={preference}
      onChange={(_, data) => {
        const value = data.value;
        if (value === "auto" || value === "en-US" || value === "zh-CN") onChange(value);
      }}
    >
      <option value="auto">{t("languageAuto")}</option>
      <option value="en-US" lang="en">
        {t("shell_lang_en")}
      </option>
      <option value="zh-CN" lang="zh-CN">
        {t("shell_lang_zh")}
      </option>
    </Select>
  );
}
