/**
 * Validation of the appendix forms: every number and required text, checked before the appendix is
 * previewed or inserted, each problem tied to its field by path ("credits.1.below").
 */
import { parseIsoDate } from "./format";
import type {
  AppendixForm,
  FieldError,
  FieldErrorCode,
  ScopeForm,
  SeverityLevel,
  SlaForm,
} from "./types";

type Params = FieldError["params"];

/** Collects errors; each check reports at most one error per field. */
class Errors {
  readonly list: FieldError[] = [];
  add(path: string, code: FieldErrorCode, params?: Params) {
    this.list.push(params ? { path, code, params } : { path, code });
  }
  /** A finite number, else "not-a-number" (NaN from an emptied input, Infinity). */
  number(path: string, value: number): boolean {
    if (typeof value === "number" && Number.isFinite(value)) return true;
    this.add(path, "not-a-number");
    return false;
  }
  /** A finite whole number. */
  integer(path: string, value: number): boolean {
    if (!this.number(path, value)) return false;
    if (Number.isInteger(value)) return true;
    this.add(path, "not-an-integer");
    return false;
  }
  text(path: string, value: string): boolean {
    if (typeof value === "string" && value.trim() !== "") return true;
    this.add(path, "required");
    return false;
  }
}

export function validateAppendix(form: AppendixForm): FieldError[] {
  const errors = new Errors();
  if (errors.integer("number", form.number) && (form.number < 1 || form.number > 20)) {
    errors.add("number", "appendix-number-range", { min: 1, max: 20 });
  }
  if (form.kind === "scope") validateScope(form, errors);
  else validateSla(form, errors);
  return errors.list;
}

// ---- Functional Scope ----

function validateScope(form: ScopeForm, errors: Errors) {
  errors.text("currency", form.currency);
  if (!form.features.some((f) => f.selected)) errors.add("features", "features-required");
  if (form.phases.length === 0) errors.add("phases", "phases-required");
  const phaseNames = new Set(form.phases.map((p) => p.phase.trim()).filter(Boolean));

  form.features.forEach((f, i) => {
    // Unticked rows stay in the form only: nothing of them reaches the contract.
    if (!f.selected) return;
    const at = `features.${i}`;
    errors.text(`${at}.module`, f.module);
    errors.text(`${at}.feature`, f.feature);
    if (errors.text(`${at}.phase`, f.phase) && !phaseNames.has(f.phase.trim())) {
      errors.add(`${at}.phase`, "phase-unknown", { phase: f.phase.trim() });
    }
    if (f.included) {
      if (f.extraFee !== null) errors.add(`${at}.extraFee`, "fee-when-included");
    } else if (f.extraFee === null) {
      // An extra-cost item without its price is the open-ended fee the playbook forbids.
      errors.add(`${at}.extraFee`, "fee-missing");
    } else if (errors.number(`${at}.extraFee`, f.extraFee) && f.extraFee < 0) {
      errors.add(`${at}.extraFee`, "fee-negative");
    }
  });

  const seen = new Set<string>();
  let previous: { iso: string; time: number } | undefined;
  form.phases.forEach((p, i) => {
    const at = `phases.${i}`;
    if (errors.text(`${at}.phase`, p.phase)) {
      const name = p.phase.trim();
      if (seen.has(name)) errors.add(`${at}.phase`, "duplicate", { value: name });
      seen.add(name);
    }
    errors.text(`${at}.deliverables`, p.deliverables);
    errors.text(`${at}.acceptance`, p.acceptance);
    const iso = p.plannedDate.trim();
    if (iso === "") return; // not yet agreed: the appendix says it will be agreed in writing
    const date = parseIsoDate(iso);
    if (!date) {
      errors.add(`${at}.plannedDate`, "date-invalid", { value: iso });
      return;
    }
    const time = Date.UTC(date[0], date[1] - 1, date[2]);
    // Phases run in order: a phase cannot be planned before the one above it.
    if (previous && time < previous.time) {
      errors.add(`${at}.plannedDate`, "date-order", { previous: previous.iso });
    }
    previous = { iso, time };
  });
}

// ---- Service Level ----

/** Hours a resolution target allows; a business day counts as at least a calendar day's 24 hours. */
const resolutionHours = (s: SeverityLevel) =>
  s.resolution.unit === "hours" ? s.resolution.value : s.resolution.value * 24;

const isP1 = (s: SeverityLevel) => s.level.trim().toUpperCase() === "P1";

