/** "Restore defaults", asked first: the user's changes are deleted, so the answer is theirs. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { usePane, useT } from "../../PaneContext";

export function RestoreDefaultsButton({ onRestored }: { onRestored(): void }) {
  const t = useT();
  const resetPlaybook = usePane((s) => s.resetPlaybook);
  const [open, setOpen] = React.useState(false);

  // The button only ever opens the dialog (a trigger would toggle it, and a quick second click while
  // the dialog is still closing would close it again).
  return (
    <>
      <Button icon={<ArrowResetRegular />} onClick={() => setOpen(true)}>
        {t("settings_restore")}
      </Button>
      <Dialog open={open} modalType="alert" onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("settings_restoreTitle")}</DialogTitle>
            <DialogContent>{t("settings_restoreBody")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  resetPlaybook();
                  setOpen(false);
                  onRestored();
                }}
              >
                {t("settings_restoreConfirm")}
              </Button>
              <Button onClick={() => setOpen(false)}>{t("settings_cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
