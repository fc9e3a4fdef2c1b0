/**
 * A labelled number field bound to the form: shows what the user typed (so it can be cleared), stores
 * the number when the text is one, and shows the field's error beside it.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { AppendixForm } from "../../../library/appendices/types";
import type { AppendixFormApi } from "./useAppendixForm";

export type NumberFieldProps = {
  api: AppendixFormApi<AppendixForm>;
  path: string;
  label: string;
  value: number | null;
  /** An empty field means null (e.g. no extra fee stated) rather than a missing number. */
  nullable?: boolean;
  onValue(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  hint?: string;
  /** Unit shown after the number (for sighted users: the label says it too). */
  unit?: string;
  id?: string;
  className?: string;
};

export function NumberField({
  api,
  path,
  label,
  value,
  nullable = false,
  onValue,
  min,
  max,
  step,
  disabled,
  hint,
  unit,
  id,
  className,
}: NumberFieldProps) {
  return (
    <Field className={className} label={label} hint={hint} {...api.field(path)}>
      <Input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step ?? "any"}
        disabled={disabled}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        value={api.numberText(path, value)}
        onChange={(_, data) => {
          const n = api.typeNumber(path, data.value, nullable);
          if (n !== undefined) onValue(n);
        }}
        onBlur={() => api.touch(path)}
      />
    </Field>
  );
}
