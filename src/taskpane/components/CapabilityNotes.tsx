/** What this Word client or document cannot do, said once at the top of the pane, with the way round it. */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePane, useT } from "../PaneContext";

export function CapabilityNotes() {
  const t = useT();
  const can = usePane((s) => s.capabilities);
  const notes: Array<{
    key: "capability_readOnly" | "capability_noTracking" | "capability_temporaryHighlight";
    intent: "warning" | "info";
  }> = [];
  if (can.readOnly) notes.push({ key: "capability_readOnly", intent: "warning" });
  else if (!can.trackChanges) notes.push({ key: "capability_noTracking", intent: "warning" });
  if (can.temporaryHighlight) notes.push({ key: "capability_temporaryHighlight", intent: "info" });
  return (
    <>
      {notes.map((note) => (
        <MessageBar key={note.key} intent={note.intent}>
          <MessageBarBody>{t(note.key)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
