/** The review engine's public surface. Pure: no Office, DOM, React or I/O. */
export { review } from "./review";
export { segment, type Clause } from "./segment";
export { detectLanguage } from "./language";
export { normalizeForMatch, textHash } from "./normalize";
export { findDurations, findPercentages } from "./numbers/quantities";
export type { Wording } from "./topics";
export type * from "./types";
export type * from "./snapshot";
export { findCounts } from "./numbers/counts";
export { findMoney } from "./numbers/money";
export { applyEdits, diffTokens, minimalEdits, type DiffOp, type Edit } from "./diff/wordDiff";
export {
  applyRedline,
  planFindingRedline,
  planTopicRedline,
  type ClauseInsertion,
  type ParagraphChange,
  type Redline,
  type RedlineStrategy,
} from "./redline";
export { fragmentParagraphs, type DocumentFragment, type FragmentBlock } from "./fragment";
export {
  compare,
  compareWithStandard,
  standardDraft,
  type Alignment,
  type AlignmentKind,
  type ClauseSide,
  type Comparison,
  type TopicDelta,
} from "./compare";
export { keyTerms, type KeyTerm, type KeyTermId } from "./keyTerms";
