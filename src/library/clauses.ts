/**
 * The clause library: the buyer's standard wording per topic, in Chinese and English, with the
 * playbook's numbers filled in ({placeholder} = a position key of that topic).
 */
import type { Language, PlaybookTopic } from "../engine/types";
import { topicWordings } from "./topics";
import type { TopicWording } from "./topicWording";

export type StandardClause = { topic: string; zh: string; en: string };

export const standardClauses: StandardClause[] = topicWordings.map((w) => ({
  topic: w.topic,
  ...w.clause,
}));

/** A clause renderer over the given topics' wording (all bundled topics by default). */
export function clauseRenderer(wordings: TopicWording[] = topicWordings) {
  const byTopic = new Map(wordings.map((w) => [w.topic, w.clause]));
  return (topic: PlaybookTopic, language: Language): string | null => {
    const clause = byTopic.get(topic.id);
    if (!clause) return null;
    return clause[language].replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = topic.position[key];
      return value === undefined ? whole : Array.isArray(value) ? value.join(", ") : String(value);
    });
  };
}

export const renderClause = clauseRenderer();
