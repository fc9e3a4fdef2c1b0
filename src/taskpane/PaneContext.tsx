/** The store and the translator, handed to every component by the composition root. */
import * as React from "react";
import { useStore } from "zustand";
import type { Translate } from "../i18n";
import type { PaneState, PaneStore } from "../state";

export type PaneContextValue = { store: PaneStore; t: Translate };

const PaneContext = React.createContext<PaneContextValue | null>(null);

export const PaneProvider = PaneContext.Provider;

/** The store and translator as given by the composition root (the shell re-provides them in the chosen language). */
export function usePaneContext(): PaneContextValue {
  const value = React.useContext(PaneContext);
  if (!value) throw new Error("PaneProvider is missing above this component");
  return value;
}

export function usePane<T>(selector: (state: PaneState) => T): T {
  return useStore(usePaneContext().store, selector);
}

export function useT(): Translate {
  return usePaneContext().t;
}
