/**
 * The service level appendix's fields: availability and maintenance, service-credit tiers, termination
 * right, severity levels, P1 support hours, performance metrics, monthly report.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Switch,
  Textarea,
  useId,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { newRowId } from "../../../library/appendices";
import type {
  CreditTier,
  PerformanceMetric,
  SeverityLevel,
  SlaForm,
} from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import { NumberField } from "./NumberField";
import { RowActions } from "./RowActions";
import { removeAt, replaceAt } from "./rows";
import { useAppendixStyles } from "./styles";
import type { AppendixFormApi } from "./useAppendixForm";

export type SlaFieldsProps = { api: AppendixFormApi<SlaForm> };

export function SlaFields({ api }: SlaFieldsProps) {
  const t = useT();
  const styles = useAppendixStyles();
  const ids = {
    availability: useId("appendix-availability"),
    credits: useId("appendix-credits"),
    support: useId("appendix-support"),
    performance: useId("appendix-performance"),
    addCredit: useId("appendix-add-credit"),
    addMetric: useId("appendix-add-metric"),
  };
  const form = api.form;
  const listError = (list: "credits" | "severities" | "performance") => {
    const message = api.field(list).validationMessage;
    return message ? <Caption1 className={styles.error}>{message}</Caption1> : null;
  };

  const setMaintenance = (field: keyof SlaForm["maintenance"], value: number | boolean) =>
    api.change(`maintenance.${field}`, {
      ...form,
      maintenance: { ...form.maintenance, [field]: value },
    });
  const setCredit = (index: number, field: keyof CreditTier, patch: Partial<CreditTier>) =>
    api.change(`credits.${index}.${field}`, {
      ...form,
      credits: replaceAt(form.credits, index, patch),
    });
  const setSeverity = (index: number, field: string, patch: Partial<SeverityLevel>) =>
    api.change(`severities.${index}.${field}`, {
      ...form,
      severities: replaceAt(form.severities, index, patch),
    });
  const setMetric = (
    index: number,
    field: keyof PerformanceMetric,
    patch: Partial<PerformanceMetric>
  ) =>
    api.change(`performance.${index}.${field}`, {
      ...form,
      performance: replaceAt(form.performance, index, patch),
    });

  function addCredit() {
    // A lower threshold and a higher credit than the last tier: tiers go from the highest threshold down.
    const last = form.credits[form.credits.length - 1];
    const row: CreditTier = {
      id: newRowId("c", form.credits),
      below: last ? Math.round((last.below - 0.5) * 100) / 100 : form.availability,
      creditPercent: last ? Math.min(100, last.creditPercent + 25) : 10,
    };
    api.change("credits", { ...form, credits: [...form.credits, row] });
    api.focusLater(api.rowDomId("credits", row.id, "first"));
  }

  function addMetric() {
    const row: PerformanceMetric = {
      id: newRowId("m", form.performance),
      metric: "",
      target: 5,
      unit: "seconds",
      conditions: "",
    };
    api.change("performance", { ...form, performance: [...form.performance, row] });
    api.focusLater(api.rowDomId("performance", row.id, "first"));
  }

  return (
    <>
      <section className={styles.section} aria-labelledby={ids.availability}>
        <Subtitle2 as="h3" id={ids.availability}>
          {t("appendix_availabilityHeading")}
        </Subtitle2>
        <NumberField
          api={api}
          path="availability"
          label={t("appendix_availability")}
          value={form.availability}
          min={0}
          max={100}
          step={0.1}
          unit="%"
          onValue={(availability) =>
            availability !== null && api.change("availability", { ...form, availability })
          }
        />
        <div className={styles.pair}>
          <NumberField
            api={api}
            path="maintenance.hoursPerMonth"
            label={t("appendix_maintenanceHours")}
            value={form.maintenance.hoursPerMonth}
            min={0}
            onValue={(n) => n !== null && setMaintenance("hoursPerMonth", n)}
          />
          <NumberField
            api={api}
            path="maintenance.noticeHours"
            label={t("appendix_noticeHours")}
            value={form.maintenance.noticeHours}
            min={0}
            onValue={(n) => n !== null && setMaintenance("noticeHours", n)}
          />
        </div>
        <Switch
          checked={form.maintenance.outsideBusinessHours}
          label={t("appendix_outsideBusinessHours")}
          onChange={(_, data) => setMaintenance("outsideBusinessHours", data.checked)}
        />
      </section>

      <section className={styles.section} aria-labelledby={ids.credits}>
        <Subtitle2 as="h3" id={ids.credits}>
          {t("appendix_creditsHeading")}
        </Subtitle2>
        {listError("credits")}
        <ol className={styles.rows}>
          {form.credits.map((tier, index) => {
            const name = t("appendix_creditName", { below: tier.below });
            return (
              <li key={tier.id}>
                <fieldset className={styles.row}>
                  <legend className={styles.legend}>
                    {t("appendix_creditGroup", { n: index + 1 })}
                  </legend>
                  <div className={styles.pair}>
                    <NumberField
                      api={api}
                      id={api.rowDomId("credits", tier.id, "first")}
                      path={`credits.${index}.below`}
                      label={t("appendix_creditBelow")}
                      value={tier.below}
                      min={0}
                      max={100}
                      step={0.1}
                      unit="%"
                      onValue={(below) => below !== null && setCredit(index, "below", { below })}
                    />
                    <NumberField
                      api={api}
                      path={`credits.${index}.creditPercent`}
                      label={t("appendix_creditPercent")}
                      value={tier.creditPercent}
                      min={0}
                      max={100}
                      unit="%"
                      onValue={(creditPercent) =>
                        creditPercent !== null &&
                        setCredit(index, "creditPercent", { creditPercent })
                      }
                    />
                  </div>
                  <RowActions
                    api={api}
                    list="credits"
                    rowIds={form.credits.map((c) => c.id)}
                    index={index}
                    name={name}
                    addDomId={ids.addCredit}
                    movable={false}
                    onMove={() => undefined}
                    onRemove={() =>
                      api.change("credits", { ...form, credits: removeAt(form.credits, index) })
                    }
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button id={ids.addCredit} className={styles.add} icon={<AddRegular />} onClick={addCredit}>
          {t("appendix_addCredit")}
        </Button>
        <NumberField
          api={api}
          path="terminationAfterMonths"
          label={t("appendix_terminationMonths")}
          value={form.terminationAfterMonths}
          min={1}
          step={1}
          onValue={(n) =>
            n !== null &&
            api.change("terminationAfterMonths", { ...form, terminationAfterMonths: n })
          }
        />
      </section>

      <section className={styles.section} aria-labelledby={ids.support}>
        <Subtitle2 as="h3" id={ids.support}>
          {t("appendix_supportHeading")}
        </Subtitle2>
        {listError("severities")}
        <ol className={styles.rows}>
          {form.severities.map((level, index) => {
            const name = level.level.trim() || t("appendix_unnamedRow", { n: index + 1 });
            return (
              <li key={level.id}>
                <fieldset className={styles.row}>
                  <legend className={styles.legend}>{name}</legend>
                  <Field
                    label={t("appendix_severityLevel")}
                    {...api.field(`severities.${index}.level`)}
                  >
                    <Input
                      value={level.level}
                      onChange={(_, data) => setSeverity(index, "level", { level: data.value })}
                      onBlur={() => api.touch(`severities.${index}.level`)}
                    />
                  </Field>
                  <Field
                    label={t("appendix_severityDefinition")}
                    {...api.field(`severities.${index}.definition`)}
                  >
                    <Textarea
                      resize="vertical"
                      rows={2}
                      value={level.definition}
                      onChange={(_, data) =>
                        setSeverity(index, "definition", { definition: data.value })
                      }
                      onBlur={() => api.touch(`severities.${index}.definition`)}
                    />
                  </Field>
                  <NumberField
                    api={api}
                    path={`severities.${index}.responseHours`}
                    label={t("appendix_responseHours", { level: name })}
                    value={level.responseHours}
                    min={0}
                    onValue={(responseHours) =>
                      responseHours !== null &&
                      setSeverity(index, "responseHours", { responseHours })
                    }
                  />
                  <div className={styles.pair}>
                    <NumberField
                      api={api}
                      path={`severities.${index}.resolution.value`}
                      label={t("appendix_resolution", { level: name })}
                      value={level.resolution.value}
                      min={0}
                      onValue={(value) =>
                        value !== null &&
                        setSeverity(index, "resolution.value", {
                          resolution: { ...level.resolution, value },
                        })
                      }
                    />
                    <Field
                      label={t("appendix_resolutionUnit")}
                      {...api.field(`severities.${index}.resolution.unit`)}
                    >
                      <Select
                        value={level.resolution.unit}
                        onChange={(_, data) =>
                          setSeverity(index, "resolution.unit", {
                            resolution: {
                              ...level.resolution,
                              unit: data.value as SeverityLevel["resolution"]["unit"],
                            },
                          })
                        }
                      >
                        <option value="hours">{t("appendix_unitHours")}</option>
                        <option value="business-days">{t("appendix_unitBusinessDays")}</option>
                      </Select>
                    </Field>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Field
          label={t("appendix_p1Hours")}
          hint={t("appendix_p1HoursHint")}
          {...api.field("p1Hours")}
        >
          <Input
            value={form.p1Hours}
            onChange={(_, data) => api.change("p1Hours", { ...form, p1Hours: data.value })}
            onBlur={() => api.touch("p1Hours")}
          />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby={ids.performance}>
        <Subtitle2 as="h3" id={ids.performance}>
          {t("appendix_performanceHeading")}
        </Subtitle2>
        {listError("performance")}
        <ol className={styles.rows}>
          {form.performance.map((metric, index) => {
            const name = metric.metric.trim() || t("appendix_unnamedRow", { n: index + 1 });
            return (
              <li key={metric.id}>
                <fieldset className={styles.row}>
                  <legend className={styles.legend}>
                    {t("appendix_metricGroup", { n: index + 1, name })}
                  </legend>
                  <Field label={t("appendix_metric")} {...api.field(`performance.${index}.metric`)}>
                    <Input
                      id={api.rowDomId("performance", metric.id, "first")}
                      value={metric.metric}
                      onChange={(_, data) => setMetric(index, "metric", { metric: data.value })}
                      onBlur={() => api.touch(`performance.${index}.metric`)}
                    />
                  </Field>
                  <div className={styles.pair}>
                    <NumberField
                      api={api}
                      path={`performance.${index}.target`}
                      label={t("appendix_target")}
                      value={metric.target}
                      min={0}
                      onValue={(target) =>
                        target !== null && setMetric(index, "target", { target })
                      }
                    />
                    <Field label={t("appendix_unit")} {...api.field(`performance.${index}.unit`)}>
                      <Select
                        value={metric.unit}
                        onChange={(_, data) =>
                          setMetric(index, "unit", {
                            unit: data.value as PerformanceMetric["unit"],
                          })
                        }
                      >
                        <option value="seconds">{t("appendix_unitSeconds")}</option>
                        <option value="minutes">{t("appendix_unitMinutes")}</option>
                      </Select>
                    </Field>
                  </div>
                  <Field
                    label={t("appendix_conditions")}
                    {...api.field(`performance.${index}.conditions`)}
                  >
                    <Textarea
                      resize="vertical"
                      rows={2}
                      value={metric.conditions}
                      onChange={(_, data) =>
                        setMetric(index, "conditions", { conditions: data.value })
                      }
                      onBlur={() => api.touch(`performance.${index}.conditions`)}
                    />
                  </Field>
                  <RowActions
                    api={api}
                    list="performance"
                    rowIds={form.performance.map((m) => m.id)}
                    index={index}
                    name={name}
                    addDomId={ids.addMetric}
                    movable={false}
                    onMove={() => undefined}
                    onRemove={() =>
                      api.change("performance", {
                        ...form,
                        performance: removeAt(form.performance, index),
                      })
                    }
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button id={ids.addMetric} className={styles.add} icon={<AddRegular />} onClick={addMetric}>
          {t("appendix_addMetric")}
        </Button>
      </section>

      <Switch
        checked={form.monthlyReport}
        label={t("appendix_monthlyReport")}
        onChange={(_, data) =>
          api.change("monthlyReport", { ...form, monthlyReport: data.checked })
        }
      />
    </>
  );
}
