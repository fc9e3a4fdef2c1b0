/**
 * What comparing two drafts costs, for `npm run bench` to call with its contract generator:
 * `benchCompare(generate)`. The new draft is the old one revised the way a counterparty revises —
 * clauses inserted (every later number shifts), deleted, moved, split and merged, and numbers
 * changed in place — so every stage of the alignment has work to do.
 */
import { performance } from "node:perf_hooks";
import { compare } from "../src/engine/compare";
import type { DocumentSnapshot, SnapshotParagraph } from "../src/engine/snapshot";
import { defaultPlaybook, libraryWording } from "../src/library";

/** The old draft revised: one edit every `every` paragraphs, cycling through the kinds of edit. */
export function reviseDraft(old: DocumentSnapshot, every = 25): DocumentSnapshot {
  const out: Omit<SnapshotParagraph, "index">[] = [];
  const moved: Omit<SnapshotParagraph, "index">[] = [];
  old.paragraphs.forEach((p, i) => {
    const { index: _index, ...rest } = p;
    const edit = i % every === 0 && !p.table && !p.headingLevel ? (i / every) % 6 : -1;
    if (edit === 0) {
      out.push({
        text: `Clause ${i}. The Vendor shall keep the records of request ${i} for audit.`,
      });
      out.push(rest);
    } else if (edit === 1) {
      // deleted
    } else if (edit === 2) {
      // The last number: the first is often the clause's own.
      const last = p.text.match(/\d+(?!.*\d)/);
      const text = last
        ? p.text.slice(0, last.index) +
          Number(last[0]) * 3 +
          p.text.slice(last.index! + last[0].length)
        : `${p.text} (as amended)`;
      out.push({ ...rest, text });
    } else if (edit === 3) {
      moved.push(rest);
    } else if (edit === 4) {
      // At the sentence end nearest the middle: two clauses of some substance.
      const ends = [...p.text.matchAll(/[。；;]|\.(?= )/g)].map((m) => m.index! + 1);
      const cut = ends.sort(
        (a, b) => Math.abs(a - p.text.length / 2) - Math.abs(b - p.text.length / 2)
      )[0];
      if (cut !== undefined && cut > 15 && p.text.length - cut > 20) {
        out.push({ ...rest, text: p.text.slice(0, cut) });
        out.push({ ...rest, text: p.text.slice(cut).trim() });
      } else out.push(rest);
    } else if (edit === 5 && out.length > 0 && !out[out.length - 1].table) {
      const last = out.pop()!;
      out.push({ ...last, text: `${last.text} ${p.text}` });
    } else out.push(rest);
  });
  const at = Math.floor(out.length / 2);
  out.splice(at, 0, ...moved);
  return { paragraphs: out.map((p, index) => ({ ...p, index })) };
}

/** Median milliseconds of `runs` comparisons (after one warm-up) of generated drafts. */
export function benchCompare(
  generate: (chars: number) => DocumentSnapshot,
  pagesList: number[] = [75, 150, 300],
  runs = 5
): { pages: number; clauses: number; ms: number }[] {
  console.log("\nComparing two drafts (median of 5 runs; both reviewed, aligned, diffed):");
  console.log("  pages  paragraphs  alignments   compare ms");
  const rows = [];
  for (const pages of pagesList) {
    const old = generate(pages * 2_000);
    const next = reviseDraft(old);
    let alignments = 0;
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      alignments = compare(old, next, defaultPlaybook, libraryWording).alignments.length;
      if (i > 0) times.push(performance.now() - start);
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    rows.push({ pages, clauses: alignments, ms });
    console.log(
      `  ${String(pages).padStart(5)}  ${String(old.paragraphs.length).padStart(10)}  ${String(alignments).padStart(10)}  ${ms.toFixed(1).padStart(11)}`
    );
  }
  return rows;
}
