export { createPaneStore, type PaneState, type PaneStore, type Dependencies } from "./store";
export { findingsOf, type ReviewStatus } from "./reviewSlice";
