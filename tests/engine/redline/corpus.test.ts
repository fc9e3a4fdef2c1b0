/**
 * The redline planner on the golden corpus: for every contract and every topic that deviates or is
 * missing, plan the topic's redline, accept it, review again — the topic must now meet the playbook
 * and no topic that met it may stop meeting it. Prints the plans (contract, topic, strategy, changed
 * words) and the median changed words of the number substitutions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDraft } from "../../../src/docx";
import { applyEdits } from "../../../src/engine/diff/wordDiff";
import {
  applyRedline,
  planFindingRedline,
  planTopicRedline,
  type Redline,
} from "../../../src/engine/redline";
import { review } from "../../../src/engine/review";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";
import type { ReviewReport } from "../../../src/engine/types";
import { defaultPlaybook, libraryWording } from "../../../src/library";

const DIR = "tests/fixtures/contracts";

/**
 * Topics whose redline cannot reach "meets" because of how the rule reads the contract, one line
 * each. The planner edits anchored paragraphs only, so a risk the rule reports only once the anchored
 * one is fixed, in another paragraph, stays for the next review.
 */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  "en-07-article-msa upgrade-policy":
    "the rule reports one risk per clause: (b) 'Major Releases are not included', the clause's next paragraph, surfaces once (a) is fixed",
  "en-08-second-round licensing-model":
    "the overage rate stands again in the Schedule 1 fee table, a paragraph no finding anchored, which the rule reports once clause 2.3 is fixed",
};

type Row = {
  contract: string;
  topic: string;
  verdict: string;
  redline: Redline | null;
  now: string;
  worse: string[];
};

const verdicts = (report: ReviewReport) =>
  new Map(report.topics.map((t) => [t.topic, t.verdict] as const));

const contracts = readdirSync(DIR)
  .filter((f) => f.endsWith(".draft.md"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.draft\.md$/, "");
    const snapshot = readDraft(readFileSync(join(DIR, f), "utf8"), name);
    return { name, snapshot, report: review(snapshot, defaultPlaybook, libraryWording) };
  });

const rows: Row[] = contracts.flatMap(({ name, snapshot, report }) => {
  const before = verdicts(report);
  return report.topics
    .filter((t) => t.verdict === "deviates" || t.verdict === "missing")
    .map((t) => {
      const redline = planTopicRedline(snapshot, t, report.language);
      if (!redline)
        return {
          contract: name,
          topic: t.topic,
          verdict: t.verdict,
          redline,
          now: t.verdict,
          worse: [],
        };
      const after = verdicts(
        review(applyRedline(snapshot, redline), defaultPlaybook, libraryWording)
      );
      const worse = [...before]
        .filter(([topic, v]) => v === "meets" && after.get(topic) !== "meets")
        .map(([topic]) => `${topic} → ${after.get(topic)}`);
      return {
        contract: name,
        topic: t.topic,
        verdict: t.verdict,
        redline,
        now: after.get(t.topic)!,
        worse,
      };
    });
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? 0
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const numberWords = rows
  .filter((r) => r.redline?.strategy === "number")
  .map((r) => r.redline!.changedWords);

/** Checks a plan's paragraph changes against the snapshot; returns what is wrong with them. */
function problems(snapshot: DocumentSnapshot, redline: Redline, anchored: Set<number>): string[] {
  const out: string[] = [];
  let last = -1;
  for (const c of redline.changes) {
    if (!anchored.has(c.paragraph)) out.push(`p${c.paragraph} is not an anchored paragraph`);
    if (c.paragraph <= last) out.push(`p${c.paragraph} out of order`);
    last = c.paragraph;
    if (c.before !== snapshot.paragraphs[c.paragraph].text) out.push(`p${c.paragraph} before`);
    if (c.after === c.before) out.push(`p${c.paragraph} unchanged`);
    if (applyEdits(c.before, c.edits) !== c.after) out.push(`p${c.paragraph} edits ≠ after`);
    let end = -1;
    for (const e of c.edits) {
      if (e.start < end || e.end < e.start) out.push(`p${c.paragraph} overlapping edits`);
      if (c.before.slice(e.start, e.end) !== e.deleted) out.push(`p${c.paragraph} deleted text`);
      end = e.end;
    }
  }
  const ins = redline.insertion;
  if (ins && ins.afterParagraph >= 0 && snapshot.paragraphs[ins.afterParagraph].table) {
    out.push(`insertion after table cell p${ins.afterParagraph}`);
  }
  return out;
}

describe("redline planner on the golden corpus", () => {
  it("prints the plans and the median changed words of number substitutions", () => {
    const strategies = ["number", "sentence", "insertion"].map(
      (s) => `${s} ${rows.filter((r) => r.redline?.strategy === s).length}`
    );
    const lines = rows.map(
      (r) =>
        `${r.contract.padEnd(22)} ${r.topic.padEnd(26)} ${r.verdict.padEnd(9)} ${(r.redline?.strategy ?? "none").padEnd(9)} ${String(r.redline?.changedWords ?? 0).padStart(4)}  → ${r.now}${r.worse.length ? `  worse: ${r.worse.join(", ")}` : ""}`
    );
    console.log(
      `Redlines: ${rows.length} topics (${strategies.join(", ")}); median changed words of number substitutions: ${median(numberWords)}\n` +
        `${"contract".padEnd(22)} ${"topic".padEnd(26)} ${"verdict".padEnd(9)} ${"strategy".padEnd(9)} words\n${lines.join("\n")}`
    );
    expect(rows.length).toBeGreaterThan(200);
  });

  it("plans a redline for every topic that deviates or is missing", () => {
    expect(rows.filter((r) => !r.redline).map((r) => `${r.contract} ${r.topic}`)).toEqual([]);
  });

  it("makes every topic meet and no other topic worse, except the known exceptions", () => {
    const failing = rows
      .filter((r) => r.now !== "meets" || r.worse.length > 0)
      .map((r) => `${r.contract} ${r.topic}`);
    expect(failing).toEqual(Object.keys(KNOWN_EXCEPTIONS).sort());
  });

  it("substitutes numbers with few changed words", () => {
    expect(numberWords.length).toBeGreaterThanOrEqual(30);
    expect(median(numberWords)).toBeLessThanOrEqual(6);
  });

  it("edits only anchored paragraphs, with ordered, non-overlapping edits that rebuild the text", () => {
    const wrong: string[] = [];
    for (const { name, snapshot, report } of contracts) {
      for (const t of report.topics) {
        const anchored = new Set(t.findings.map((f) => f.anchor.paragraph));
        const redline = rows.find((r) => r.contract === name && r.topic === t.topic)?.redline;
        if (redline)
          wrong.push(
            ...problems(snapshot, redline, anchored).map((p) => `${name} ${t.topic}: ${p}`)
          );
        for (const f of t.findings) {
          const one = planFindingRedline(snapshot, f);
          if (!one) {
            wrong.push(`${name} ${f.id}: no redline`);
            continue;
          }
          wrong.push(
            ...problems(snapshot, one, new Set([f.anchor.paragraph])).map(
              (p) => `${name} ${f.id}: ${p}`
            )
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
