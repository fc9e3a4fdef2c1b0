/**
 * Loading a folder of contracts with hand-written expectations, and scoring the engine on them.
 * A "problem" verdict is deviates or missing. Per topic: a true positive is a problem verdict equal to
 * the expected one; a false positive a problem verdict where another was expected; a false negative
 * an expected problem verdict the engine did not give.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDraft } from "../../src/docx";
import { review } from "../../src/engine/review";
import type { ReviewReport, Verdict } from "../../src/engine/types";
import { defaultPlaybook, libraryWording } from "../../src/library";

export type Expected = {
  language: "zh" | "en";
  style: string;
  topics: Record<string, { verdict: Verdict; values?: Record<string, number | string | boolean> }>;
};

export type Reviewed = { name: string; expected: Expected; report: ReviewReport };

export const TOPIC_IDS = defaultPlaybook.topics.map((t) => t.id);

export function loadCorpus(dir: string): Reviewed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".draft.md"))
    .map((f) => f.replace(/\.draft\.md$/, ""))
    .sort()
    .map((name) => ({
      name,
      expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected,
      report: review(
        readDraft(readFileSync(join(dir, `${name}.draft.md`), "utf8"), name),
        defaultPlaybook,
        libraryWording
      ),
    }));
}

const problem = (v: Verdict) => v === "deviates" || v === "missing";
const verdictOf = (report: ReviewReport, topic: string) =>
  report.topics.find((t) => t.topic === topic)!.verdict;

export type TopicScore = { topic: string; precision: number; recall: number; misses: string[] };

export function scoreTopic(corpus: Reviewed[], topic: string): TopicScore {
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
  return {
    topic,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
  };
}

export function formatScores(title: string, scores: TopicScore[]): string {
  const lines = scores.map(
    (r) =>
      `${r.topic.padEnd(26)} precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}${r.misses.length ? `  ✗ ${r.misses.join("; ")}` : ""}`
  );
  return `${title}\n${lines.join("\n")}`;
}

/** Values a contract states that no finding of the topic read. */
export function missedValues(corpus: Reviewed[]): string[] {
  const wrong: string[] = [];
  for (const { name, expected, report } of corpus) {
    for (const [topic, want] of Object.entries(expected.topics)) {
      if (!want.values) continue;
      const findings = report.topics.find((t) => t.topic === topic)!.findings;
      for (const [key, value] of Object.entries(want.values)) {
        if (!findings.some((f) => f.values[key]?.value === value))
          wrong.push(`${name} ${topic}.${key}: expected ${value}`);
      }
    }
  }
  return wrong;
}
