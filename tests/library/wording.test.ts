/** The clause library and messages cover every playbook topic, in both languages. */
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording, renderClause, standardClauses } from "../../src/library";
import { topicWordings } from "../../src/library/topics";
import { snapshotOf } from "../engine/topicHarness";

describe("clause library", () => {
  it.each(defaultPlaybook.topics.map((t) => [t.id, t] as const))(
    "%s has a standard clause in Chinese and English with the playbook's numbers filled in",
    (_, topic) => {
      for (const language of ["zh", "en"] as const) {
        const clause = renderClause(topic, language);
        expect(clause).toEqual(expect.any(String));
        expect(clause).not.toMatch(/\{\w+\}/); // every placeholder is a position key of the topic
        expect(
          language === "zh" ? /[\u4e00-\u9fff]/.test(clause!) : !/[\u4e00-\u9fff]{2}/.test(clause!)
        ).toBe(true);
      }
    }
  );

  it("fills a firm's own numbers into the wording", () => {
    const topic = defaultPlaybook.topics.find((t) => t.id === "term-renewal")!;
    const firm = { ...topic, position: { ...topic.position, maxCancellationNoticeDays: 45 } };
    expect(renderClause(firm, "en")).toContain("no later than 45 days before expiry");
  });

  it("has one wording module per topic, and a message in both languages for every finding code", () => {
    expect(topicWordings.map((w) => w.topic)).toEqual(defaultPlaybook.topics.map((t) => t.id));
    expect(standardClauses).toHaveLength(27);
    for (const wording of topicWordings) {
      for (const [code, render] of Object.entries(wording.messages)) {
        expect({ code, zh: typeof render.zh, en: typeof render.en }).toEqual({
          code,
          zh: "function",
          en: "function",
        });
      }
    }
  });

  it("each standard clause, reviewed on its own, meets its own topic", () => {
    const failing: string[] = [];
    for (const topic of defaultPlaybook.topics) {
      for (const language of ["zh", "en"] as const) {
        const clause = renderClause(topic, language)!;
        const report = review(
          snapshotOf([`1. ${clause}`]),
          { ...defaultPlaybook, topics: [topic] },
          libraryWording
        );
        if (report.topics[0].verdict !== "meets")
          failing.push(`${topic.id} (${language}): ${report.topics[0].verdict}`);
      }
    }
    expect(failing).toEqual([]);
  });
});
