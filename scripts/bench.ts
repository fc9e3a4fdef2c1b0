/**
 * `npm run bench`: what the add-in costs.
 * 1. Office round trips per action (syncs) on a 5,000-paragraph document, through the same Office.js
 *    host code the add-in runs in Word, against the in-memory Word.
 * 2. Engine throughput on generated contracts of 75 / 150 / 300 pages (~2,000 characters a page, both
 *    languages), beside a floor: one plain pass over the same text (lower-case + one regex scan). The
 *    300-page time is also how long a review blocks the pane's thread (see reviewSlice.ts).
 * 3. The pane's production bundle (gzipped, budget 350 kB) and its time to interactive in headless
 *    Chromium (budget 1 s): scripts/paneBench.ts.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readDraft } from "../src/docx";
import { review } from "../src/engine/review";
import type { DocumentSnapshot } from "../src/engine/snapshot";
import { defaultPlaybook, libraryWording } from "../src/library";
import { createPaneStore, findingsOf } from "../src/state";
import { createFakeWord, FakeDocument } from "../src/workbench/fakeWord";
import { createOfficeHost, officeEnvironment } from "../src/word";
import { benchCompare } from "./compareBench";
import { bundleSize, timeToInteractive } from "./paneBench";

const zh = readDraft(
  readFileSync("src/workbench/samples/vendor-saas-zh.draft.md", "utf8")
).paragraphs;
const en = readDraft(
  readFileSync("src/workbench/samples/vendor-crm-en.draft.md", "utf8")
).paragraphs;

/** A contract of about `chars` characters, alternating the two sample drafts' paragraphs. */
function generate(chars: number): DocumentSnapshot {
  const paragraphs = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const source = (Math.floor(i / 200) % 2 === 0 ? zh : en)[i % 200];
    paragraphs.push({ ...source, index: paragraphs.length });
    total += source.text.length + 1;
  }
  return { paragraphs };
}

function time(fn: () => void, runs = 5): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function roundTrips(apiVersion: "1.3" | "1.7" | "1.8") {
  const snapshot = generate(2_000 * 1_000);
  const doc = FakeDocument.fromSnapshot({
    paragraphs: snapshot.paragraphs.slice(0, 5_000).map((p, index) => ({ ...p, index })),
  });
  // Track Changes on, as a lawyer redlining has it: highlights must switch it off and back.
  doc.changeTrackingMode = "TrackAll";
  const fake = createFakeWord(doc, { apiVersion });
  const host = createOfficeHost(
    fake.Word as unknown as typeof Word,
    officeEnvironment(fake.Office, apiVersion)
  );
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  const count = async (action: () => Promise<void>) => {
    const before = fake.stats.syncCount;
    const start = performance.now();
    await action();
    return `${fake.stats.syncCount - before} syncs (${(performance.now() - start).toFixed(0)} ms in-memory)`;
  };
  console.log(
    `\nOffice round trips on a ${doc.paragraphCount.toLocaleString()}-paragraph document, WordApi ${apiVersion}:`
  );
  console.log(`  review + highlight   ${await count(() => store.getState().runReview())}`);
  const findings = findingsOf(store.getState().report).length;
  console.log(`    (${findings} findings highlighted)`);
  console.log(`  go to a finding     ${await count(() => store.getState().goToNext(1))}`);
  console.log(`  review again        ${await count(() => store.getState().runReview())}`);
  if (apiVersion !== "1.3") {
    const state = store.getState();
    const withPlan = findingsOf(state.report).filter((f) => f.suggestion);
    const first = withPlan[0];
    // Comment on a clause the redline left alone (one the redline rewrote would be refused as stale).
    const second = withPlan.find((f) => f.anchor.paragraph !== first.anchor.paragraph)!;
    console.log(`  apply a suggestion  ${await count(() => state.applyFinding(first.id))}`);
    const outcome = store.getState().error ? `refused: ${store.getState().error!.key}` : "tracked";
    console.log(
      `    (${outcome}, ${doc.revisions().length} revisions, ${doc.comments().length} comment)`
    );
    console.log(`  comment only        ${await count(() => state.commentFinding(second.id))}`);
    console.log(
      `  insert at cursor    ${await count(() => state.insertClause("Customer owns its data."))}`
    );
  }
  console.log(`  clear highlights    ${await count(() => store.getState().clearHighlights())}`);
  console.log(
    `    (${doc.revisions().filter((r) => r.kind === "format").length} formatting changes tracked)`
  );
}

/** Prints the throughput table; returns the 300-page review time. */
function throughput(): number {
  console.log("\nEngine throughput (median of 5 runs):");
  console.log("  pages  characters  review ms  floor ms  ratio");
  let last = { reviewMs: 0, floorMs: 0 };
  for (const pages of [75, 150, 300]) {
    const snapshot = generate(pages * 2_000);
    const text = snapshot.paragraphs.map((p) => p.text).join("\n");
    const reviewMs = time(() => review(snapshot, defaultPlaybook, libraryWording));
    const floorMs = time(() => {
      const lower = text.toLowerCase();
      let n = 0;
      for (const _ of lower.matchAll(/renew|续约|governed|适用|respon|响应/g)) n++;
      if (n < 0) throw new Error("unreachable");
    });
    last = { reviewMs, floorMs };
    console.log(
      `  ${String(pages).padStart(5)}  ${text.length.toLocaleString().padStart(10)}  ${reviewMs.toFixed(1).padStart(9)}  ${floorMs
        .toFixed(1)
        .padStart(8)}  ${(reviewMs / floorMs).toFixed(1).padStart(5)}×`
    );
  }
  const ratio = last.reviewMs / last.floorMs;
  console.log(
    `  300 pages: ${last.reviewMs.toFixed(1)} ms (target < 1,000 ms: ${last.reviewMs < 1000 ? "met" : "NOT met"}); ` +
      `${ratio.toFixed(1)}× the floor (target ≤ 20×: ${ratio <= 20 ? "met" : "NOT met"})`
  );
  return last.reviewMs;
}

void (async () => {
  for (const version of ["1.3", "1.7", "1.8"] as const) await roundTrips(version);
  const reviewMs = throughput();
  const [last] = benchCompare(generate).slice(-1);
  console.log(
    `  300 pages: compare ${last.ms.toFixed(0)} ms beside a single review of ${reviewMs.toFixed(0)} ms`
  );
  console.log(
    `  In the pane a review blocks the thread for the engine's ${reviewMs.toFixed(0)} ms on 300 pages, ` +
      "between two yields that paint its progress: no Web Worker needed (src/state/reviewSlice.ts)."
  );
  bundleSize();
  await timeToInteractive();
})();
