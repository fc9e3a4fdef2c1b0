/** The pane's store over the in-memory Word, and a render of pane components inside its providers. */
import * as React from "react";
import { act, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore } from "../../src/state";
import { PaneProvider } from "../../src/taskpane/PaneContext";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

/** Builds the store over `lines`, reviews them, and renders `ui` for the UI language. */
export async function renderReviewed(
  lines: string[],
  ui: (uiLanguage: "zh" | "en") => React.ReactElement,
  language: UiLanguage = "en-US"
) {
  const doc = FakeDocument.fromParagraphs(lines);
  const fake = createFakeWord(doc, { apiVersion: "1.4" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.4",
    displayLanguage: language,
  });
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  await act(() => store.getState().runReview());
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ store, t: translator(language) }}>
        {ui(language === "zh-CN" ? "zh" : "en")}
      </PaneProvider>
    </FluentProvider>
  );
  return { doc, host, store };
}
