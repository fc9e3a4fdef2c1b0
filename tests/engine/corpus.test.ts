/**
 * The golden corpus: contracts we wrote (tests/fixtures/contracts/*.draft.md), each with a hand-written
 * expected verdict for every playbook topic and the values a reader should find
 * (*.expected.json). Prints per-topic precision and recall; fails below 0.9 for either on any topic.
 *
 * A "problem" verdict is deviates or missing. Per topic over the corpus: a true positive is a problem
 * verdict equal to the expected one; a false positive a problem verdict where another was expected;
 * a false negative an expected problem verdict the engine did not give.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDraft } from "../../src/docx";
import { review } from "../../src/engine/review";
import type { ReviewReport, Verdict } from "../../src/engine/types";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { topicRules } from "../../src/engine/topics";

type Expected = {
  language: "zh" | "en";
  style: string;
  topics: Record<string, { verdict: Verdict; values?: Record<string, number | string | boolean> }>;
};

const DIR = "tests/fixtures/contracts";
const MIN = 0.9;
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".draft.md"))
  .map((f) => f.replace(/\.draft\.md$/, ""))
  .sort();
const corpus = names.map((name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const report = review(
    readDraft(readFileSync(join(DIR, `${name}.draft.md`), "utf8"), name),
    defaultPlaybook,
    libraryWording
  );
  return { name, expected, report };
});
/** Only the topics the engine judges are scored; the others are "not-found" by design until they have a rule. */
const scored = defaultPlaybook.topics.map((t) => t.id).filter((id) => topicRules.has(id));

const problem = (v: Verdict) => v === "deviates" || v === "missing";
const verdictOf = (report: ReviewReport, topic: string) =>
  report.topics.find((t) => t.topic === topic)!.verdict;

function score(topic: string) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const { name, expected, report } of corpus) {
    const want = expected.topics[topic].verdict;
    const got = verdictOf(report, topic);
    if (problem(got) && got === want) tp++;
    if (problem(got) && got !== want) fp++;
    if (problem(want) && got !== want) fn++;
    if (got !== want) misses.push(`${name}: expected ${want}, got ${got}`);
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, misses };
}

describe("golden corpus", () => {
  it("has at least 8 Chinese and 8 English contracts, each with a verdict for every topic", () => {
    expect(corpus.filter((c) => c.expected.language === "zh").length).toBeGreaterThanOrEqual(8);
    expect(corpus.filter((c) => c.expected.language === "en").length).toBeGreaterThanOrEqual(8);
    for (const { name, expected, report } of corpus) {
      expect({ name, topics: Object.keys(expected.topics).sort() }).toEqual({
        name,
        topics: defaultPlaybook.topics.map((t) => t.id).sort(),
      });
      expect({ name, language: report.language }).toEqual({ name, language: expected.language });
    }
  });

  const table = scored.map((topic) => ({ topic, ...score(topic) }));

  it("prints per-topic precision and recall", () => {
    const lines = table.map(
      (r) =>
        `${r.topic.padEnd(26)} precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}${r.misses.length ? `  ✗ ${r.misses.join("; ")}` : ""}`
    );
    console.log(
      `Corpus: ${corpus.length} contracts, ${scored.length} topics judged\n${lines.join("\n")}`
    );
  });

  it.each(scored)(`%s: precision and recall at least ${MIN}`, (topic) => {
    const { precision, recall, misses } = score(topic);
    expect({ topic, precision: precision >= MIN, recall: recall >= MIN, misses }).toEqual({
      topic,
      precision: true,
      recall: true,
      misses: expect.any(Array),
    });
  });

  it("reads the values the contracts state", () => {
    const wrong: string[] = [];
    for (const { name, expected, report } of corpus) {
      for (const [topic, want] of Object.entries(expected.topics)) {
        if (!want.values || !topicRules.has(topic)) continue;
        const findings = report.topics.find((t) => t.topic === topic)!.findings;
        for (const [key, value] of Object.entries(want.values)) {
          if (!findings.some((f) => f.values[key]?.value === value))
            wrong.push(`${name} ${topic}.${key}: expected ${value}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
