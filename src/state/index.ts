export { createPaneStore, type PaneState, type PaneStore, type Dependencies } from "./store";
export { findingsOf, type ErrorKey, type ReviewPhase, type ReviewStatus } from "./reviewSlice";
export { visibleFindings, type DoneKind, type Notice } from "./editSlice";
export { dismissalKey } from "./dismissals";
export {
  filteredFindings,
  topicPasses,
  type OverviewFilters,
  type OverviewSlice,
} from "./overviewSlice";
export {
  keyTermsOf,
  readVsPosition,
  redlinePreview,
  type ComparisonRow,
  type RedlinePreview,
} from "./findingDetails";
export {
  browserStorage,
  playbookStorageKey,
  type SettingsNotice,
  type SettingsStorage,
} from "./settingsSlice";
