/** One position of a topic as a labelled input of its kind: a switch, a choice, or a typed value. */
import * as React from "react";
import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import type { Language, PositionValue } from "../../../engine/types";
import { fieldFor, fieldLabel } from "../../../library/playbookFile";
import { usePane, useT } from "../../PaneContext";
import { TextPositionField } from "./TextPositionField";

export type PositionFieldProps = {
  topicId: string;
  positionKey: string;
  value: PositionValue;
  uiLanguage: Language;
};

export function PositionField({ topicId, positionKey, value, uiLanguage }: PositionFieldProps) {
  const t = useT();
  const setPosition = usePane((s) => s.setPosition);
  const field = fieldFor(topicId, positionKey, value);
  const label = fieldLabel(field, uiLanguage);
  const commit = (next: PositionValue) => setPosition(topicId, positionKey, next);
  const hint =
    field.effect === "none"
      ? t("settings_notJudged")
      : field.kind === "stringList"
        ? t("settings_listHint")
        : undefined;

  switch (field.kind) {
    case "boolean":
      return (
        <Field hint={hint}>
          <Switch
            checked={value === true}
            label={label}
            onChange={(_, data) => commit(data.checked)}
          />
        </Field>
      );
    case "enum":
      return (
        <Field label={label} hint={hint}>
          <RadioGroup
            layout="horizontal"
            value={String(value)}
            onChange={(_, data) => commit(data.value)}
          >
            {field.choices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label[uiLanguage]} />
            ))}
          </RadioGroup>
        </Field>
      );
    default:
      return (
        <TextPositionField
          field={field}
          label={label}
          hint={hint}
          value={value}
          uiLanguage={uiLanguage}
          onCommit={commit}
        />
      );
  }
}
