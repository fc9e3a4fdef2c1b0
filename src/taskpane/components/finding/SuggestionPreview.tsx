/**
 * The suggested wording as the change it makes: the changed paragraph's words struck and inserted
 * (the same minimal redline "Apply suggestion" writes), a new clause as inserted text, or — when no
 * change can be planned (stale clause) — the suggestion's full text.
 */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Language } from "../../../engine/types";
import { redlinePreview } from "../../../state";
import { usePane } from "../../PaneContext";
import { Redline } from "../compare/Redline";
import { compactDiff, type RedlinePiece } from "../compare/compactDiff";

const useStyles = makeStyles({
  text: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export function SuggestionPreview({
  finding,
  documentLanguage,
  uiLanguage,
}: {
  finding: Finding;
  documentLanguage: Language;
  uiLanguage: "zh" | "en";
}) {
  const styles = useStyles();
  const snapshot = usePane((s) => s.snapshot);
  // Planning reads the clause again: once per finding and snapshot, not on every render.
  const preview = React.useMemo(() => redlinePreview(snapshot, finding), [snapshot, finding]);
  if (!preview) return <Caption1 className={styles.text}>{finding.suggestion}</Caption1>;
  const pieces: RedlinePiece[][] = [
    ...preview.changes.map((change) => compactDiff(change.ops)),
    ...preview.inserted.map((text): RedlinePiece[] => [{ kind: "insert", text }]),
  ];
  return (
    <div className={styles.text}>
      {pieces.map((p, i) => (
        <Redline key={i} pieces={p} language={documentLanguage} uiLanguage={uiLanguage} />
      ))}
    </div>
  );
}
