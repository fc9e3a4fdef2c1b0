/** Clause library search: Chinese and English, ids and titles, normalised input, AND, playbook numbers. */
import type { Playbook, PositionValue } from "../../src/engine/types";
import { defaultPlaybook } from "../../src/library";
import { searchClauses } from "../../src/library/clauseSearch";

const topics = (entries: { topic: string }[]) => entries.map((e) => e.topic);

/** The default playbook with one topic's positions (or enabled flag) changed, leaving the original alone. */
function withTopic(
  id: string,
  change: { enabled?: boolean; position?: Record<string, PositionValue> }
): Playbook {
  return {
    ...defaultPlaybook,
    topics: defaultPlaybook.topics.map((topic) =>
      topic.id === id
        ? {
            ...topic,
            enabled: change.enabled ?? topic.enabled,
            position: { ...topic.position, ...change.position },
          }
        : topic
    ),
  };
}

describe("searchClauses", () => {
  it("lists every enabled topic in playbook order for an empty query", () => {
    const all = searchClauses(defaultPlaybook, "");
    expect(topics(all)).toEqual(defaultPlaybook.topics.map((t) => t.id));
    expect(topics(searchClauses(defaultPlaybook, "  \u3000 "))).toEqual(topics(all));
    expect(all[0]).toMatchObject({
      topic: "term-renewal",
      title: { zh: "合同期限与自动续约", en: "Term and automatic renewal" },
    });
  });

  it("finds a clause by a Chinese word, in Simplified or Traditional characters", () => {
    const simplified = topics(searchClauses(defaultPlaybook, "续约"));
    expect(simplified[0]).toBe("term-renewal");
    expect(topics(searchClauses(defaultPlaybook, "續約"))).toEqual(simplified);
    // A Chinese query without spaces is a substring of the title or text.
    expect(topics(searchClauses(defaultPlaybook, "自动续约"))).toEqual(["term-renewal"]);
  });

  it("finds a clause by English words, matching word starts in any case", () => {
    expect(topics(searchClauses(defaultPlaybook, "auto renewal"))).toEqual(["term-renewal"]);
    expect(topics(searchClauses(defaultPlaybook, "LIABILITY"))).toEqual(["liability-cap"]);
    // "ewal" is inside "renewal", not the start of a word.
    expect(searchClauses(defaultPlaybook, "ewal")).toEqual([]);
  });

  it("finds a clause by its topic id", () => {
    expect(topics(searchClauses(defaultPlaybook, "term-renewal"))).toEqual(["term-renewal"]);
    expect(topics(searchClauses(defaultPlaybook, "availability-sla"))).toEqual([
      "availability-sla",
    ]);
  });

  it("ignores full width and ideographic spaces in the query", () => {
    expect(topics(searchClauses(defaultPlaybook, "ＡＵＴＯ\u3000ＲＥＮＥＷＡＬ"))).toEqual([
      "term-renewal",
    ]);
    expect(topics(searchClauses(defaultPlaybook, "９９．９"))).toEqual(["availability-sla"]);
  });

  it("requires every space-separated term to match (AND), across languages", () => {
    const free = topics(searchClauses(defaultPlaybook, "free"));
    const written = topics(searchClauses(defaultPlaybook, "written"));
    const both = topics(searchClauses(defaultPlaybook, "free written"));
    expect(free.length).toBeGreaterThan(2);
    expect(written.length).toBeGreaterThan(2);
    expect(both).toEqual(free.filter((t) => written.includes(t)));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(free.length, written.length));
    // One Chinese and one English term: the data-export clause says 数据 (zh) and export (en).
    expect(topics(searchClauses(defaultPlaybook, "数据 export"))[0]).toBe("data-export");
    expect(searchClauses(defaultPlaybook, "renewal 知识产权")).toEqual([]);
  });

  it("ranks title and id matches before matches in the clause text", () => {
    const found = topics(searchClauses(defaultPlaybook, "数据"));
    const titled = defaultPlaybook.topics
      .filter((t) => t.title.zh.includes("数据"))
      .map((t) => t.id);
    expect(titled.length).toBeGreaterThan(1);
    expect(found.slice(0, titled.length)).toEqual(titled);
    expect(found.length).toBeGreaterThan(titled.length);
  });

  it("searches only one language's clause text when asked", () => {
    // "Confidential Information" is in the English confidentiality clause only, not in a title.
    expect(topics(searchClauses(defaultPlaybook, "confidential information"))).toEqual([
      "confidentiality",
    ]);
    expect(searchClauses(defaultPlaybook, "confidential information", { language: "zh" })).toEqual(
      []
    );
    // Titles still match in both languages.
    expect(topics(searchClauses(defaultPlaybook, "保密", { language: "en" }))).toContain(
      "confidentiality"
    );
  });

  it("leaves disabled topics out", () => {
    const playbook = withTopic("term-renewal", { enabled: false });
    expect(searchClauses(playbook, "续约").map((e) => e.topic)).not.toContain("term-renewal");
    expect(searchClauses(playbook, "")).toHaveLength(defaultPlaybook.topics.length - 1);
  });

  it("fills the clause texts with the playbook's numbers", () => {
    const playbook = withTopic("term-renewal", {
      position: { minReminderDays: 45, maxCancellationNoticeDays: 15 },
    });
    const [renewal] = searchClauses(playbook, "term-renewal");
    expect(renewal.en).toContain("at least 45 days before expiry");
    expect(renewal.en).toContain("no later than 15 days before expiry");
    expect(renewal.zh).toContain("至少45日书面提醒");
    expect(renewal.zh).not.toMatch(/\{\w+\}/);
    // The numbers are searchable too.
    expect(topics(searchClauses(playbook, "45 days"))).toEqual(["term-renewal"]);
    expect(searchClauses(defaultPlaybook, "term-renewal")[0].en).toContain("at least 30 days");
  });
});
