/**
 * The appendix panel's form state: the edited copy of the form, the raw text of number fields while the
 * user types (so a field can be cleared), which fields were touched, and whether an insert was attempted.
 * Errors are the library's validation plus its "not-a-number" for number fields whose text does not parse;
 * a field's error is shown once the field was touched or after an insert attempt.
 *
 * Paths are the library's ("credits.1.creditPercent"); touched state and raw text are kept by row id so
 * they follow a row when rows are moved or removed.
 */
import * as React from "react";
import type { AppendixForm, FieldError } from "../../../library/appendices/types";
import { fieldErrorMessage, validateAppendix } from "../../../library/appendices";
import type { Language } from "../../../engine/types";

/** The form's lists of rows, each row with a stable `id`. */
export const ROW_LISTS = ["features", "phases", "credits", "severities", "performance"] as const;
export type RowList = (typeof ROW_LISTS)[number];

type FieldState = { validationState: "error" | "none"; validationMessage?: string };

/** Raw text of a number field, located by row id when it belongs to a row. */
type RawNumber = { text: string; nullable: boolean; list?: RowList; rowId?: string; rest: string };

export type AppendixFormApi<F extends AppendixForm> = {
  form: F;
  /** Every problem, visible or not (the summary counts them all). */
  errors: FieldError[];
  /** Replaces the form after an edit of the field at `path` (which counts as touching it). */
  change(path: string, next: F): void;
  touch(path: string): void;
  /** Fluent Field props for the field at `path`: its error, if there is one and it is visible. */
  field(path: string): FieldState;
  /** Visible errors whose path is not one of a rendered field's (shown by the summary). */
  unplaced: string[];
  /** Text a number field shows: what the user typed, or the form's value. */
  numberText(path: string, value: number | null): string;
  /**
   * Records what the user typed into a number field. Returns the number to store, null for an empty
   * optional field, or undefined when the text is not a number (the form keeps its last number).
   */
  typeNumber(path: string, text: string, nullable: boolean): number | null | undefined;
  /** Marks an insert attempt: every error becomes visible. */
  attempt(): void;
  attempted: number;
  /** DOM id of a row's control (for moving focus after adding, moving or removing rows). */
  rowDomId(list: RowList, rowId: string, control: string): string;
  /** Focuses the element with this DOM id after the next render. */
  focusLater(domId: string): void;
};

function isRowList(name: string): name is RowList {
  return (ROW_LISTS as readonly string[]).includes(name);
}

function rowsOf(form: AppendixForm, list: RowList): { id: string }[] {
  const rows = (form as unknown as Record<string, unknown>)[list];
  return Array.isArray(rows) ? (rows as { id: string }[]) : [];
}

/** Splits a path into its row list, row index and the rest, when it points into a row. */
function splitRowPath(path: string): { list: RowList; index: number; rest: string } | null {
  const [list, index, ...rest] = path.split(".");
  if (!isRowList(list) || index === undefined || !/^\d+$/.test(index)) return null;
  return { list, index: Number(index), rest: rest.join(".") };
}

/** The stable key of a path: row fields by row id rather than index. */
export function keyOf(form: AppendixForm, path: string): string {
  const parts = splitRowPath(path);
  if (!parts) return path;
  const row = rowsOf(form, parts.list)[parts.index];
  return row ? JSON.stringify([parts.list, row.id, parts.rest]) : path;
}

/** Every path the panel renders a field for (list paths included, for list-level errors). */
export function fieldPaths(form: AppendixForm): Set<string> {
  const paths = ["number", ...ROW_LISTS.filter((list) => list in form)];
  const rows = (list: RowList, fields: string[]) =>
    rowsOf(form, list).forEach((_, i) => paths.push(...fields.map((f) => `${list}.${i}.${f}`)));
  if (form.kind === "scope") {
    paths.push("currency");
    rows("features", ["selected", "module", "feature", "included", "extraFee", "phase"]);
    rows("phases", ["phase", "deliverables", "plannedDate", "acceptance"]);
  } else {
    paths.push(
      "availability",
      "maintenance",
      "maintenance.hoursPerMonth",
      "maintenance.noticeHours",
      "maintenance.outsideBusinessHours",
      "terminationAfterMonths",
      "p1Hours",
      "monthlyReport"
    );
    rows("credits", ["below", "creditPercent"]);
    rows("severities", [
      "level",
      "definition",
      "responseHours",
      "resolution",
      "resolution.value",
      "resolution.unit",
    ]);
    rows("performance", ["metric", "target", "unit", "conditions"]);
  }
  return new Set(paths);
}

