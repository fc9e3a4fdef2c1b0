/**
 * Which number a finding read (finding.values[key]) answers which playbook number
 * (finding.position[key]) — the one table the number substitution works from.
 *
 * Derived from docs/judging.md ("Values each finding reads") and the rules that fill the values:
 * a value key takes part only under the reason codes where that number is the whole problem
 * (`availabilityPercent` also rides along on `efforts-only` and `no-credits`, where changing it fixes
 * nothing; `retentionDays` on `no-export`). The bound says which way the document is wrong: "max" — the
 * document's number is too big (notice periods, response times, fees), "min" — too small
 * (availability, liability multiples, survival years, sessions). Value keys the playbook has no number
 * for (userCap, apiCallLimit, acceptancePeriod, changeRate) or whose fix is not a number
 * (freeHoursPerYear reads 0 when the contract grants no quota — there is no "0" to change) are left out.
 */

export type Bound = "max" | "min";
export type NumberUnit =
  "day" | "business-day" | "hour" | "second" | "month" | "year" | "percent" | "count";

export type NumericPosition = {
  /** The playbook position key holding the number. */
  position: string;
  bound: Bound;
  /** The unit the rule reports the value in (finding.values[key].value). */
  valueUnit: NumberUnit;
  /** The unit of the playbook's number — the redline writes it in this unit. */
  positionUnit: NumberUnit;
  /** Reason codes under which this number alone makes the finding. */
  codes: string[];
};

const numeric = (
  position: string,
  bound: Bound,
  codes: string[],
  valueUnit: NumberUnit = "day",
  positionUnit: NumberUnit = valueUnit
): NumericPosition => ({ position, bound, valueUnit, positionUnit, codes });

export const NUMERIC_POSITIONS: Readonly<Record<string, NumericPosition>> = {
  // term-renewal: the customer's notice to stop an automatic renewal.
  cancellationNoticeDays: numeric("maxCancellationNoticeDays", "max", ["notice-too-long"]),
  // invoicing: business days from payment to invoice.
  invoiceDays: numeric("maxInvoiceBusinessDays", "max", ["invoice-late"], "business-day"),
  // pricing-changes: the yearly increase cap.
  annualIncreasePercent: numeric(
    "maxAnnualIncreasePercent",
    "max",
    ["increase-cap-high"],
    "percent"
  ),
  // training: number of sessions and hours per session.
  sessions: numeric("minOnsiteSessions", "min", ["training-too-little"], "count"),
  sessionHours: numeric("minSessionHours", "min", ["training-too-little"], "hour"),
  // support-response: per severity; one time for every issue is held to the P1 target.
  p1ResponseHours: numeric("maxP1ResponseHours", "max", ["response-too-slow"], "hour"),
  p2ResponseHours: numeric("maxP2ResponseHours", "max", ["response-too-slow"], "hour"),
  p3ResponseHours: numeric("maxP3ResponseHours", "max", ["response-too-slow"], "hour"),
  anyResponseHours: numeric("maxP1ResponseHours", "max", ["no-severity-levels"], "hour"),
  // availability-sla: the monthly level (a floor).
  availabilityPercent: numeric("minAvailabilityPercent", "min", ["availability-low"], "percent"),
  // performance: page load and query time.
  pageLoadSeconds: numeric("maxPageLoadSeconds", "max", ["no-performance-commitment"], "second"),
  querySeconds: numeric("maxQuerySeconds", "max", ["no-performance-commitment"], "second"),
  // maintenance: the rule reads months, the playbook states years.
  freeMaintenanceMonths: numeric(
    "minFreeMaintenanceYears",
    "min",
    ["maintenance-short"],
    "month",
    "year"
  ),
  // data-export: days the data stays available after termination.
  retentionDays: numeric("minRetentionDaysAfterTermination", "min", ["early-deletion"]),
  // confidentiality: years the duty survives termination.
  survivalYears: numeric("minSurvivalYears", "min", ["short-duty"], "year"),
  // termination-exit: early termination fee as a share of the remaining fees.
  terminationFeePercent: numeric("maxTerminationFeePercent", "max", ["exit-fee-high"], "percent"),
  // liability-cap: the cap in months of fees (a floor).
  capMonths: numeric("minCapMonthsOfFees", "min", ["cap-too-low"], "month"),
};

/** Days per unit, to compare a value with a position in another unit (percent and count: 1). */
const DAYS_PER: Record<NumberUnit, number> = {
  second: 1 / 86400,
  hour: 1 / 24,
  day: 1,
  "business-day": 1,
  month: 365 / 12,
  year: 365,
  percent: 1,
  count: 1,
};

export function convert(value: number, from: NumberUnit, to: NumberUnit): number {
  return (value * DAYS_PER[from]) / DAYS_PER[to];
}

/** Does `value` (in `unit`) break the playbook's number (in the position's unit)? */
export function breaks(spec: NumericPosition, value: number, limit: number): boolean {
  const inPositionUnit = convert(value, spec.valueUnit, spec.positionUnit);
  const slack = 1e-9 * Math.max(1, Math.abs(limit));
  return spec.bound === "max" ? inPositionUnit > limit + slack : inPositionUnit < limit - slack;
}
