/**
 * One phase of the delivery schedule, as fields: phase, deliverables, planned date, acceptance criteria.
 * Renaming a phase renames it in the features delivered in it.
 */
import * as React from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import type { ScopeForm } from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import { RowActions } from "./RowActions";
import { moveTo, removeAt, replaceAt } from "./rows";
import { useAppendixStyles } from "./styles";
import type { AppendixFormApi } from "./useAppendixForm";

export type PhaseRowFieldsProps = {
  api: AppendixFormApi<ScopeForm>;
  index: number;
  addDomId: string;
};

export function PhaseRowFields({ api, index, addDomId }: PhaseRowFieldsProps) {
  const t = useT();
  const styles = useAppendixStyles();
  const form = api.form;
  const row = form.phases[index];
  const path = (field: string) => `phases.${index}.${field}`;
  const set = (field: string, patch: Partial<typeof row>) =>
    api.change(path(field), { ...form, phases: replaceAt(form.phases, index, patch) });
  const name = row.phase.trim() || t("appendix_unnamedRow", { n: index + 1 });

  function rename(phase: string) {
    // Features delivered in this phase follow its new name (unless another phase has the old one).
    const shared = form.phases.some((p, i) => i !== index && p.phase === row.phase);
    api.change(path("phase"), {
      ...form,
      phases: replaceAt(form.phases, index, { phase }),
      features: shared
        ? form.features
        : form.features.map((f) => (f.phase === row.phase ? { ...f, phase } : f)),
    });
  }

  return (
    <li>
      <fieldset className={styles.row}>
        <legend className={styles.legend}>
          {t("appendix_phaseGroup", { n: index + 1, name })}
        </legend>
        <Field label={t("appendix_phaseName")} {...api.field(path("phase"))}>
          <Input
            id={api.rowDomId("phases", row.id, "first")}
            value={row.phase}
            onChange={(_, data) => rename(data.value)}
            onBlur={() => api.touch(path("phase"))}
          />
        </Field>
        <Field label={t("appendix_deliverables")} {...api.field(path("deliverables"))}>
          <Textarea
            resize="vertical"
            rows={2}
            value={row.deliverables}
            onChange={(_, data) => set("deliverables", { deliverables: data.value })}
            onBlur={() => api.touch(path("deliverables"))}
          />
        </Field>
        <Field
          label={t("appendix_plannedDate")}
          hint={t("appendix_plannedDateHint")}
          {...api.field(path("plannedDate"))}
        >
          <Input
            type="date"
            value={row.plannedDate}
            onChange={(_, data) => set("plannedDate", { plannedDate: data.value })}
            onBlur={() => api.touch(path("plannedDate"))}
          />
        </Field>
        <Field label={t("appendix_acceptance")} {...api.field(path("acceptance"))}>
          <Textarea
            resize="vertical"
            rows={2}
            value={row.acceptance}
            onChange={(_, data) => set("acceptance", { acceptance: data.value })}
            onBlur={() => api.touch(path("acceptance"))}
          />
        </Field>
        <RowActions
          api={api}
          list="phases"
          rowIds={form.phases.map((p) => p.id)}
          index={index}
          name={name}
          addDomId={addDomId}
          movable
          onMove={(to) => api.change("phases", { ...form, phases: moveTo(form.phases, index, to) })}
          onRemove={() => api.change("phases", { ...form, phases: removeAt(form.phases, index) })}
        />
      </fieldset>
    </li>
  );
}
