/**
 * Why a finding matters, in Chinese and English, from its reason code and the numbers read. The
 * engine puts the document-language text in the report; the pane may render the user's language.
 */
import type { Language, Reason } from "../engine/types";
import { topicWordings } from "./topics";
import type { TopicWording } from "./topicWording";

/** A renderer over the given topics' wording (all bundled topics by default). */
export function messageRenderer(wordings: TopicWording[] = topicWordings) {
  const byTopic = new Map(wordings.map((w) => [w.topic, w]));
  return (topic: string, reason: Reason, language: Language): string => {
    const render = byTopic.get(topic)?.messages[reason.code]?.[language];
    // A plain fallback naming the code: a firm's playbook may enable a reason we have no words for.
    return render ? render(reason.params) : `${topic}: ${reason.code}`;
  };
}
