/**
 * How every action that writes to the document runs: one at a time (busy), earlier messages cleared,
 * a refusal or a failure turned into the pane's error bar. `onRefused` may take a refusal itself
 * (e.g. "exists", which asks the user) and return true.
 */
import type { Refusal } from "../word/documentHost";
import { messageOf } from "./reviewSlice";
import type { PaneState } from "./store";

export type Refused = { ok: false; reason: Refusal; detail?: string };

export async function runWrite<T extends { ok: true }>(
  set: (partial: Partial<PaneState>) => void,
  get: () => PaneState,
  run: () => Promise<T | Refused>,
  onDone: (result: T) => void,
  onRefused: (refusal: Refused) => boolean = () => false
): Promise<void> {
  if (get().busy) return;
  set({ busy: true, error: null, notice: null });
  try {
    const result = await run();
    if (result.ok) onDone(result);
    else if (!onRefused(result))
      set({ error: { key: `refused_${result.reason}`, detail: result.detail ?? "" } });
  } catch (e) {
    set({ error: { key: "writeFailed", detail: messageOf(e) } });
  } finally {
    set({ busy: false });
  }
}
