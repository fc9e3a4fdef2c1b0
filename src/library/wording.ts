/** The engine's Wording port, served by the bundled messages and clause library. */
import type { Wording } from "../engine/topics";
import { renderClause } from "./clauses";
import { renderMessage } from "./messages";

export const libraryWording: Wording = {
  message: renderMessage,
  suggestion: renderClause,
};
