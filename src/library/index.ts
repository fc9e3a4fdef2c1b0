export { defaultPlaybook } from "./defaultPlaybook";
export { libraryWording, wordingFrom } from "./wording";
export { renderClause, standardClauses, type StandardClause } from "./clauses";
export type { TopicWording } from "./topicWording";
export * from "./appendices";
