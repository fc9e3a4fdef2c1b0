/** The playbook file: every rejection with its path and message, partial files, and the round trip. */
import type { Playbook } from "../../src/engine/types";
import { defaultPlaybook } from "../../src/library";
import {
  POSITION_FIELDS,
  checkPositionValue,
  fieldLabel,
  parsePlaybook,
  parsePositionText,
  playbookFile,
  serializePlaybook,
  type PlaybookProblem,
} from "../../src/library/playbookFile";

const json = (value: unknown) => JSON.stringify(value, null, 2);
const file = (topics: unknown[], extra: Record<string, unknown> = {}) =>
  json({ version: 1, name: "Our playbook", topics, ...extra });

/** The problems of a rejected file as "path: English message". */
function problems(text: string, base: Playbook = defaultPlaybook): string[] {
  const result = parsePlaybook(text, base);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.problems.map((p: PlaybookProblem) => `${p.path}: ${p.message.en}`);
}

function parsed(text: string): Playbook {
  const result = parsePlaybook(text, defaultPlaybook);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return result.playbook;
}

const topicOf = (playbook: Playbook, id: string) => playbook.topics.find((t) => t.id === id)!;

describe("playbook file: syntax", () => {
  it("says where the JSON breaks, by line and column, in both languages", () => {
    const text =
      '{\n  "version": 1,\n  "topics": [\n    { "id": "invoicing" }\n    { "id": "training" }\n  ]\n}';
    const result = parsePlaybook(text, defaultPlaybook);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "",
          message: {
            en: 'Not valid JSON at line 5, column 5: expected "," or "]", found "{".',
            zh: "不是有效的 JSON：第 5 行第 5 列，此处应为“,”或“]”，实际为“{”。",
          },
        },
      ],
    });
  });

  it("points at a trailing comma, a single-quoted name, a cut-off file and text after the end", () => {
    expect(problems('{\n  "version": 1,\n  "topics": [],\n}')).toEqual([
      ": Not valid JSON at line 3, column 15: a comma before the closing bracket.",
    ]);
    expect(problems("{'version': 1}")).toEqual([
      `: Not valid JSON at line 1, column 2: expected a property name in double quotes, found "'".`,
    ]);
    expect(problems('{"version": 1, "topics": [')).toEqual([
      ": Not valid JSON at line 1, column 27: expected a value, found the end of the file.",
    ]);
    expect(problems('{"version": 1, "topics": []} x')).toEqual([
      ': Not valid JSON at line 1, column 30: more text after the end of the JSON, found "x".',
    ]);
    expect(problems('{"name": "a\nb"}')).toEqual([
      ': Not valid JSON at line 1, column 12: a line break or control character inside a text, found "\\n".',
    ]);
  });

  it("rejects an empty file, a file that is not an object, and a huge one", () => {
    expect(problems("  \n")).toEqual([": The file is empty."]);
    expect(problems("[]")).toEqual([
      ': The file must hold a JSON object with "version" and "topics".',
    ]);
    expect(problems(`"${"x".repeat(1_000_001)}"`)[0]).toMatch(/^: The file is too large/);
  });

  it("reads a file saved with a byte-order mark", () => {
    expect(parsed(`\uFEFF${file([])}`).name).toBe("Our playbook");
  });
});

