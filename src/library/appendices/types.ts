/**
 * The two appendices' forms (../shared/design/APPENDICES.md): what the user fills in the task pane,
 * as plain data. Every number is a field; the inserted text states the numbers chosen.
 */
import type { Language } from "../../engine/types";

export type AppendixKind = "scope" | "sla";

// ---- A. Functional Scope Appendix · 附件一：功能清单 ----

export type FeatureRow = {
  /** Stable row id (for React keys and reordering). */
  id: string;
  /** Ticked rows go into the appendix; unticked ones stay in the form only. */
  selected: boolean;
  module: string;
  feature: string;
  /** Included in the fees, or available at extra cost. */
  included: boolean;
  /** The extra fee, in the contract currency, when not included (null = none stated). */
  extraFee: number | null;
  /** Delivery phase the feature goes live in (one of the schedule's phases, by name). */
  phase: string;
};

export type PhaseRow = {
  id: string;
  phase: string;
  deliverables: string;
  /** Planned date, ISO yyyy-mm-dd, or "" when not yet agreed. */
  plannedDate: string;
  acceptance: string;
};

export type ScopeForm = {
  kind: "scope";
  /** Appendix number in the contract ("1" → 附件一 / Appendix 1). */
  number: number;
  /** Currency of extra fees, e.g. "CNY", "USD". */
  currency: string;
  features: FeatureRow[];
  phases: PhaseRow[];
};

// ---- B. Service Level Appendix · 附件二：服务等级协议（SLA） ----

export type CreditTier = {
  id: string;
  /** Monthly availability below this percentage … */
  below: number;
  /** … credits this percentage of that month's fees. */
  creditPercent: number;
};

export type SeverityLevel = {
  id: string;
  /** "P1", "P2", "P3". */
  level: string;
  definition: string;
  responseHours: number;
  /** Resolution or workaround target. */
  resolution: { value: number; unit: "hours" | "business-days" };
};

export type PerformanceMetric = {
  id: string;
  metric: string;
  /** Target, at most `target` `unit`. */
  target: number;
  unit: "seconds" | "minutes";
  conditions: string;
};

export type SlaForm = {
  kind: "sla";
  number: number;
  /** Monthly availability target, percent (90–100). */
  availability: number;
  maintenance: {
    /** Scheduled maintenance at most this many hours a month … */
    hoursPerMonth: number;
    /** … announced this many hours ahead … */
    noticeHours: number;
    /** … outside business hours. */
    outsideBusinessHours: boolean;
  };
  /** Credit tiers, from the highest threshold down: below 99.9 → 10 %, below 99.5 → 25 %, … */
  credits: CreditTier[];
  /** Consecutive months below target that let the customer terminate without fee. */
  terminationAfterMonths: number;
  severities: SeverityLevel[];
  /** Hours of support for P1 ("7×24"), as text. */
  p1Hours: string;
  performance: PerformanceMetric[];
  /** Monthly service report, customer may audit. */
  monthlyReport: boolean;
};

export type AppendixForm = ScopeForm | SlaForm;

/** What is wrong with a field; fieldErrorMessage words each code in both languages. */
export type FieldErrorCode =
  | "not-a-number"
  | "not-an-integer"
  | "required"
  | "duplicate"
  | "appendix-number-range"
  | "availability-range"
  | "maintenance-hours-range"
  | "notice-hours-negative"
  | "termination-months-min"
  | "credits-required"
  | "credit-threshold-range"
  | "credit-threshold-above-target"
  | "credit-threshold-order"
  | "credit-percent-range"
  | "credit-percent-order"
  | "severities-required"
  | "time-not-positive"
  | "response-after-resolution"
  | "p1-not-fastest"
  | "metrics-required"
  | "features-required"
  | "phases-required"
  | "fee-negative"
  | "fee-missing"
  | "fee-when-included"
  | "phase-unknown"
  | "date-invalid"
  | "date-order";

/** A problem with one field, shown beside it: `path` like "availability", "credits.1.creditPercent". */
export type FieldError = {
  path: string;
  code: FieldErrorCode;
  params?: Record<string, string | number>;
};

export type AppendixLanguage = Language;
