/**
 * The playbook settings: every topic of the playbook in use, to switch on or off and to set its
 * positions, with restore defaults, import and export. Changes are saved per user on this computer
 * and apply from the next review.
 */
import * as React from "react";
import { Caption1, Subtitle2, useId } from "@fluentui/react-components";
import type { Language } from "../../../engine/types";
import { usePane, useT } from "../../PaneContext";
import { SettingsActions } from "./SettingsActions";
import { SettingsNoticeBar } from "./SettingsNoticeBar";
import { TopicSettings } from "./TopicSettings";
import { useSettingsStyles } from "./styles";

export type PlaybookSettingsProps = { uiLanguage: Language };

export function PlaybookSettings({ uiLanguage }: PlaybookSettingsProps) {
  const t = useT();
  const styles = useSettingsStyles();
  const headingId = useId("settings-heading");
  const playbook = usePane((s) => s.playbook);
  const [open, setOpen] = React.useState<ReadonlySet<string>>(() => new Set());
  // Bumped when the playbook is replaced as a whole: the fields start again from its values.
  const [generation, setGeneration] = React.useState(0);

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className={styles.settings} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("settings_heading")}
      </Subtitle2>
      <Caption1 className={styles.help}>{t("settings_intro")}</Caption1>
      <SettingsActions onReplaced={() => setGeneration((g) => g + 1)} />
      <SettingsNoticeBar uiLanguage={uiLanguage} />
      <ul key={generation} className={styles.topics} aria-label={t("settings_topics")}>
        {playbook.topics.map((topic) => (
          <TopicSettings
            key={topic.id}
            topic={topic}
            uiLanguage={uiLanguage}
            open={open.has(topic.id)}
            onToggle={() => toggle(topic.id)}
          />
        ))}
      </ul>
    </section>
  );
}
