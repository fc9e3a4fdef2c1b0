/**
 * What this Word client or document cannot do, said once at the top of the pane, with the way round
 * it — and a firm playbook that could not be used (the bundled one is then in use).
 */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePane, useT } from "../PaneContext";

export function CapabilityNotes({ uiLanguage }: { uiLanguage?: "zh" | "en" }) {
  const t = useT();
  const can = usePane((s) => s.capabilities);
  const firm = usePane((s) => s.firm);
  const notes: Array<{
    key: "capability_readOnly" | "capability_noTracking" | "capability_temporaryHighlight";
    intent: "warning" | "info";
  }> = [];
  if (can.readOnly) notes.push({ key: "capability_readOnly", intent: "warning" });
  else if (!can.trackChanges) notes.push({ key: "capability_noTracking", intent: "warning" });
  if (can.temporaryHighlight) notes.push({ key: "capability_temporaryHighlight", intent: "info" });
  return (
    <>
      {firm.status === "rejected" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("firmPlaybookRejected", {
              problem: firm.problems
                .slice(0, 3)
                .map((p) => `${p.path ? `${p.path}: ` : ""}${p.message[uiLanguage ?? "en"]}`)
                .join(" · "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {notes.map((note) => (
        <MessageBar key={note.key} intent={note.intent}>
          <MessageBarBody>{t(note.key)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
