/** The redline planner: minimal tracked changes for "Apply suggestion". */
export { applyRedline, planFindingRedline, planTopicRedline } from "./plan";
export { backMatterStart, insertionPoint } from "./insertionPoint";
export { changedWords, countWords, redlineEdits } from "./edits";
export type { ClauseInsertion, ParagraphChange, Redline, RedlineStrategy } from "./types";
