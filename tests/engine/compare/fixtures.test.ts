/**
 * Pairs of drafts we wrote (tests/fixtures/compare/<name>.old|new.draft.md), each with the facts a
 * reader expects (<name>.expected.json): how the named clauses align — kind, renumbered, moved, the
 * words deleted and inserted — the counts of every kind, and the ranked risk delta.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { compare, type Alignment, type Comparison } from "../../../src/engine/compare";
import { segment, type Clause } from "../../../src/engine/segment";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";
import { defaultPlaybook, libraryWording } from "../../../src/library";

const DIR = "tests/fixtures/compare";

/** A clause by its number ("7.4"), a heading by "#" and its number ("#2."), else by how it starts. */
type Ref = string;

type Expected = {
  language: "zh" | "en";
  description: string;
  stats: Comparison["stats"];
  alignments: {
    kind: Alignment["kind"];
    old?: Ref[];
    new?: Ref[];
    renumbered?: boolean;
    moved?: boolean;
    diff?: { deleted: string[]; inserted: string[] };
  }[];
  topics: {
    topic: string;
    direction: "worse" | "better";
    old: string;
    new: string;
    changes: { code: string; params?: Record<string, string | number> }[];
    /** Each alignment by a clause it holds: [old ref] or [null, new ref]. */
    alignments: [Ref | null, Ref?][];
  }[];
};

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""))
  .sort();

const plain = (n: string) => n.replace(/[\s.、)）]+$/, "");

function resolve(clauses: Clause[], ref: Ref): number {
  const found = ref.startsWith("#")
    ? clauses.filter((c) => c.kind === "heading" && plain(c.number ?? "") === plain(ref.slice(1)))
    : /^[\d.]+$/.test(ref)
      ? clauses.filter((c) => c.kind !== "heading" && plain(c.number ?? "") === plain(ref))
      : clauses.filter((c) => c.text.trim().startsWith(ref));
  if (found.length !== 1) throw new Error(`${found.length} clauses for "${ref}"`);
  return found[0].index;
}

describe.each(names)("%s", (name) => {
  const read = (side: "old" | "new"): DocumentSnapshot =>
    readDraft(readFileSync(`${DIR}/${name}.${side}.draft.md`, "utf8"));
  const expected: Expected = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, "utf8"));
  const before = read("old");
  const after = read("new");
  const oldClauses = segment(before);
  const newClauses = segment(after);
  const comparison = compare(before, after, defaultPlaybook, libraryWording);
  const holding = (side: "old" | "new", ref: Ref) => {
    const index = resolve(side === "old" ? oldClauses : newClauses, ref);
    const at = comparison.alignments.findIndex((a) => a[side].some((s) => s.clause === index));
    if (at < 0) throw new Error(`no alignment holds ${side} ${ref}`);
    return at;
  };

  it("reads both drafts in the fixture's language and counts every kind of alignment", () => {
    expect(comparison.language).toEqual({ old: expected.language, new: expected.language });
    expect(comparison.stats).toEqual(expected.stats);
  });

  it.each(expected.alignments.map((a) => [`${a.kind} ${a.old ?? ""} → ${a.new ?? ""}`, a]))(
    "aligns %s",
    (_, want) => {
      const oldIndices = (want.old ?? []).map((r) => resolve(oldClauses, r));
      const newIndices = (want.new ?? []).map((r) => resolve(newClauses, r));
      const alignment = comparison.alignments.find((a) =>
        oldIndices.length ? a.old[0]?.clause === oldIndices[0] : a.new[0]?.clause === newIndices[0]
      )!;
      expect(alignment).toBeDefined();
      expect({
        kind: alignment.kind,
        old: alignment.old.map((s) => s.clause),
        new: alignment.new.map((s) => s.clause),
      }).toEqual({ kind: want.kind, old: oldIndices, new: newIndices });
      if (want.renumbered !== undefined) expect(alignment.renumbered).toBe(want.renumbered);
      if (want.moved !== undefined) expect(alignment.moved ?? false).toBe(want.moved);
      if (want.diff) {
        const texts = (kind: string) =>
          alignment.diff.filter((op) => op.kind === kind).map((op) => op.text);
        expect({ deleted: texts("delete"), inserted: texts("insert") }).toEqual(want.diff);
      }
    }
  );

  it("ranks the topics that changed, worst first, with their changes", () => {
    const moved = comparison.topics.filter((t) => t.direction !== "same");
    expect(moved.map((t) => `${t.topic}: ${t.direction}`)).toEqual(
      expected.topics.map((t) => `${t.topic}: ${t.direction}`)
    );
    for (const want of expected.topics) {
      const got = comparison.topics.find((t) => t.topic === want.topic)!;
      expect({ topic: got.topic, old: got.old.verdict, new: got.new.verdict }).toEqual({
        topic: want.topic,
        old: want.old,
        new: want.new,
      });
      expect(got.changes.map((c) => c.code)).toEqual(want.changes.map((c) => c.code));
      want.changes.forEach((c, i) => expect(got.changes[i].params).toMatchObject(c.params ?? {}));
      const where = want.alignments.map(([oldRef, newRef]) =>
        oldRef !== null ? holding("old", oldRef) : holding("new", newRef!)
      );
      expect(got.alignments).toEqual(where.sort((a, b) => a - b));
    }
  });

  it("keeps every other topic the same, with nothing to report, and ranks worse above better", () => {
    const same = comparison.topics.filter((t) => t.direction === "same");
    expect(same.filter((t) => t.changes.length > 0)).toEqual([]);
    const ranks = comparison.topics.map((t) => t.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const order = { worse: 0, better: 1, same: 2 };
    const directions = comparison.topics.map((t) => order[t.direction]);
    expect(directions).toEqual([...directions].sort((a, b) => a - b));
  });
});

it("has at least 8 pairs, in both languages", () => {
  const languages = names.map(
    (n) => JSON.parse(readFileSync(`${DIR}/${n}.expected.json`, "utf8")).language
  );
  expect(names.length).toBeGreaterThanOrEqual(8);
  expect(languages.filter((l) => l === "zh").length).toBeGreaterThanOrEqual(4);
  expect(languages.filter((l) => l === "en").length).toBeGreaterThanOrEqual(4);
});
