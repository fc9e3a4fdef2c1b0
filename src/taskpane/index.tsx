/**
 * The composition root in Word: the Office.js host, the store and the pane. The workbench composes
 * the same store and components with its in-memory Word (src/workbench/index.tsx).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readDocx } from "../docx";
import { defaultPlaybook, libraryWording } from "../library";
import { translator, uiLanguageFor } from "../i18n";
import { createPaneStore } from "../state";
import { createOfficeHost, officeEnvironment } from "../word";
import { detectWordApi } from "../word/wordApiVersion";
import { App } from "./components/App";
import { PaneProvider } from "./PaneContext";

void Office.onReady(() => {
  const uiLanguage = uiLanguageFor(Office.context.displayLanguage);
  const host = createOfficeHost(Word, officeEnvironment(Office, detectWordApi(Office)));
  const store = createPaneStore({
    host,
    playbook: defaultPlaybook,
    wording: libraryWording,
    openDocument: readDocx,
  });
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ store, t: translator(uiLanguage) }}>
        <App uiLanguage={uiLanguage === "zh-CN" ? "zh" : "en"} />
      </PaneProvider>
    </FluentProvider>
  );
});
