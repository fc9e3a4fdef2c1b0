import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { compareWithStandard, standardDraft } from "../../../src/engine/compare";
import { review } from "../../../src/engine/review";
import type { Playbook } from "../../../src/engine/types";
import { defaultPlaybook, libraryWording } from "../../../src/library";

const draft = (name: string) =>
  readDraft(readFileSync(`tests/fixtures/compare/${name}.draft.md`, "utf8"));

describe("standard wording as the old draft", () => {
  it.each(["zh", "en"] as const)("has a heading and the standard clause per topic (%s)", (lang) => {
    const standard = standardDraft(defaultPlaybook, libraryWording, lang);
    const headings = standard.paragraphs.filter((p) => p.headingLevel === 2).map((p) => p.text);
    expect(headings).toEqual(defaultPlaybook.topics.map((t) => t.title[lang]));
    // Our own wording meets our own playbook.
    const report = review(standard, defaultPlaybook, libraryWording);
    expect(report.language).toBe(lang);
    expect(report.topics.filter((t) => t.verdict !== "meets").map((t) => t.topic)).toEqual([]);
  });

  it("leaves out disabled topics", () => {
    const playbook: Playbook = {
      ...defaultPlaybook,
      topics: defaultPlaybook.topics.map((t) => ({ ...t, enabled: t.id !== "training" })),
    };
    const standard = standardDraft(playbook, libraryWording, "en");
    expect(standard.paragraphs.map((p) => p.text)).not.toContain("Training");
    const comparison = compareWithStandard(draft("en-worse-numbers.new"), playbook, libraryWording);
    expect(comparison.topics.map((t) => t.topic)).not.toContain("training");
  });

  it("shows per topic how a draft departs from our wording, worst first", () => {
    const comparison = compareWithStandard(
      draft("zh-worse-numbers.new"),
      defaultPlaybook,
      libraryWording
    );
    expect(comparison.language).toEqual({ old: "zh", new: "zh" });
    const worse = comparison.topics.filter((t) => t.direction === "worse");
    expect(worse.map((t) => t.topic)).toEqual([
      "support-response",
      "availability-sla",
      "term-renewal",
    ]);
    expect(worse[0].changes[0]).toEqual({
      code: "number-worse",
      params: { key: "p1ResponseHours", old: 1, new: 48, unit: "hour" },
    });
    expect(worse[1].changes[0]).toMatchObject({
      code: "number-worse",
      params: { key: "availabilityPercent", old: 99.9, new: 99.5 },
    });
    // Every clause of the draft is "added" against the library: that alone is no change to report.
    expect(comparison.topics.flatMap((t) => t.changes.map((c) => c.code))).not.toContain(
      "clause-added"
    );
  });

  it("says which protections the draft lacks altogether", () => {
    const comparison = compareWithStandard(
      draft("en-export-removed.new"),
      defaultPlaybook,
      libraryWording
    );
    const exportTopic = comparison.topics[0];
    expect(exportTopic).toMatchObject({
      topic: "data-export",
      direction: "worse",
      new: { verdict: "missing" },
      changes: [{ code: "clause-removed" }, { code: "verdict-changed" }],
    });
    expect(comparison.alignments[exportTopic.alignments[0]].kind).toBe("removed");
  });
});
