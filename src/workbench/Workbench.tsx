/** The workbench page: a toolbar to pick a draft, the document, and the real task pane beside it. */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { readDocx, readText, DocxError } from "../docx";
import { translator, type UiLanguage } from "../i18n";
import { App } from "../taskpane/components/App";
import { PaneProvider } from "../taskpane/PaneContext";
import { DocumentView } from "./DocumentView";
import type { Sample } from "./samples";
import type { Session } from "./session";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", height: "100%" },
  bar: {
    display: "flex",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: { display: "grid", gridTemplateColumns: "1fr 380px", minHeight: 0 },
  docPane: { overflow: "auto", backgroundColor: tokens.colorNeutralBackground3 },
  taskPane: { overflow: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type WorkbenchProps = {
  samples: Sample[];
  sampleId: string | null;
  session: Session;
  uiLanguage: UiLanguage;
  onOpenSample(id: string): void;
  onOpenFile(name: string, snapshot: import("../engine/snapshot").DocumentSnapshot): void;
};

export function Workbench({
  samples,
  sampleId,
  session,
  uiLanguage,
  onOpenSample,
  onOpenFile,
}: WorkbenchProps) {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = React.useState<string | null>(null);
  const t = React.useMemo(() => translator(uiLanguage), [uiLanguage]);
  const current = samples.find((s) => s.id === sampleId);

  async function openFile(file: File) {
    setFileError(null);
    try {
      // Read in the browser: the file is never uploaded anywhere.
      const snapshot = /\.txt$/i.test(file.name)
        ? readText(await file.text(), file.name)
        : readDocx(new Uint8Array(await file.arrayBuffer()), file.name);
      onOpenFile(file.name, snapshot);
    } catch (e) {
      setFileError(
        e instanceof DocxError ? e.message : `Could not open ${file.name}: ${String(e)}`
      );
    }
  }

  return (
    <div className={styles.root}>
      <div className={styles.bar} role="toolbar" aria-label="Workbench">
        <Text weight="semibold">Workbench</Text>
        <Field label="Sample vendor draft">
          <Dropdown
            aria-label="Sample vendor draft"
            value={current?.label ?? ""}
            selectedOptions={sampleId ? [sampleId] : []}
            placeholder="Choose a sample…"
            onOptionSelect={(_, data) => data.optionValue && onOpenSample(data.optionValue)}
          >
            {samples.map((s) => (
              <Option key={s.id} value={s.id}>
                {s.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          Open .docx…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.txt"
          hidden
          aria-label="Open a .docx file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = "";
          }}
        />
        {/* Word's Review tab, in the workbench: decide on the tracked changes the add-in made. */}
        <Button onClick={() => session.doc.acceptAll()}>Accept all changes</Button>
        <Button onClick={() => session.doc.rejectAll()}>Reject all changes</Button>
        {fileError && (
          <Caption1 role="alert" className={styles.error}>
            {fileError}
          </Caption1>
        )}
      </div>
      <div className={styles.body}>
        <div className={styles.docPane}>
          <DocumentView doc={session.doc} />
        </div>
        <aside className={styles.taskPane} aria-label="Task pane">
          <PaneProvider value={{ store: session.store, t }}>
            <App uiLanguage={uiLanguage === "zh-CN" ? "zh" : "en"} />
          </PaneProvider>
        </aside>
      </div>
    </div>
  );
}
