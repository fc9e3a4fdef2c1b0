/**
 * One row of the functional scope's feature table, as fields: ticked or not, module, feature, included or
 * at extra cost, the extra fee (only when at extra cost), the delivery phase (one of the schedule's).
 */
import * as React from "react";
import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  mergeClasses,
} from "@fluentui/react-components";
import type { ScopeForm } from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import { NumberField } from "./NumberField";
import { RowActions } from "./RowActions";
import { moveTo, removeAt, replaceAt } from "./rows";
import { useAppendixStyles } from "./styles";
import type { AppendixFormApi } from "./useAppendixForm";

export type FeatureRowFieldsProps = {
  api: AppendixFormApi<ScopeForm>;
  index: number;
  addDomId: string;
};

export function FeatureRowFields({ api, index, addDomId }: FeatureRowFieldsProps) {
  const t = useT();
  const styles = useAppendixStyles();
  const form = api.form;
  const row = form.features[index];
  const path = (field: string) => `features.${index}.${field}`;
  const set = (field: string, patch: Partial<typeof row>) =>
    api.change(path(field), { ...form, features: replaceAt(form.features, index, patch) });
  const name =
    row.module.trim() || row.feature.trim() || t("appendix_unnamedRow", { n: index + 1 });
  const phaseNames = form.phases.map((p) => p.phase);

  return (
    <li>
      <fieldset className={mergeClasses(styles.row, !row.selected && styles.unselected)}>
        <legend className={styles.legend}>
          {t("appendix_featureGroup", { n: index + 1, name })}
        </legend>
        <Checkbox
          checked={row.selected}
          label={t("appendix_featureSelected")}
          onChange={(_, data) => set("selected", { selected: data.checked === true })}
        />
        <Field label={t("appendix_module")} {...api.field(path("module"))}>
          <Input
            id={api.rowDomId("features", row.id, "first")}
            value={row.module}
            onChange={(_, data) => set("module", { module: data.value })}
            onBlur={() => api.touch(path("module"))}
          />
        </Field>
        <Field label={t("appendix_feature")} {...api.field(path("feature"))}>
          <Textarea
            resize="vertical"
            rows={2}
            value={row.feature}
            onChange={(_, data) => set("feature", { feature: data.value })}
            onBlur={() => api.touch(path("feature"))}
          />
        </Field>
        <Field label={t("appendix_pricing")} {...api.field(path("included"))}>
          <RadioGroup
            layout="horizontal"
            value={row.included ? "included" : "extra"}
            onChange={(_, data) =>
              // An included feature has no extra fee (the library refuses one).
              set(
                "included",
                data.value === "included" ? { included: true, extraFee: null } : { included: false }
              )
            }
          >
            <Radio value="included" label={t("appendix_includedYes")} />
            <Radio value="extra" label={t("appendix_includedExtra")} />
          </RadioGroup>
        </Field>
        <div className={styles.pair}>
          <NumberField
            api={api}
            path={path("extraFee")}
            label={t("appendix_extraFee", { currency: form.currency })}
            value={row.extraFee}
            nullable
            min={0}
            disabled={row.included}
            onValue={(extraFee) => set("extraFee", { extraFee })}
          />
          <Field label={t("appendix_phase")} {...api.field(path("phase"))}>
            <Select
              value={row.phase}
              onChange={(_, data) => set("phase", { phase: data.value })}
              onBlur={() => api.touch(path("phase"))}
            >
              {!phaseNames.includes(row.phase) && (
                <option value={row.phase}>
                  {row.phase
                    ? t("appendix_phaseNotInSchedule", { phase: row.phase })
                    : t("appendix_phaseNone")}
                </option>
              )}
              {form.phases.map((phase) => (
                <option key={phase.id} value={phase.phase}>
                  {phase.phase || t("appendix_unnamedRow", { n: form.phases.indexOf(phase) + 1 })}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <RowActions
          api={api}
          list="features"
          rowIds={form.features.map((f) => f.id)}
          index={index}
          name={name}
          addDomId={addDomId}
          movable
          onMove={(to) =>
            api.change("features", { ...form, features: moveTo(form.features, index, to) })
          }
          onRemove={() =>
            api.change("features", { ...form, features: removeAt(form.features, index) })
          }
        />
      </fieldset>
    </li>
  );
}
