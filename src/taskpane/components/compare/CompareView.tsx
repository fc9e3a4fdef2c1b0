/**
 * The comparison view: compare the open document with another .docx (read in the browser) or with
 * our standard wording; then the risk delta (which playbook topics got worse, worst first), the
 * clause changes as compact redlines, and the summary actions. Props-driven: the caller owns the
 * comparison and what each action does.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Text,
  useId,
} from "@fluentui/react-components";
import {
  ArrowExportRegular,
  DocumentCheckmarkRegular,
  DocumentTableRegular,
  FolderOpenRegular,
} from "@fluentui/react-icons";
import type { Alignment, Comparison } from "../../../engine/compare/types";
import { useT } from "../../PaneContext";
import { ChangeList } from "./ChangeList";
import { RiskDelta } from "./RiskDelta";
import { WordCompare } from "./WordCompare";
import { useCompareStyles } from "./styles";

export type CompareViewProps = {
  comparison: Comparison | null;
  /** What the current document is compared with, for the heading: a file name, or null for "our standard wording". */
  against: string | null;
  uiLanguage: "zh" | "en";
  busy: boolean;
  /** Why comparing is impossible right now (e.g. no WordApi), or null. */
  blockedReason: string | null;
  /** The user picked a file (read in the browser — the bytes never leave the machine). */
  onCompareFile(file: File): void | Promise<void>;
  onCompareStandard(): void | Promise<void>;
  /** Select a clause of the open (new) document. */
  onSelect(alignment: Alignment): void | Promise<void>;
  /** Insert the summary as a table at the end of the document / export it as HTML. */
  onInsertSummary(): void | Promise<void>;
  onExportHtml(): void | Promise<void>;
  /** Shown only when set (Word desktop with WordApiDesktop 1.1): Word's own compare, given a path. */
  onWordCompare?: (path: string) => void | Promise<void>;
};

/** What the spinner says: the last action started here (busy may also come from elsewhere). */
type Activity = "compare" | "insert" | "export";
const ACTIVITY_LABEL = {
  compare: "compare_comparing",
  insert: "compare_inserting",
  export: "compare_exporting",
} as const;

const DOCX_TYPES = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function CompareView({
  comparison,
  against,
  uiLanguage,
  busy,
  blockedReason,
  onCompareFile,
  onCompareStandard,
  onSelect,
  onInsertSummary,
  onExportHtml,
  onWordCompare,
}: CompareViewProps) {
  const t = useT();
  const shared = useCompareStyles();
  const headingId = useId("compare-heading");
  const resultId = useId("compare-result");
  const reasonId = useId("compare-blocked");
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [activity, setActivity] = React.useState<Activity>("compare");
  const blocked = blockedReason !== null;
  const start = (kind: Activity, action: () => void | Promise<void>) => {
    setActivity(kind);
    void action();
  };

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("compare_heading")}
      </Subtitle2>
      {!comparison && <Caption1 className={shared.hint}>{t("compare_intro")}</Caption1>}
      <div className={shared.buttons}>
        <Button
          icon={<FolderOpenRegular />}
          disabledFocusable={busy || blocked}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => fileInput.current?.click()}
        >
          {t("compare_withFile")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={DOCX_TYPES}
          hidden
          aria-label={t("compare_fileInput")}
          disabled={busy || blocked}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after editing it) compares again.
            e.target.value = "";
            if (file) start("compare", () => onCompareFile(file));
          }}
        />
        <Button
          icon={<DocumentCheckmarkRegular />}
          disabledFocusable={busy || blocked}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => start("compare", onCompareStandard)}
        >
          {t("compare_withStandard")}
        </Button>
      </div>
      <div aria-live="polite">
        {busy && (
          <Spinner
            className={shared.spinner}
            size="tiny"
            labelPosition="after"
            label={t(ACTIVITY_LABEL[activity])}
          />
        )}
      </div>
      {blocked && (
        <Body1 id={reasonId} className={shared.blocked}>
          {blockedReason}
        </Body1>
      )}
      {comparison && (
        <section className={shared.section} aria-labelledby={resultId}>
          <Text as="h3" weight="semibold" id={resultId}>
            {against === null
              ? t("compare_againstStandard")
              : t("compare_againstFile", { name: against })}
          </Text>
          <RiskDelta comparison={comparison} uiLanguage={uiLanguage} onSelect={onSelect} />
          <ChangeList comparison={comparison} uiLanguage={uiLanguage} onSelect={onSelect} />
          <div className={shared.buttons} role="group" aria-label={t("compare_actions")}>
            <Button
              appearance="primary"
              icon={<DocumentTableRegular />}
              disabledFocusable={busy}
              onClick={() => start("insert", onInsertSummary)}
            >
              {t("compare_insertSummary")}
            </Button>
            <Button
              icon={<ArrowExportRegular />}
              disabledFocusable={busy}
              onClick={() => start("export", onExportHtml)}
            >
              {t("compare_exportHtml")}
            </Button>
          </div>
        </section>
      )}
      {onWordCompare && (
        <WordCompare busy={busy} blockedReason={blockedReason} onWordCompare={onWordCompare} />
      )}
    </section>
  );
}