function validateSla(form: SlaForm, errors: Errors) {
  const target = form.availability;
  const targetOk = errors.number("availability", target) && target >= 90 && target <= 100;
  if (Number.isFinite(target) && !targetOk) {
    errors.add("availability", "availability-range", { min: 90, max: 100 });
  }

  const { hoursPerMonth, noticeHours } = form.maintenance;
  if (errors.number("maintenance.hoursPerMonth", hoursPerMonth)) {
    // 744 hours: the longest month; more is no limit at all.
    if (hoursPerMonth < 0 || hoursPerMonth > 744) {
      errors.add("maintenance.hoursPerMonth", "maintenance-hours-range", { min: 0, max: 744 });
    }
  }
  if (errors.number("maintenance.noticeHours", noticeHours) && noticeHours < 0) {
    errors.add("maintenance.noticeHours", "notice-hours-negative");
  }
  if (errors.integer("terminationAfterMonths", form.terminationAfterMonths)) {
    if (form.terminationAfterMonths < 1) {
      errors.add("terminationAfterMonths", "termination-months-min", { min: 1 });
    }
  }

  validateCredits(form, errors, targetOk);
  validateSeverities(form, errors);
  errors.text("p1Hours", form.p1Hours);

  if (form.performance.length === 0) errors.add("performance", "metrics-required");
  form.performance.forEach((m, i) => {
    const at = `performance.${i}`;
    errors.text(`${at}.metric`, m.metric);
    if (errors.number(`${at}.target`, m.target) && m.target <= 0) {
      errors.add(`${at}.target`, "time-not-positive");
    }
    errors.text(`${at}.conditions`, m.conditions);
  });
}

function validateCredits(form: SlaForm, errors: Errors, targetOk: boolean) {
  if (form.credits.length === 0) errors.add("credits", "credits-required");
  let previous: SlaForm["credits"][number] | undefined;
  for (const [i, tier] of form.credits.entries()) {
    const at = `credits.${i}`;
    const belowOk = errors.number(`${at}.below`, tier.below);
    if (belowOk) {
      if (tier.below <= 0 || tier.below > 100) {
        errors.add(`${at}.below`, "credit-threshold-range", { min: 0, max: 100 });
      } else if (targetOk && tier.below > form.availability) {
        // A credit while the target is met would make the target meaningless.
        errors.add(`${at}.below`, "credit-threshold-above-target", { target: form.availability });
      } else if (previous && Number.isFinite(previous.below) && tier.below >= previous.below) {
        errors.add(`${at}.below`, "credit-threshold-order", { previous: previous.below });
      }
    }
    if (errors.number(`${at}.creditPercent`, tier.creditPercent)) {
      if (tier.creditPercent < 0 || tier.creditPercent > 100) {
        errors.add(`${at}.creditPercent`, "credit-percent-range", { min: 0, max: 100 });
      } else if (
        previous &&
        Number.isFinite(previous.creditPercent) &&
        tier.creditPercent <= previous.creditPercent
      ) {
        // A deeper miss earns a larger credit.
        errors.add(`${at}.creditPercent`, "credit-percent-order", {
          previous: previous.creditPercent,
        });
      }
    }
    previous = tier;
  }
}

function validateSeverities(form: SlaForm, errors: Errors) {
  if (form.severities.length === 0) errors.add("severities", "severities-required");
  const seen = new Set<string>();
  const valid: boolean[] = form.severities.map((s, i) => {
    const at = `severities.${i}`;
    if (errors.text(`${at}.level`, s.level)) {
      const level = s.level.trim().toUpperCase();
      if (seen.has(level)) errors.add(`${at}.level`, "duplicate", { value: s.level.trim() });
      seen.add(level);
    }
    errors.text(`${at}.definition`, s.definition);
    let ok = true;
    for (const [path, value] of [
      [`${at}.responseHours`, s.responseHours],
      [`${at}.resolution.value`, s.resolution.value],
    ] as const) {
      if (!errors.number(path, value)) ok = false;
      else if (value <= 0) {
        errors.add(path, "time-not-positive");
        ok = false;
      }
    }
    if (ok && s.responseHours > resolutionHours(s)) {
      errors.add(`${at}.resolution.value`, "response-after-resolution", { level: s.level });
    }
    return ok;
  });

  // P1 is the most urgent level: nothing may be answered or resolved faster than it.
  const p1 = form.severities.findIndex(isP1);
  if (p1 < 0 || !valid[p1]) return;
  const first = form.severities[p1];
  const faster = form.severities.find(
    (s, i) =>
      i !== p1 &&
      valid[i] &&
      (s.responseHours < first.responseHours || resolutionHours(s) < resolutionHours(first))
  );
  if (faster) {
    errors.add(`severities.${p1}.responseHours`, "p1-not-fastest", { level: faster.level });
  }
}
