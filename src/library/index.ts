export { defaultPlaybook } from "./defaultPlaybook";
export { libraryWording } from "./wording";
export { renderMessage } from "./messages";
export { renderClause, standardClauses, type StandardClause } from "./clauses";
