/**
 * The pane's language: Office's display language unless the user chose one in the pane. The choice
 * is remembered in localStorage (per add-in origin, on this computer); storage that is unavailable
 * (blocked, private mode) just means the choice lasts until the pane closes.
 */
import * as React from "react";
import { uiLanguageFor, type UiLanguage } from "../i18n";

export type LanguagePreference = "auto" | UiLanguage;

export const LANGUAGE_STORAGE_KEY = "contractClauseReview.uiLanguage";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readLanguagePreference(): LanguagePreference {
  try {
    const value = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    return value === "en-US" || value === "zh-CN" ? value : "auto";
  } catch {
    return "auto";
  }
}

export function writeLanguagePreference(preference: LanguagePreference): void {
  try {
    if (preference === "auto") storage()?.removeItem(LANGUAGE_STORAGE_KEY);
    else storage()?.setItem(LANGUAGE_STORAGE_KEY, preference);
  } catch {
    // Not remembered; the choice still applies now.
  }
}

/** The language the pane speaks: the user's choice, or Office's (any Chinese → zh-CN). */
export function resolveUiLanguage(
  preference: LanguagePreference,
  officeLanguage: string | undefined
): UiLanguage {
  return preference === "auto" ? uiLanguageFor(officeLanguage) : preference;
}

export function useLanguagePreference(): [LanguagePreference, (p: LanguagePreference) => void] {
  const [preference, setPreference] = React.useState<LanguagePreference>(readLanguagePreference);
  const choose = React.useCallback((p: LanguagePreference) => {
    writeLanguagePreference(p);
    setPreference(p);
  }, []);
  return [preference, choose];
}
