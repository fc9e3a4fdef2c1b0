/**
 * The appendices: open the Functional Scope or SLA form (prefilled from the playbook), fill it in,
 * insert it; the question whether to replace one already in the document comes as a dialog.
 */
import * as React from "react";
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../engine/types";
import { usePane, useT } from "../PaneContext";
import { AppendixPanel } from "./appendix/AppendixPanel";
import { ReplaceAppendixDialog } from "./ReplaceAppendixDialog";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function AppendixSection({
  documentLanguage,
  uiLanguage,
  insertBlockedReason,
}: {
  documentLanguage: Language;
  uiLanguage: Language;
  insertBlockedReason: string | null;
}) {
  const t = useT();
  const styles = useStyles();
  const appendix = usePane((s) => s.appendix);
  const busy = usePane((s) => s.busy);
  const openAppendix = usePane((s) => s.openAppendix);
  const closeAppendix = usePane((s) => s.closeAppendix);
  const insertAppendix = usePane((s) => s.insertAppendix);
  const sectionRef = React.useRef<HTMLElement>(null);

  // Opened from a finding further up: bring the form into view.
  React.useEffect(() => {
    if (appendix) sectionRef.current?.scrollIntoView?.({ block: "start" });
  }, [appendix]);

  return (
    <section ref={sectionRef} aria-labelledby="appendices-heading" className={styles.section}>
      <Subtitle2 as="h2" id="appendices-heading">
        {t("appendicesHeading")}
      </Subtitle2>
      <div className={styles.buttons}>
        <Button
          aria-pressed={appendix?.kind === "scope"}
          onClick={() => openAppendix("scope", documentLanguage)}
        >
          {t("insertScopeAppendix")}
        </Button>
        <Button
          aria-pressed={appendix?.kind === "sla"}
          onClick={() => openAppendix("sla", documentLanguage)}
        >
          {t("insertSlaAppendix")}
        </Button>
        {appendix && (
          <Button appearance="subtle" onClick={closeAppendix}>
            {t("closeAppendix")}
          </Button>
        )}
      </div>
      {appendix && (
        <AppendixPanel
          // A new form (another kind, or reopened from a finding) starts from its own values.
          key={`${appendix.kind}:${JSON.stringify(appendix.initial).length}:${documentLanguage}`}
          kind={appendix.kind}
          initial={appendix.initial}
          documentLanguage={documentLanguage}
          uiLanguage={uiLanguage}
          insertBlockedReason={insertBlockedReason}
          busy={busy}
          onInsert={(fragment, where) => insertAppendix(fragment, where)}
        />
      )}
      <ReplaceAppendixDialog />
    </section>
  );
}
