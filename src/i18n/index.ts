/** Chooses the UI language from Office's display language (overridable) and formats strings. */
import { en, zh, type StringKey } from "./strings";

export type UiLanguage = "en-US" | "zh-CN";
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** zh-CN for any Chinese display language (zh-CN, zh-TW, zh-HK), English otherwise. */
export function uiLanguageFor(displayLanguage: string | undefined): UiLanguage {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export function translator(language: UiLanguage): Translate {
  const table = language === "zh-CN" ? zh : en;
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole
    );
}

export { en, zh, type StringKey };
