import { review } from "../../src/engine/review";
import type { DocumentSnapshot } from "../../src/engine/snapshot";
import type { ReviewReport, TopicResult } from "../../src/engine/types";
import { defaultPlaybook, libraryWording } from "../../src/library";

/** Review plain lines ("## " marks a heading) with the bundled playbook. */
export function reviewLines(...lines: string[]): ReviewReport {
  const snapshot: DocumentSnapshot = {
    paragraphs: lines.map((line, index) =>
      line.startsWith("## ")
        ? { index, text: line.slice(3), headingLevel: 2 }
        : { index, text: line }
    ),
  };
  return review(snapshot, defaultPlaybook, libraryWording);
}

export function topic(report: ReviewReport, id: string): TopicResult {
  const found = report.topics.find((t) => t.topic === id);
  if (!found) throw new Error(`no topic ${id} in the report`);
  return found;
}
