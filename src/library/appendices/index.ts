/** The two appendices (APPENDICES.md) as data: default forms, validation, rendering, tags. */
export { defaultScopeForm, defaultSlaForm } from "./defaults";
export { validateAppendix } from "./validate";
export { fieldErrorMessage, FIELD_ERROR_CODES } from "./fieldMessages";
export { renderAppendix } from "./render";
export { appendixHeading, appendixName } from "./heading";
export { APPENDIX_TAGS, appendixForTopic } from "./tags";
export { newRowId } from "./rowIds";
export type * from "./types";
