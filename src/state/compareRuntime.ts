/**
 * What comparing drafts needs beyond the store — the alignment engine, the summary fragment and the
 * HTML report — loaded on the first comparison (its own chunk in the pane's build: most reviews
 * never compare, and the pane starts faster without it).
 */
export { compare, compareWithStandard } from "../engine/compare";
export { comparisonFragment } from "../library/compareFragment";
export { comparisonHtml } from "../library/compareHtml";