/** A number from what was typed: null when empty, undefined when not a number. */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

export function useAppendixForm<F extends AppendixForm>(
  initial: F,
  uiLanguage: Language
): AppendixFormApi<F> {
  const domBase = React.useId();
  const [form, setForm] = React.useState<F>(initial);
  const [raw, setRaw] = React.useState<Record<string, RawNumber>>({});
  const [touched, setTouched] = React.useState<Record<string, true>>({});
  const [attempted, setAttempted] = React.useState(0);
  const pendingFocus = React.useRef<string | null>(null);

  React.useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const errors = React.useMemo(() => {
    // Number fields whose text does not parse: the form still holds the last number typed.
    const notNumbers: FieldError[] = [];
    for (const entry of Object.values(raw)) {
      const parsed = parseNumber(entry.text);
      if (parsed !== undefined && (parsed !== null || entry.nullable)) continue;
      if (entry.list && entry.rowId !== undefined) {
        const index = rowsOf(form, entry.list).findIndex((row) => row.id === entry.rowId);
        if (index >= 0)
          notNumbers.push({ path: `${entry.list}.${index}.${entry.rest}`, code: "not-a-number" });
      } else {
        notNumbers.push({ path: entry.rest, code: "not-a-number" });
      }
    }
    const shadowed = new Set(notNumbers.map((e) => e.path));
    return [...notNumbers, ...validateAppendix(form).filter((e) => !shadowed.has(e.path))];
  }, [form, raw]);

  const message = (error: FieldError) => fieldErrorMessage(error, uiLanguage);

  const isVisible = (path: string) => {
    if (attempted > 0 || touched[keyOf(form, path)]) return true;
    // A list-level error ("credits") shows once any of its rows was touched.
    if (isRowList(path)) {
      return Object.keys(touched).some((key) => key === path || key.startsWith(`["${path}",`));
    }
    return false;
  };

  const known = fieldPaths(form);

  const touchKey = (key: string) =>
    setTouched((current) => (current[key] ? current : { ...current, [key]: true }));

  return {
    form,
    errors,
    change(path, next) {
      // The key is taken from the new form: a row added or moved is found where it now is.
      touchKey(keyOf(next, path));
      setForm(next);
    },
    touch(path) {
      touchKey(keyOf(form, path));
    },
    field(path) {
      const error = errors.find((e) => e.path === path);
      return error && isVisible(path)
        ? { validationState: "error", validationMessage: message(error) }
        : { validationState: "none" };
    },
    unplaced: errors.filter((e) => !known.has(e.path) && isVisible(e.path)).map((e) => message(e)),
    numberText(path, value) {
      const typed = raw[keyOf(form, path)];
      const shown = value === null ? "" : String(value);
      if (!typed) return shown;
      // What the user typed, unless the value was changed since by something else (e.g. the extra
      // fee emptied when a feature becomes included).
      const parsed = parseNumber(typed.text);
      return parsed === value || parsed === undefined || (parsed === null && !typed.nullable)
        ? typed.text
        : shown;
    },
    typeNumber(path, text, nullable) {
      const key = keyOf(form, path);
      const parts = splitRowPath(path);
      const rowId = parts ? rowsOf(form, parts.list)[parts.index]?.id : undefined;
      const entry: RawNumber =
        parts && rowId !== undefined
          ? { text, nullable, list: parts.list, rowId, rest: parts.rest }
          : { text, nullable, rest: path };
      setRaw((current) => ({ ...current, [key]: entry }));
      touchKey(key);
      const parsed = parseNumber(text);
      return parsed === null && !nullable ? undefined : parsed;
    },
    attempt() {
      setAttempted((n) => n + 1);
    },
    attempted,
    rowDomId(list, rowId, control) {
      return `${domBase}-${list}-${rowId}-${control}`;
    },
    focusLater(domId) {
      pendingFocus.current = domId;
    },
  };
}
