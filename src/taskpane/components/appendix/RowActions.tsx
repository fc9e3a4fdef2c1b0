/**
 * A row's buttons: move up, move down (optional) and remove, named after the row ("Move 'Lead management'
 * up"). Focus stays with the row after a move and goes to a neighbour (or the add button) after a remove.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import type { AppendixForm } from "../../../library/appendices/types";
import { useT } from "../../PaneContext";
import type { AppendixFormApi, RowList } from "./useAppendixForm";

export type RowActionsProps = {
  api: AppendixFormApi<AppendixForm>;
  list: RowList;
  /** The ids of the list's rows, in order. */
  rowIds: string[];
  index: number;
  /** The row's name in the buttons' accessible names. */
  name: string;
  /** DOM id of the list's add button (focused when the last row is removed). */
  addDomId: string;
  movable: boolean;
  onMove(to: number): void;
  onRemove(): void;
};

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end" },
});

export function RowActions({
  api,
  list,
  rowIds,
  index,
  name,
  addDomId,
  movable,
  onMove,
  onRemove,
}: RowActionsProps) {
  const t = useT();
  const styles = useStyles();
  const rowId = rowIds[index];
  const last = rowIds.length - 1;

  function move(to: number) {
    onMove(to);
    // Keep focus on the moved row: on the same button unless it is now disabled (row at an end).
    const control = to < index ? (to > 0 ? "up" : "down") : to < last ? "down" : "up";
    api.focusLater(api.rowDomId(list, rowId, control));
  }

  function remove() {
    onRemove();
    const neighbour = rowIds[index + 1] ?? rowIds[index - 1];
    api.focusLater(neighbour !== undefined ? api.rowDomId(list, neighbour, "remove") : addDomId);
  }

  return (
    <div className={styles.actions}>
      {movable && (
        <>
          <Button
            id={api.rowDomId(list, rowId, "up")}
            appearance="subtle"
            size="small"
            icon={<ArrowUpRegular />}
            aria-label={t("appendix_moveUp", { name })}
            title={t("appendix_moveUp", { name })}
            disabled={index === 0}
            onClick={() => move(index - 1)}
          />
          <Button
            id={api.rowDomId(list, rowId, "down")}
            appearance="subtle"
            size="small"
            icon={<ArrowDownRegular />}
            aria-label={t("appendix_moveDown", { name })}
            title={t("appendix_moveDown", { name })}
            disabled={index === last}
            onClick={() => move(index + 1)}
          />
        </>
      )}
      <Button
        id={api.rowDomId(list, rowId, "remove")}
        appearance="subtle"
        size="small"
        icon={<DeleteRegular />}
        aria-label={t("appendix_remove", { name })}
        title={t("appendix_remove", { name })}
        onClick={remove}
      />
    </div>
  );
}
