/**
 * Copies text to the clipboard: the next best thing where Word cannot make a tracked change from an
 * add-in (WordApi 1.4 missing, or a read-only document) — the user pastes it with Track Changes on.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useT } from "../PaneContext";

export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [copied, setCopied] = React.useState(false);
  return (
    <Button
      size="small"
      onClick={(e) => {
        e.stopPropagation();
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false)
        );
      }}
    >
      {copied ? t("copied") : t("copySuggestion")}
    </Button>
  );
}
