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
  DialogTrigger,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { usePane, useT } from "../../PaneContext";

export function RestoreDefaultsButton({ onRestored }: { onRestored(): void }) {
  const t = useT();
  const resetPlaybook = usePane((s) => s.resetPlaybook);
  const [open, setOpen] = React.useState(false);

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<ArrowResetRegular />}>{t("settings_restore")}</Button>
      </DialogTrigger>
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
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("settings_cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
