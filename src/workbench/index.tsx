/**
 * The composition root outside Word: the pane beside an in-memory document. URL parameters:
 * `sample=zh|en` opens a bundled draft, `review=auto` reviews it at once, `lang=zh-CN|en-US` sets the
 * pane's language (default: the browser's), `api=1.3|1.4|…|1.8` the WordApi version the in-memory Word
 * claims (default 1.7), `readonly=1` opens the document read-only, `theme=dark|hc` shows the pane in
 * Office's dark or high-contrast theme (default light).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { readDraft } from "../docx";
import type { DocumentSnapshot } from "../engine/snapshot";
import { uiLanguageFor } from "../i18n";
import { loadTheme, themeNameFromParam } from "../taskpane/theme";
import { samples } from "./samples";
import { openSession, type Session } from "./session";
import { Workbench } from "./Workbench";

const params = new URLSearchParams(location.search);
const uiLanguage = uiLanguageFor(params.get("lang") ?? navigator.language);

function Root() {
  const initial = samples.find((s) => s.id === params.get("sample")) ?? samples[0];
  const open = (snapshot: DocumentSnapshot) =>
    openSession(snapshot, uiLanguage, {
      apiVersion: /^1\.\d+$/.test(params.get("api") ?? "")
        ? (params.get("api") as `1.${number}`)
        : undefined,
      readOnly: params.get("readonly") === "1",
    });
  const [sampleId, setSampleId] = React.useState<string | null>(initial.id);
  const [session, setSession] = React.useState<Session>(() =>
    open(readDraft(initial.text, initial.file))
  );

  React.useEffect(() => {
    if (params.get("review") === "auto") void session.store.getState().runReview();
    // Only the first document is reviewed automatically.
  }, []);

  // The end-to-end tests read the sync counter and the model from here; nothing else uses it.
  (window as unknown as { workbench: unknown }).workbench = { session };

  return (
    <Workbench
      samples={samples}
      sampleId={sampleId}
      session={session}
      uiLanguage={uiLanguage}
      onOpenSample={(id) => {
        const sample = samples.find((s) => s.id === id)!;
        setSampleId(id);
        setSession(open(readDraft(sample.text, sample.file)));
      }}
      onOpenFile={(_, snapshot) => {
        setSampleId(null);
        setSession(open(snapshot));
      }}
    />
  );
}

void loadTheme(themeNameFromParam(params.get("theme"))).then((theme) => {
  // The page behind the workbench in the theme's colour.
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={theme} style={{ height: "100%" }}>
      <Root />
    </FluentProvider>
  );
});