describe("playbook file: structure", () => {
  it("requires version 1 and a list of topics", () => {
    expect(problems(json({ topics: [] }))).toEqual(['version: Missing "version" (must be 1).']);
    expect(problems(json({ version: 2, topics: [] }))).toEqual([
      "version: Unsupported version 2: this add-in reads version 1.",
    ]);
    expect(problems(json({ version: "1", topics: [] }))).toEqual([
      'version: Unsupported version "1": this add-in reads version 1.',
    ]);
    expect(problems(json({ version: 1 }))).toEqual([
      'topics: Missing "topics" (a list of topics, e.g. [{ "id": "term-renewal", "enabled": true }]).',
    ]);
    expect(problems(json({ version: 1, topics: { id: "training" } }))).toEqual([
      'topics: "topics" must be a list; found an object.',
    ]);
  });

  it("rejects unknown fields, a bad name, a topic that is not an object or has no id", () => {
    expect(
      problems(
        json({
          version: 1,
          name: "",
          description: "x",
          topics: [
            "training",
            { enabled: false },
            { id: 7 },
            { id: "training", title: "Training", enabled: "yes", position: [] },
          ],
        })
      )
    ).toEqual([
      'description: Unknown field "description" (allowed here: version, name, topics, allowPersonalOverrides).',
      "name: Must not be empty.",
      'topics[0]: Each topic must be an object with an "id"; found the text "training".',
      'topics[1].id: Missing "id" of the topic.',
      "topics[2].id: Expected a topic id as text; found the number 7.",
      'topics[3].title: Unknown field "title" (allowed here: id, enabled, position).',
      'topics[3].enabled: Expected true or false; found the text "yes".',
      'topics[3].position: Expected an object of positions, e.g. { "minOnsiteSessions": … }; found a list.',
    ]);
    expect(problems(file([], { name: 42 }))).toEqual(["name: Expected text; found the number 42."]);
    expect(problems(file([], { name: "n".repeat(101) }))).toEqual([
      "name: At most 100 characters; found 101.",
    ]);
  });

  it("rejects unknown topic ids (suggesting the near one) and a topic listed twice", () => {
    expect(
      problems(
        file([{ id: "term-renwal" }, { id: "pricing" }, { id: "training" }, { id: "training" }])
      )
    ).toEqual([
      'topics[0].id: Unknown topic "term-renwal"; did you mean "term-renewal"?',
      `topics[1].id: Unknown topic "pricing" (topics: ${defaultPlaybook.topics.map((t) => t.id).join(", ")}).`,
      'topics[3].id: Topic "training" is listed twice (also at topics[2]).',
    ]);
  });

  it("rejects position keys the topic does not have", () => {
    expect(
      problems(
        file([
          {
            id: "term-renewal",
            position: { maxNoticeDays: 60, "odd key": 1, maxInvoiceBusinessDays: 3 },
          },
        ])
      )
    ).toEqual([
      'topics[0].position.maxNoticeDays: Topic "term-renewal" has no position "maxNoticeDays" (it has: automaticRenewal, maxCancellationNoticeDays, minReminderDays).',
      'topics[0].position["odd key"]: Topic "term-renewal" has no position "odd key" (it has: automaticRenewal, maxCancellationNoticeDays, minReminderDays).',
      'topics[0].position.maxInvoiceBusinessDays: Topic "term-renewal" has no position "maxInvoiceBusinessDays" (it has: automaticRenewal, maxCancellationNoticeDays, minReminderDays).',
    ]);
  });
});

describe("playbook file: values", () => {
  it("rejects values of the wrong type, each at its path", () => {
    expect(
      problems(
        file([
          {
            id: "term-renewal",
            position: { maxCancellationNoticeDays: "30", automaticRenewal: 0 },
          },
          { id: "payment-terms", position: { paymentPeriod: "year" } },
          { id: "data-export", position: { formats: "CSV" } },
          { id: "data-residency", position: { region: ["mainland China"] } },
          { id: "governing-law", position: { preferredLaw: null } },
        ])
      )
    ).toEqual([
      'topics[0].position.maxCancellationNoticeDays: Expected a number (days); found the text "30".',
      "topics[0].position.automaticRenewal: Expected true or false; found the number 0.",
      'topics[1].position.paymentPeriod: Must be one of "quarter", "month"; found the text "year".',
      'topics[2].position.formats: Expected a list of texts, e.g. ["CSV", "Excel"]; found the text "CSV".',
      "topics[3].position.region: Expected text; found a list.",
      "topics[4].position.preferredLaw: Expected text; found null.",
    ]);
  });

  it("rejects numbers out of their sane range, fractions of days, empty texts and lists", () => {
    expect(
      problems(
        file([
          {
            id: "term-renewal",
            position: { maxCancellationNoticeDays: -10, minReminderDays: 7.5 },
          },
          { id: "pricing-changes", position: { maxAnnualIncreasePercent: 120 } },
          { id: "availability-sla", position: { minAvailabilityPercent: 85 } },
          { id: "data-export", position: { formats: [] } },
          { id: "data-residency", position: { region: "  " } },
        ])
      )
    ).toEqual([
      "topics[0].position.maxCancellationNoticeDays: Must be from 0 to 365 days; found -10.",
      "topics[0].position.minReminderDays: Must be a whole number of days; found 7.5.",
      "topics[1].position.maxAnnualIncreasePercent: Must be from 0 to 100 %; found 120.",
      "topics[2].position.minAvailabilityPercent: Must be from 90 to 100 %; found 85.",
      "topics[3].position.formats: List at least one entry.",
      "topics[4].position.region: Must not be empty.",
    ]);
  });

  it("says it in Chinese too", () => {
    const result = parsePlaybook(
      file([{ id: "availability-sla", position: { minAvailabilityPercent: 85 } }]),
      defaultPlaybook
    );
    expect(result.ok || result.problems[0].message.zh).toBe("须在 90 至 100 %之间，实际为 85。");
  });

  it("checks a key the fields do not describe by the base playbook's value type", () => {
    const base: Playbook = {
      ...defaultPlaybook,
      topics: defaultPlaybook.topics.map((t) =>
        t.id === "training" ? { ...t, position: { ...t.position, trainerCount: 2 } } : t
      ),
    };
    expect(problems(file([{ id: "training", position: { trainerCount: "two" } }]), base)).toEqual([
      'topics[0].position.trainerCount: Expected a number; found the text "two".',
    ]);
    expect(problems(file([{ id: "training", position: { trainerCount: -1 } }]), base)).toEqual([
      "topics[0].position.trainerCount: Must not be negative; found -1.",
    ]);
  });
});

