/**
 * The playbook as a file a firm keeps, shares and imports: plain JSON with `version`, `name` and
 * `topics`, each topic `{ id, enabled?, position? }`.
 *
 * The file is read over a base playbook (the bundled one): it may list only some topics, and a topic
 * only some of its positions — whatever it leaves out keeps the base's value. It cannot add topics or
 * position keys the base does not have, nor change a topic's title, severity or whether it is required
 * (those belong to the add-in's rules). Everything else is checked, and every problem is reported with
 * its path ("topics[2].position.maxCancellationNoticeDays") and a message in both languages; a file with
 * any problem yields no playbook at all.
 */
import type { Playbook, PlaybookTopic, PositionValue } from "../engine/types";
import { findJsonSyntaxError, lineColumn } from "./jsonSyntax";
import {
  POSITION_FIELDS,
  checkPositionValue,
  describeValue,
  fieldFor,
  type Bilingual,
} from "./positionFields";

export {
  POSITION_FIELDS,
  UNITS,
  checkPositionValue,
  fieldFor,
  fieldLabel,
  formatPositionText,
  parsePositionText,
  type Bilingual,
  type Effect,
  type PositionField,
  type Unit,
} from "./positionFields";

export type PlaybookProblem = {
  /** Where in the file: "" for the file as a whole, else e.g. "topics[0].position.minReminderDays". */
  path: string;
  message: Bilingual;
};

export type ParsedPlaybook =
  | {
      ok: true;
      playbook: Playbook;
      /**
       * A firm's file (docs/admin.md) may say `"allowPersonalOverrides": false`: users then keep no
       * changes of their own. Absent means allowed.
       */
      allowPersonalOverrides: boolean;
    }
  | { ok: false; problems: PlaybookProblem[] };

export type PlaybookFileTopic = {
  id: string;
  enabled?: boolean;
  position?: Record<string, PositionValue>;
};
export type PlaybookFile = { version: 1; name: string; topics: PlaybookFileTopic[] };

