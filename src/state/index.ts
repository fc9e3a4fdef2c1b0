export { createPaneStore, type PaneState, type PaneStore, type Dependencies } from "./store";
export { findingsOf, type ErrorKey, type ReviewStatus } from "./reviewSlice";
export { visibleFindings, type DoneKind, type Notice } from "./editSlice";
export { dismissalKey } from "./dismissals";
