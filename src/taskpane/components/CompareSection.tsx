/**
 * "Compare with…": the comparison view wired to the store — the other draft is read here in the pane
 * (never uploaded); the HTML report is saved through the browser's download (downloadText).
 */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Language } from "../../engine/types";
import { downloadText, HTML } from "../downloadText";
import { usePane, useT } from "../PaneContext";
import { CompareView } from "./compare/CompareView";

export function CompareSection({ uiLanguage }: { uiLanguage: Language }) {
  const t = useT();
  const comparison = usePane((s) => s.comparison);
  const against = usePane((s) => s.compareAgainst);
  const comparing = usePane((s) => s.comparing);
  const busy = usePane((s) => s.busy);
  const compareError = usePane((s) => s.compareError);
  const can = usePane((s) => s.capabilities);
  const compareWithFile = usePane((s) => s.compareWithFile);
  const compareWithStandard = usePane((s) => s.compareWithStandard);
  const selectAlignment = usePane((s) => s.selectAlignment);
  const insertSummary = usePane((s) => s.insertComparisonSummary);
  const report = usePane((s) => s.comparisonReport);
  const wordCompare = usePane((s) => s.wordCompare);

  return (
    <>
      {compareError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("compareFailed", { detail: compareError })} {t("shell_next_compareFailed")}
          </MessageBarBody>
        </MessageBar>
      )}
      <CompareView
        comparison={comparison}
        against={against}
        uiLanguage={uiLanguage}
        busy={comparing || busy}
        blockedReason={null}
        onCompareFile={async (file) =>
          compareWithFile(file.name, new Uint8Array(await file.arrayBuffer()))
        }
        onCompareStandard={compareWithStandard}
        onSelect={selectAlignment}
        onInsertSummary={insertSummary}
        onExportHtml={() => {
          const html = report(uiLanguage);
          if (html)
            downloadText(uiLanguage === "zh" ? "比对报告.html" : "comparison.html", html, HTML);
        }}
        onWordCompare={can.wordCompare ? wordCompare : undefined}
      />
    </>
  );
}
