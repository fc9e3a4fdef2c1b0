/** Comparing drafts: clause alignment, word diffs and the per-topic risk delta. */
export { compare } from "./compare";
export { compareWithStandard, standardDraft } from "./standard";
export { similarity, similarityTokens } from "./similarity";
export type * from "./types";
