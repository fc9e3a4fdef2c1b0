/** The engine's Wording port, served by the bundled messages and clause library. */
import type { Wording } from "../engine/topics";
import { clauseRenderer } from "./clauses";
import { messageRenderer } from "./messages";
import type { TopicWording } from "./topicWording";

/** Wording over some topics' modules (tests of one topic), or all bundled ones by default. */
export function wordingFrom(wordings?: TopicWording[]): Wording {
  return { message: messageRenderer(wordings), suggestion: clauseRenderer(wordings) };
}

export const libraryWording: Wording = wordingFrom();
