/**
 * A position typed in a box — a number, a text or a list of texts. Shows what the user typed (so a
 * field can be cleared and retyped), saves the value as soon as it is valid, and otherwise shows why
 * beside the field while the playbook keeps its last valid value.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Language, PositionValue } from "../../../engine/types";
import {
  formatPositionText,
  parsePositionText,
  type Bilingual,
  type PositionField,
} from "../../../library/playbookFile";

export type TextPositionFieldProps = {
  field: PositionField;
  label: string;
  hint?: string;
  value: PositionValue;
  uiLanguage: Language;
  onCommit(value: PositionValue): { ok: true } | { ok: false; message: Bilingual };
};

export function TextPositionField({
  field,
  label,
  hint,
  value,
  uiLanguage,
  onCommit,
}: TextPositionFieldProps) {
  const [draft, setDraft] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<Bilingual | null>(null);
  const isNumber = field.kind === "number";

  function change(text: string) {
    setDraft(text);
    const parsed = parsePositionText(field, text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    const result = onCommit(parsed.value);
    setProblem(result.ok ? null : result.message);
  }

  return (
    <Field
      label={label}
      hint={hint}
      validationState={problem ? "error" : "none"}
      validationMessage={problem?.[uiLanguage]}
    >
      <Input
        type={isNumber ? "number" : "text"}
        inputMode={isNumber ? "decimal" : undefined}
        min={isNumber ? field.min : undefined}
        max={isNumber && field.max !== Number.MAX_SAFE_INTEGER ? field.max : undefined}
        step={isNumber ? (field.integer ? 1 : "any") : undefined}
        value={draft ?? formatPositionText(value)}
        onChange={(_, data) => change(data.value)}
        // Once valid, show the value as saved ("030" → "30"); an invalid text stays to be corrected.
        onBlur={() => problem === null && setDraft(null)}
      />
    </Field>
  );
}
