/**
 * Every topic's suggestion, applied through the Word host to each golden contract in the in-memory
 * Word: the redline goes in as tracked changes (minimal — the changed words are counted and
 * reported), Word's search finds every edit where the review read it, and once the changes are
 * accepted a new review finds the topic meeting the playbook. The engine-level test
 * (tests/engine/redline/corpus.test.ts) checks the plans; this one checks they survive Word.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDraft } from "../../src/docx";
import { planTopicRedline } from "../../src/engine/redline";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

const DIR = "tests/fixtures/contracts";
/** The planner's own known exceptions (see tests/engine/redline/corpus.test.ts for why). */
const KNOWN = new Set(["en-07-article-msa upgrade-policy", "en-08-second-round licensing-model"]);

type Outcome = {
  contract: string;
  topic: string;
  ok: boolean;
  reason?: string;
  revisions: number;
  changedWords: number;
  now: string;
};

const contracts = readdirSync(DIR)
  .filter((f) => f.endsWith(".draft.md"))
  .sort()
  .map((f) => ({
    name: f.replace(/\.draft\.md$/, ""),
    snapshot: readDraft(readFileSync(join(DIR, f), "utf8"), f),
  }));

async function applyEachTopic(name: string, snapshot: ReturnType<typeof readDraft>) {
  const report = review(snapshot, defaultPlaybook, libraryWording);
  const outcomes: Outcome[] = [];
  for (const topic of report.topics) {
    if (topic.verdict !== "deviates" && topic.verdict !== "missing") continue;
    const redline = planTopicRedline(snapshot, topic, report.language);
    if (!redline) continue;
    // A fresh document per topic: each suggestion is judged on its own.
    const doc = FakeDocument.fromSnapshot(snapshot);
    const fake = createFakeWord(doc, { apiVersion: "1.6" });
    const host = createOfficeHost(fake.Word as unknown as typeof Word, {
      wordApi: "1.6",
      displayLanguage: "en-US",
    });
    const result = await host.applyRedline(redline, { comment: true });
    const revisions = doc.revisions().length;
    doc.acceptAll();
    const again = review(doc.toSnapshot(), defaultPlaybook, libraryWording);
    outcomes.push({
      contract: name,
      topic: topic.topic,
      ok: result.ok,
      reason: result.ok ? undefined : result.reason,
      revisions,
      changedWords: redline.changedWords,
      now: again.topics.find((t) => t.topic === topic.topic)!.verdict,
    });
  }
  return outcomes;
}

describe("each topic's suggestion applied through Word to each golden contract", () => {
  const all: Outcome[] = [];

  afterAll(() => {
    const byContract = new Map<string, Outcome[]>();
    for (const o of all) byContract.set(o.contract, [...(byContract.get(o.contract) ?? []), o]);
    const lines = [...byContract].map(
      ([contract, list]) =>
        `${contract.padEnd(24)} ${String(list.length).padStart(2)} topics  ` +
        `${String(list.reduce((n, o) => n + o.revisions, 0)).padStart(4)} revisions  ` +
        `${String(list.reduce((n, o) => n + o.changedWords, 0)).padStart(5)} words changed`
    );
    console.log(`Suggestions applied through Word, then accepted:\n${lines.join("\n")}`);
  });

  it.each(contracts.map((c) => [c.name, c.snapshot] as const))(
    "%s: every redline goes in and, accepted, meets the playbook",
    async (name, snapshot) => {
      const outcomes = await applyEachTopic(name, snapshot);
      all.push(...outcomes);
      const refused = outcomes.filter((o) => !o.ok).map((o) => `${o.topic}: ${o.reason}`);
      expect(refused).toEqual([]);
      const notMet = outcomes
        .filter((o) => o.now !== "meets" && !KNOWN.has(`${name} ${o.topic}`))
        .map((o) => `${o.topic} → ${o.now}`);
      expect(notMet).toEqual([]);
      // Tracked changes, never an untracked rewrite.
      expect(outcomes.every((o) => o.revisions > 0)).toBe(true);
    }
  );
});
