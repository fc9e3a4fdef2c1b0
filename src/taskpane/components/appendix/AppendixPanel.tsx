/**
 * The appendix form (functional scope or SLA): every number a field, a live preview of the appendix as it
 * will be inserted, and "Insert at cursor" / "Insert at end of document". Props-driven: it keeps its own
 * edited copy of `initial` (remount it with a new `key` to start over) and never reads the store.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { DocumentFragment } from "../../../engine/fragment";
import type { Language } from "../../../engine/types";
import { renderAppendix } from "../../../library/appendices";
import type { AppendixForm, ScopeForm, SlaForm } from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import { AppendixPreview } from "./AppendixPreview";
import { NumberField } from "./NumberField";
import { ScopeFields } from "./ScopeFields";
import { SlaFields } from "./SlaFields";
import { useAppendixForm, type AppendixFormApi } from "./useAppendixForm";

export type InsertWhere = "cursor" | "end";

export type AppendixPanelProps = {
  kind: "scope" | "sla";
  /** The form to start from (defaults or prefilled from the playbook); the panel keeps its own edited copy. */
  initial: ScopeForm | SlaForm;
  documentLanguage: Language;
  uiLanguage: Language;
  /** Why inserting is impossible now (read-only document…), or null. */
  insertBlockedReason: string | null;
  busy: boolean;
  /** Insert (or replace, after the user confirmed) the rendered appendix. */
  onInsert(
    fragment: DocumentFragment,
    where: InsertWhere,
    language: Language
  ): void | Promise<void>;
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  problems: { color: tokens.colorPaletteRedForeground1 },
  unplaced: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  help: { color: tokens.colorNeutralForeground3 },
  // Plain text rather than a MessageBar, as in the clause library.
  blocked: { color: tokens.colorStatusWarningForeground3 },
});

type Rendered = { fragment: DocumentFragment; failure: null } | { fragment: null; failure: string };

export function AppendixPanel({
  kind,
  initial,
  documentLanguage,
  uiLanguage,
  insertBlockedReason,
  busy,
  onInsert,
}: AppendixPanelProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("appendix-heading");
  const problemsId = useId("appendix-problems");
  const helpId = useId("appendix-help");
  const reasonId = useId("appendix-blocked");
  const rootRef = React.useRef<HTMLElement>(null);

  const api = useAppendixForm<AppendixForm>(initial, uiLanguage);
  const form = api.form;
  // Follows the document's language until the user picks one.
  const [chosenLanguage, setChosenLanguage] = React.useState<Language | null>(null);
  const language = chosenLanguage ?? documentLanguage;
  const [inserting, setInserting] = React.useState<InsertWhere | null>(null);

  const rendered = React.useMemo<Rendered>(() => {
    try {
      return { fragment: renderAppendix(form, language), failure: null };
    } catch (e) {
      return { fragment: null, failure: e instanceof Error ? e.message : String(e) };
    }
  }, [form, language]);

  // After an insert attempt with problems, take the user to the first one.
  React.useEffect(() => {
    if (api.attempted === 0) return;
    rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [api.attempted]);

  const problems = api.errors.length;
  const blocked = insertBlockedReason !== null;
  const canInsert =
    problems === 0 && rendered.fragment !== null && !blocked && !busy && inserting === null;

  async function insert(where: InsertWhere) {
    if (!canInsert || !rendered.fragment) return;
    setInserting(where);
    try {
      await onInsert(rendered.fragment, where, language);
    } finally {
      setInserting(null);
    }
  }

  const describedBy = [problems > 0 && problemsId, blocked && reasonId, helpId]
    .filter(Boolean)
    .join(" ");
  const insertButton = (where: InsertWhere, label: string) => (
    <Button
      appearance={where === "cursor" ? "primary" : "secondary"}
      // Focusable while disabled: the reason stays reachable, and focus is not lost while busy.
      disabledFocusable={!canInsert}
      aria-describedby={describedBy}
      // Capture runs even when the disabled button swallows the click: an attempt reveals every problem.
      onClickCapture={() => problems > 0 && api.attempt()}
      onClick={() => void insert(where)}
    >
      {inserting === where ? t("appendix_inserting") : label}
    </Button>
  );

  return (
    <section ref={rootRef} className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {kind === "scope" ? t("appendix_scopeHeading") : t("appendix_slaHeading")}
      </Subtitle2>
      <NumberField
        api={api}
        path="number"
        label={t("appendix_number")}
        hint={t("appendix_numberHint")}
        value={form.number}
        min={1}
        step={1}
        onValue={(number) => number !== null && api.change("number", { ...form, number })}
      />
      <Field label={t("appendix_language")} hint={t("appendix_languageHint")}>
        <RadioGroup
          layout="horizontal"
          value={language}
          onChange={(_, data) => setChosenLanguage(data.value as Language)}
        >
          <Radio value="zh" label={t("appendix_languageZh")} />
          <Radio value="en" label={t("appendix_languageEn")} />
        </RadioGroup>
      </Field>

      {form.kind === "scope" ? (
        // The api is the panel's, over either form; here the form is known to be the scope form.
        <ScopeFields api={api as unknown as AppendixFormApi<ScopeForm>} />
      ) : (
        <SlaFields api={api as unknown as AppendixFormApi<SlaForm>} />
      )}

      <AppendixPreview
        fragment={rendered.fragment}
        failure={rendered.failure}
        language={language}
      />

      <div className={styles.actions}>
        <Body1 id={problemsId} className={styles.problems} aria-live="polite" aria-atomic="true">
          {problems === 0
            ? ""
            : problems === 1
              ? t("appendix_problemsOne")
              : t("appendix_problems", { count: problems })}
        </Body1>
        {api.unplaced.length > 0 && (
          <ul className={styles.unplaced}>
            {api.unplaced.map((message, i) => (
              <li key={i}>
                <Caption1 className={styles.problems}>{message}</Caption1>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.buttons}>
          {insertButton("cursor", t("appendix_insertCursor"))}
          {insertButton("end", t("appendix_insertEnd"))}
        </div>
        <Caption1 id={helpId} className={styles.help}>
          {t("appendix_insertHelp")}
        </Caption1>
        {blocked && (
          <Body1 id={reasonId} className={styles.blocked}>
            {insertBlockedReason}
          </Body1>
        )}
      </div>
    </section>
  );
}
