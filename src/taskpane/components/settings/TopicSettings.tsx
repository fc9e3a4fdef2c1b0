/**
 * One playbook topic as a collapsible group: its title (the button that opens it), a switch to check
 * it or not, and its positions. The fields stay mounted while closed, so what was typed is kept.
 */
import * as React from "react";
import { Button, Caption1, Switch, mergeClasses, useId } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { Language, PlaybookTopic } from "../../../engine/types";
import { usePane, useT } from "../../PaneContext";
import { PositionField } from "./PositionField";
import { useSettingsStyles } from "./styles";

export type TopicSettingsProps = {
  topic: PlaybookTopic;
  uiLanguage: Language;
  open: boolean;
  onToggle(): void;
};

export function TopicSettings({ topic, uiLanguage, open, onToggle }: TopicSettingsProps) {
  const t = useT();
  const styles = useSettingsStyles();
  const setTopicEnabled = usePane((s) => s.setTopicEnabled);
  const buttonId = useId("settings-topic");
  const panelId = useId("settings-fields");
  const title = topic.title[uiLanguage];

  return (
    <li className={styles.topic}>
      <div className={styles.header}>
        <Button
          id={buttonId}
          appearance="subtle"
          className={mergeClasses(styles.toggle, !topic.enabled && styles.off)}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {title}
        </Button>
        <Switch
          checked={topic.enabled}
          label={t("settings_check")}
          aria-label={t("settings_checkTopic", { title })}
          onChange={(_, data) => setTopicEnabled(topic.id, data.checked)}
        />
      </div>
      <div
        id={panelId}
        role="group"
        aria-labelledby={buttonId}
        hidden={!open}
        className={styles.fields}
      >
        {!topic.enabled && <Caption1 className={styles.help}>{t("settings_topicOff")}</Caption1>}
        {Object.keys(topic.position).map((key) => (
          <PositionField
            key={key}
            topicId={topic.id}
            positionKey={key}
            value={topic.position[key]}
            uiLanguage={uiLanguage}
          />
        ))}
      </div>
    </li>
  );
}
