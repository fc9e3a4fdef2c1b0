/**
 * The functional scope appendix's fields: currency, the feature table as an editable list (tick, edit,
 * add, remove, reorder) and the delivery schedule.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, Subtitle2, useId } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { newRowId } from "../../../library/appendices";
import type { FeatureRow, PhaseRow, ScopeForm } from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import { FeatureRowFields } from "./FeatureRowFields";
import { PhaseRowFields } from "./PhaseRowFields";
import { useAppendixStyles } from "./styles";
import type { AppendixFormApi } from "./useAppendixForm";

export type ScopeFieldsProps = { api: AppendixFormApi<ScopeForm> };

export function ScopeFields({ api }: ScopeFieldsProps) {
  const t = useT();
  const styles = useAppendixStyles();
  const featuresId = useId("appendix-features");
  const phasesId = useId("appendix-phases");
  const addFeatureId = useId("appendix-add-feature");
  const addPhaseId = useId("appendix-add-phase");
  const form = api.form;
  const featuresError = api.field("features").validationMessage;
  const phasesError = api.field("phases").validationMessage;

  function addFeature() {
    const row: FeatureRow = {
      id: newRowId("f", form.features),
      selected: true,
      module: "",
      feature: "",
      included: true,
      extraFee: null,
      phase: form.phases[0]?.phase ?? "",
    };
    api.change("features", { ...form, features: [...form.features, row] });
    api.focusLater(api.rowDomId("features", row.id, "first"));
  }

  function addPhase() {
    const row: PhaseRow = {
      id: newRowId("p", form.phases),
      phase: "",
      deliverables: "",
      plannedDate: "",
      acceptance: "",
    };
    api.change("phases", { ...form, phases: [...form.phases, row] });
    api.focusLater(api.rowDomId("phases", row.id, "first"));
  }

  return (
    <>
      <Field
        label={t("appendix_currency")}
        hint={t("appendix_currencyHint")}
        {...api.field("currency")}
      >
        <Input
          value={form.currency}
          onChange={(_, data) => api.change("currency", { ...form, currency: data.value })}
          onBlur={() => api.touch("currency")}
        />
      </Field>

      <section className={styles.section} aria-labelledby={featuresId}>
        <Subtitle2 as="h3" id={featuresId}>
          {t("appendix_featuresHeading")}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t("appendix_featuresHint")}</Caption1>
        {featuresError && <Caption1 className={styles.error}>{featuresError}</Caption1>}
        <ol className={styles.rows}>
          {form.features.map((row, index) => (
            <FeatureRowFields key={row.id} api={api} index={index} addDomId={addFeatureId} />
          ))}
        </ol>
        <Button id={addFeatureId} className={styles.add} icon={<AddRegular />} onClick={addFeature}>
          {t("appendix_addFeature")}
        </Button>
      </section>

      <section className={styles.section} aria-labelledby={phasesId}>
        <Subtitle2 as="h3" id={phasesId}>
          {t("appendix_scheduleHeading")}
        </Subtitle2>
        {phasesError && <Caption1 className={styles.error}>{phasesError}</Caption1>}
        <ol className={styles.rows}>
          {form.phases.map((row, index) => (
            <PhaseRowFields key={row.id} api={api} index={index} addDomId={addPhaseId} />
          ))}
        </ol>
        <Button id={addPhaseId} className={styles.add} icon={<AddRegular />} onClick={addPhase}>
          {t("appendix_addPhase")}
        </Button>
      </section>
    </>
  );
}