/** Larger than any real playbook by far: a bigger file is not one. */
export const MAX_PLAYBOOK_CHARS = 1_000_000;
const MAX_NAME = 100;
const FILE_FIELDS = ["version", "name", "topics", "allowPersonalOverrides"];
const TOPIC_FIELDS = ["id", "enabled", "position"];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `path.key`, or `path["odd key"]` for a key that is not a plain name. */
function pathOf(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** The one name within two edits of a misspelt one ("term-renwal" → "term-renewal"), if any. */
function nearest(name: string, names: string[]): string | null {
  const close = names.filter((candidate) => editDistance(name, candidate) <= 2);
  return close.length === 1 ? close[0] : null;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const list = (names: string[]) => names.join(", ");
const zhList = (names: string[]) => names.join("、");

export function parsePlaybook(text: string, base: Playbook): ParsedPlaybook {
  const fail = (message: Bilingual): ParsedPlaybook => ({
    ok: false,
    problems: [{ path: "", message }],
  });
  // Notepad on Windows starts UTF-8 files with a byte-order mark; it is not part of the JSON.
  const source = text.replace(/^\uFEFF/, "");
  if (source.length > MAX_PLAYBOOK_CHARS)
    return fail({
      en: `The file is too large for a playbook (${source.length} characters; at most ${MAX_PLAYBOOK_CHARS}).`,
      zh: `文件过大，不是审查标准文件（${source.length} 个字符，最多 ${MAX_PLAYBOOK_CHARS} 个）。`,
    });
  if (source.trim() === "") return fail({ en: "The file is empty.", zh: "文件为空。" });

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const error = findJsonSyntaxError(source) ?? {
      ...lineColumn(source, source.length),
      message: { en: "unexpected end of the file", zh: "文件意外结束" },
    };
    return fail({
      en: `Not valid JSON at line ${error.line}, column ${error.column}: ${error.message.en}.`,
      zh: `不是有效的 JSON：第 ${error.line} 行第 ${error.column} 列，${error.message.zh}。`,
    });
  }
  if (!isObject(data))
    return fail({
      en: 'The file must hold a JSON object with "version" and "topics".',
      zh: "文件内容应为包含“version”和“topics”的 JSON 对象。",
    });

  const problems: PlaybookProblem[] = [];
  const problem = (path: string, message: Bilingual) => problems.push({ path, message });
  const unknownFields = (object: Json, path: string, allowed: string[]) => {
    for (const key of Object.keys(object))
      if (!allowed.includes(key))
        problem(pathOf(path, key), {
          en: `Unknown field "${key}" (allowed here: ${list(allowed)}).`,
          zh: `未知字段“${key}”（此处可用：${zhList(allowed)}）。`,
        });
  };

  unknownFields(data, "", FILE_FIELDS);
  if ("allowPersonalOverrides" in data && typeof data.allowPersonalOverrides !== "boolean")
    problem("allowPersonalOverrides", {
      en: '"allowPersonalOverrides" must be true or false.',
      zh: "“allowPersonalOverrides”应为 true 或 false。",
    });
  if (!("version" in data))
    problem("version", { en: 'Missing "version" (must be 1).', zh: "缺少“version”（应为 1）。" });
  else if (data.version !== 1)
    problem("version", {
      en: `Unsupported version ${JSON.stringify(data.version)}: this add-in reads version 1.`,
      zh: `不支持的版本 ${JSON.stringify(data.version)}：本加载项只能读取版本 1。`,
    });

  let name = base.name;
  if ("name" in data) {
    const found = describeValue(data.name);
    if (typeof data.name !== "string")
      problem("name", {
        en: `Expected text; found ${found.en}.`,
        zh: `应为文本，实际为${found.zh}。`,
      });
    else if (data.name.trim() === "")
      problem("name", { en: "Must not be empty.", zh: "不能为空。" });
    else if (data.name.length > MAX_NAME)
      problem("name", {
        en: `At most ${MAX_NAME} characters; found ${data.name.length}.`,
        zh: `最多 ${MAX_NAME} 个字符，实际为 ${data.name.length} 个。`,
      });
    else name = data.name.trim();
  }

  const overrides = new Map<string, { enabled?: boolean; position: Json }>();
  if (!("topics" in data))
    problem("topics", {
      en: 'Missing "topics" (a list of topics, e.g. [{ "id": "term-renewal", "enabled": true }]).',
      zh: '缺少“topics”（主题列表，如 [{ "id": "term-renewal", "enabled": true }]）。',
    });
  else if (!Array.isArray(data.topics))
    problem("topics", {
      en: `"topics" must be a list; found ${describeValue(data.topics).en}.`,
      zh: `“topics”应为列表，实际为${describeValue(data.topics).zh}。`,
    });
  else {
    const seen = new Map<string, number>();
    data.topics.forEach((entry: unknown, index: number) => {
      const path = `topics[${index}]`;
      if (!isObject(entry)) {
        const found = describeValue(entry);
        problem(path, {
          en: `Each topic must be an object with an "id"; found ${found.en}.`,
          zh: `每个主题应为带“id”的对象，实际为${found.zh}。`,
        });
        return;
      }
      unknownFields(entry, path, TOPIC_FIELDS);
      const id = entry.id;
      if (!("id" in entry)) {
        problem(`${path}.id`, { en: 'Missing "id" of the topic.', zh: "缺少主题的“id”。" });
        return;
      }
      if (typeof id !== "string") {
        const found = describeValue(id);
        problem(`${path}.id`, {
          en: `Expected a topic id as text; found ${found.en}.`,
          zh: `主题 id 应为文本，实际为${found.zh}。`,
        });
        return;
      }
      const topic = base.topics.find((t) => t.id === id);
      if (!topic) {
        const ids = base.topics.map((t) => t.id);
        const near = nearest(id, ids);
        problem(
          `${path}.id`,
          near
            ? {
                en: `Unknown topic "${id}"; did you mean "${near}"?`,
                zh: `未知主题“${id}”，是否应为“${near}”？`,
              }
            : {
                en: `Unknown topic "${id}" (topics: ${list(ids)}).`,
                zh: `未知主题“${id}”（可用主题：${zhList(ids)}）。`,
              }
        );
        return;
      }
      const earlier = seen.get(id);
      if (earlier !== undefined)
        problem(`${path}.id`, {
          en: `Topic "${id}" is listed twice (also at topics[${earlier}]).`,
          zh: `主题“${id}”重复出现（另见 topics[${earlier}]）。`,
        });
      else seen.set(id, index);

      const override: { enabled?: boolean; position: Json } = { position: {} };
      if ("enabled" in entry) {
        if (typeof entry.enabled === "boolean") override.enabled = entry.enabled;
        else {
          const found = describeValue(entry.enabled);
          problem(`${path}.enabled`, {
            en: `Expected true or false; found ${found.en}.`,
            zh: `应为 true 或 false，实际为${found.zh}。`,
          });
        }
      }
      if ("position" in entry) {
        if (!isObject(entry.position)) {
          const found = describeValue(entry.position);
          problem(`${path}.position`, {
            en: `Expected an object of positions, e.g. { "${Object.keys(topic.position)[0] ?? "key"}": … }; found ${found.en}.`,
            zh: `应为立场对象，如 { "${Object.keys(topic.position)[0] ?? "key"}": … }，实际为${found.zh}。`,
          });
        } else {
          for (const [key, value] of Object.entries(entry.position)) {
            const keyPath = pathOf(`${path}.position`, key);
            if (!Object.hasOwn(topic.position, key)) {
              const keys = Object.keys(topic.position);
              problem(keyPath, {
                en: `Topic "${id}" has no position "${key}" (it has: ${list(keys)}).`,
                zh: `主题“${id}”没有立场“${key}”（可用：${zhList(keys)}）。`,
              });
              continue;
            }
            const message = checkPositionValue(fieldFor(id, key, topic.position[key]), value);
            if (message) problem(keyPath, message);
            else override.position[key] = value;
          }
        }
      }
      if (earlier === undefined) overrides.set(id, override);
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    allowPersonalOverrides: data.allowPersonalOverrides !== false,
    playbook: {
      version: 1,
      name,
      topics: base.topics.map((topic): PlaybookTopic => {
        const override = overrides.get(topic.id);
        return {
          ...topic,
          enabled: override?.enabled ?? topic.enabled,
          position: copyPosition({ ...topic.position, ...override?.position }),
        };
      }),
    },
  };
}

function copyPosition(position: Json): Record<string, PositionValue> {
  return Object.fromEntries(
    Object.entries(position).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])
  ) as Record<string, PositionValue>;
}

/** A topic's position keys in a stable order: the form's order, then any others alphabetically. */
function orderedPosition(topic: PlaybookTopic, keep: (key: string) => boolean) {
  const known = Object.keys(POSITION_FIELDS[topic.id] ?? {});
  const keys = Object.keys(topic.position);
  const order = [
    ...known.filter((k) => keys.includes(k)),
    ...keys.filter((k) => !known.includes(k)).sort(),
  ];
  return Object.fromEntries(order.filter(keep).map((k) => [k, topic.position[k]]));
}

const sameValue = (a: PositionValue | undefined, b: PositionValue | undefined) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : a === b;

/**
 * The playbook as a file: every topic and position, or — given `changesFrom` — only the topics and
 * positions that differ from that base (a partial file that reads back to the same playbook over it).
 */
export function playbookFile(playbook: Playbook, changesFrom?: Playbook): PlaybookFile {
  const topics: PlaybookFileTopic[] = [];
  for (const topic of playbook.topics) {
    const base = changesFrom?.topics.find((t) => t.id === topic.id);
    if (!base) {
      topics.push({
        id: topic.id,
        enabled: topic.enabled,
        position: orderedPosition(topic, () => true),
      });
      continue;
    }
    const position = orderedPosition(topic, (k) => !sameValue(topic.position[k], base.position[k]));
    const entry: PlaybookFileTopic = { id: topic.id };
    if (topic.enabled !== base.enabled) entry.enabled = topic.enabled;
    if (Object.keys(position).length > 0) entry.position = position;
    if (entry.enabled !== undefined || entry.position) topics.push(entry);
  }
  return { version: 1, name: playbook.name, topics };
}

/** Pretty JSON (two-space indent, stable key order, final newline); see playbookFile. */
export function serializePlaybook(playbook: Playbook, changesFrom?: Playbook): string {
  return `${JSON.stringify(playbookFile(playbook, changesFrom), null, 2)}\n`;
}
