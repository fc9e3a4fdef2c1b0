/**
 * The composition root in Word: the Office.js host, the store and the pane. The workbench composes
 * the same store and components with its in-memory Word (src/workbench/index.tsx).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { libraryWording } from "../library";
import {
  basePlaybook,
  FIRM_PLAYBOOK_FILE,
  loadFirmPlaybook,
  personalOverridesAllowed,
} from "../library/firmPlaybook";
import { translator, uiLanguageFor } from "../i18n";
import { browserStorage, createPaneStore } from "../state";
import { createOfficeHost, officeEnvironment } from "../word";
import { detectWordApi } from "../word/wordApiVersion";
import { App } from "./components/App";
import { PaneProvider } from "./PaneContext";
import { loadTheme, themeNameFor, type ThemeName } from "./theme";

const FORCED_COLORS = "(forced-colors: active)";

/** Office's theme now: its colours, and Windows high contrast (forced colours in the web view). */
function officeThemeName(): ThemeName {
  return themeNameFor(Office.context.officeTheme, matchMedia(FORCED_COLORS).matches);
}

/**
 * The pane in Office's theme, following it when it changes: high contrast switched on or off
 * (a media query event), and Office's theme where the host reports the change.
 */
function Themed({ initial, children }: { initial: Theme; children: React.ReactNode }) {
  const [theme, setTheme] = React.useState<Theme>(initial);
  React.useEffect(() => {
    const update = () => void loadTheme(officeThemeName()).then(setTheme);
    const query = matchMedia(FORCED_COLORS);
    query.addEventListener("change", update);
    try {
      // Not every host raises it; where it is unsupported the callback reports a failure, harmlessly.
      Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, update);
    } catch {
      // Older Office.js: the theme is read once, at start.
    }
    return () => query.removeEventListener("change", update);
  }, []);
  // The page behind the pane in the theme's colour (no white band under a short dark pane).
  React.useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.margin = "0";
  }, [theme]);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}

void Office.onReady(async () => {
  const uiLanguage = uiLanguageFor(Office.context.displayLanguage);
  const host = createOfficeHost(Word, officeEnvironment(Office, detectWordApi(Office)));
  // The firm's playbook.json beside the deployed pane, from our own origin (docs/admin.md).
  const firm = await loadFirmPlaybook(fetchFirmPlaybook);
  const store = createPaneStore({
    host,
    playbook: basePlaybook(firm),
    firm,
    wording: libraryWording,
    // The .docx reader (XML parser and unzip) is loaded when a draft is first compared, not at start.
    openDocument: (bytes, name) =>
      import(/* webpackChunkName: "docx" */ "../docx").then((docx) => docx.readDocx(bytes, name)),
    storage: personalOverridesAllowed(firm) ? browserStorage() : undefined,
    partitionKey: Office.context.partitionKey,
  });
  const theme = await loadTheme(officeThemeName());
  createRoot(document.getElementById("container")!).render(
    <Themed initial={theme}>
      <PaneProvider value={{ store, t: translator(uiLanguage) }}>
        <App uiLanguage={uiLanguage === "zh-CN" ? "zh" : "en"} setDocumentLanguage />
      </PaneProvider>
    </Themed>
  );
});

/** playbook.json next to taskpane.html; null when the firm ships none (404). */
async function fetchFirmPlaybook(): Promise<string | null> {
  const response = await fetch(FIRM_PLAYBOOK_FILE, { cache: "no-cache" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
