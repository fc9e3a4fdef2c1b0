/**
 * Judge one topic rule in isolation (its own wording module, the bundled playbook's position), so a
 * topic can be developed and tested before it is registered in src/engine/topics/index.ts.
 */
import { review } from "../../src/engine/review";
import type { DocumentSnapshot } from "../../src/engine/snapshot";
import type { TopicRule } from "../../src/engine/topics";
import type { PlaybookTopic, TopicResult } from "../../src/engine/types";
import { defaultPlaybook, wordingFrom, type TopicWording } from "../../src/library";

/** Lines → snapshot: "## " marks a heading; "a | b | c" rows (consecutive) form a table. */
export function snapshotOf(lines: string[]): DocumentSnapshot {
  let table = -1;
  let row = 0;
  let inTable = false;
  const paragraphs: DocumentSnapshot["paragraphs"] = [];
  for (const line of lines) {
    if (line.startsWith("## ")) {
      inTable = false;
      paragraphs.push({ index: paragraphs.length, text: line.slice(3), headingLevel: 2 });
    } else if (line.includes(" | ")) {
      if (!inTable) {
        table++;
        row = 0;
      }
      inTable = true;
      line
        .split(" | ")
        .forEach((cell, c) =>
          paragraphs.push({ index: paragraphs.length, text: cell, table: { table, row, cell: c } })
        );
      row++;
    } else {
      inTable = false;
      paragraphs.push({ index: paragraphs.length, text: line });
    }
  }
  return { paragraphs };
}

export function judge(
  rule: TopicRule,
  wording: TopicWording,
  input: string[] | DocumentSnapshot,
  position?: Partial<PlaybookTopic["position"]>
): TopicResult {
  const base = defaultPlaybook.topics.find((t) => t.id === rule.id);
  if (!base) throw new Error(`${rule.id} is not a playbook topic`);
  const topic = {
    ...base,
    position: { ...base.position, ...position } as PlaybookTopic["position"],
  };
  const snapshot = Array.isArray(input) ? snapshotOf(input) : input;
  const report = review(
    snapshot,
    { ...defaultPlaybook, topics: [topic] },
    wordingFrom([wording]),
    new Map([[rule.id, rule]])
  );
  return report.topics[0];
}
