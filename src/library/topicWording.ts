/**
 * The wording of one playbook topic, in Chinese and English: why each kind of finding matters (by
 * reason code, rendered with the numbers read) and the buyer's standard clause ({placeholders} are the
 * topic's playbook position keys, filled in with the playbook's numbers).
 */
import type { Language, Reason } from "../engine/types";

export type Render = (params: Reason["params"]) => string;

export type TopicWording = {
  topic: string;
  messages: Record<string, { zh: Render; en: Render }>;
  clause: { zh: string; en: string };
};

export const days = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}日` : `${n} day${Number(n) === 1 ? "" : "s"}`;
export const hours = (n: string | number, lang: Language) =>
  lang === "zh" ? `${n}小时` : `${n} hour${Number(n) === 1 ? "" : "s"}`;
