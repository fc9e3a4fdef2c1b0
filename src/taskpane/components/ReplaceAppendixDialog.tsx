/** "This document already has the appendix: replace it?" — the answer is the user's, never assumed. */
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
import { usePane, useT } from "../PaneContext";

export function ReplaceAppendixDialog() {
  const t = useT();
  const ask = usePane((s) => s.replaceAsk);
  const answer = usePane((s) => s.answerReplace);
  return (
    <Dialog
      open={ask !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) void answer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("replaceAppendixTitle")}</DialogTitle>
          <DialogContent>
            {t("replaceAppendixBody", { title: ask?.fragment.title ?? "" })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void answer(true)}>
              {t("replace")}
            </Button>
            <Button onClick={() => void answer(false)}>{t("keepExisting")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