describe("playbook file: reading and writing", () => {
  it("reads a partial file: what it leaves out keeps the base's value", () => {
    const playbook = parsed(
      json({
        version: 1,
        topics: [
          { id: "term-renewal", position: { maxCancellationNoticeDays: 120 } },
          { id: "training", enabled: false },
        ],
      })
    );
    expect(playbook.name).toBe(defaultPlaybook.name);
    expect(playbook.topics.map((t) => t.id)).toEqual(defaultPlaybook.topics.map((t) => t.id));
    expect(topicOf(playbook, "term-renewal")).toEqual({
      ...topicOf(defaultPlaybook, "term-renewal"),
      position: { automaticRenewal: false, maxCancellationNoticeDays: 120, minReminderDays: 30 },
    });
    expect(topicOf(playbook, "training")).toEqual({
      ...topicOf(defaultPlaybook, "training"),
      enabled: false,
    });
    expect(topicOf(playbook, "invoicing")).toEqual(topicOf(defaultPlaybook, "invoicing"));
    // The base is not changed, nor shares its lists with the result.
    expect(topicOf(defaultPlaybook, "term-renewal").position.maxCancellationNoticeDays).toBe(30);
    expect(topicOf(playbook, "data-export").position.formats).not.toBe(
      topicOf(defaultPlaybook, "data-export").position.formats
    );
  });

  it("writes pretty JSON in a stable order and reads it back to the same playbook", () => {
    const changed = parsed(
      file([
        {
          id: "data-export",
          position: { formats: ["CSV", "JSON"], minRetentionDaysAfterTermination: 60 },
        },
        { id: "payment-terms", position: { paymentPeriod: "month" } },
        { id: "liability-cap", enabled: false },
      ])
    );
    const text = serializePlaybook(changed);
    expect(text.startsWith('{\n  "version": 1,\n  "name": "Our playbook",\n  "topics": [\n')).toBe(
      true
    );
    expect(text.endsWith("}\n")).toBe(true);
    expect(parsed(text)).toEqual(changed);
    expect(serializePlaybook(parsed(text))).toBe(text);
    expect(parsed(serializePlaybook(defaultPlaybook))).toEqual(defaultPlaybook);
    // Keys in the form's order, whatever order the playbook object has them in.
    const shuffled: Playbook = {
      ...changed,
      topics: changed.topics.map((t) => ({
        ...t,
        position: Object.fromEntries(Object.entries(t.position).reverse()),
      })),
    };
    expect(serializePlaybook(shuffled)).toBe(text);
  });

  it("writes only the changes from a base, which read back over it to the same playbook", () => {
    const changed = parsed(
      file([
        { id: "term-renewal", position: { maxCancellationNoticeDays: 120 } },
        { id: "training", enabled: false },
      ])
    );
    expect(playbookFile(changed, defaultPlaybook)).toEqual({
      version: 1,
      name: "Our playbook",
      topics: [
        { id: "term-renewal", position: { maxCancellationNoticeDays: 120 } },
        { id: "training", enabled: false },
      ],
    });
    expect(parsed(serializePlaybook(changed, defaultPlaybook))).toEqual(changed);
    expect(playbookFile(defaultPlaybook, defaultPlaybook).topics).toEqual([]);
  });
});

describe("position fields", () => {
  it("describe every position of the bundled playbook, with a kind that fits its value", () => {
    for (const topic of defaultPlaybook.topics) {
      expect(Object.keys(POSITION_FIELDS[topic.id]).sort()).toEqual(
        Object.keys(topic.position).sort()
      );
      for (const [key, value] of Object.entries(topic.position))
        expect([topic.id, key, checkPositionValue(POSITION_FIELDS[topic.id][key], value)]).toEqual([
          topic.id,
          key,
          null,
        ]);
    }
  });

  it("label a number with its unit in the UI language", () => {
    const field = POSITION_FIELDS["term-renewal"].maxCancellationNoticeDays;
    expect(fieldLabel(field, "en")).toBe("Longest notice to stop renewal (days)");
    expect(fieldLabel(field, "zh")).toBe("阻止续约的通知期上限（天）");
  });

  it("read what the user typed: numbers, lists split on commas, trimmed texts", () => {
    const days = POSITION_FIELDS["term-renewal"].maxCancellationNoticeDays;
    expect(parsePositionText(days, " 60 ")).toEqual({ ok: true, value: 60 });
    expect(parsePositionText(days, "")).toEqual({
      ok: false,
      message: { en: "Enter a number.", zh: "请输入数字。" },
    });
    expect(parsePositionText(days, "400")).toMatchObject({
      ok: false,
      message: { en: "Must be from 0 to 365 days; found 400." },
    });
    const formats = POSITION_FIELDS["data-export"].formats;
    expect(parsePositionText(formats, "CSV， Excel、JSON,")).toEqual({
      ok: true,
      value: ["CSV", "Excel", "JSON"],
    });
    expect(parsePositionText(POSITION_FIELDS["data-residency"].region, " EU ")).toEqual({
      ok: true,
      value: "EU",
    });
  });
});
