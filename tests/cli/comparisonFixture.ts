/** A hand-made Comparison of two small English drafts, for the report renderers' tests. */
import type { Alignment, ClauseSide, Comparison, TopicDelta } from "../../src/engine/compare/types";

const side = (clause: number, number: string | undefined, text: string): ClauseSide => ({
  clause,
  paragraphs: [clause],
  ...(number === undefined ? {} : { number }),
  text,
  textHash: `h${clause}`,
});

const alignment = (a: Partial<Alignment> & Pick<Alignment, "kind">): Alignment => ({
  old: [],
  new: [],
  similarity: 1,
  renumbered: false,
  diff: [],
  topics: [],
  ...a,
});

const OLD_TERM = "Customer may cancel with at least 30 days' notice before renewal.";
const NEW_TERM = "Customer may cancel with at least 90 days' notice before renewal.";

export const alignments: Alignment[] = [
  alignment({
    kind: "same",
    old: [side(0, "1", "1. Services.")],
    new: [side(0, "1", "1. Services.")],
  }),
  alignment({
    kind: "added",
    new: [side(1, "2", "2. Fees are listed in the <b>Order Form</b> & nowhere else.")],
    similarity: 0,
    topics: ["hidden-fees"],
  }),
  alignment({
    kind: "changed",
    old: [side(1, "2", `2. ${OLD_TERM}`)],
    new: [side(2, "3", `3. ${NEW_TERM}`)],
    similarity: 0.9,
    renumbered: true,
    diff: [
      { kind: "equal", text: "Customer may cancel with at least " },
      { kind: "delete", text: "30" },
      { kind: "insert", text: "90" },
      { kind: "equal", text: " days' notice before renewal." },
    ],
    topics: ["term-renewal"],
  }),
  alignment({
    kind: "removed",
    old: [side(2, undefined, "Vendor keeps a backup until sign-off.")],
    similarity: 0,
  }),
  alignment({
    kind: "same",
    old: [side(3, "3", "3. Notices in writing.")],
    new: [side(3, "4", "4. Notices in writing.")],
    renumbered: true,
  }),
];

const standing = (
  verdict: TopicDelta["old"]["verdict"],
  severity: TopicDelta["old"]["severity"]
) => ({
  verdict,
  severity,
  values: {},
});

export const topics: TopicDelta[] = [
  {
    topic: "term-renewal",
    title: { zh: "合同期限与自动续约", en: "Term and automatic renewal" },
    old: standing("meets", null),
    new: standing("deviates", "high"),
    direction: "worse",
    changes: [
      {
        code: "number-worse",
        params: { key: "cancellationNoticeDays", old: 30, new: 90, unit: "day" },
      },
    ],
    rank: 5,
    alignments: [2],
  },
  {
    topic: "support-response",
    title: { zh: "支持响应时间", en: "Support response times" },
    old: standing("deviates", "high"),
    new: standing("meets", null),
    direction: "better",
    changes: [{ code: "number-better", params: { key: "p1ResponseHours", old: 48, new: 1 } }],
    rank: -3,
    alignments: [],
  },
  {
    topic: "hidden-fees",
    title: { zh: "隐藏费用与版本增项", en: "Hidden fees and edition add-ons" },
    old: standing("missing", "medium"),
    new: standing("deviates", "high"),
    direction: "worse",
    changes: [{ code: "new-risk", params: { reason: "fees-elsewhere" } }],
    rank: 9,
    alignments: [1],
  },
  {
    topic: "governing-law",
    title: { zh: "法律适用与争议解决", en: "Governing law and disputes" },
    old: standing("meets", null),
    new: standing("meets", null),
    direction: "same",
    changes: [],
    rank: 0,
    alignments: [],
  },
];

export const comparison: Comparison = {
  language: { old: "en", new: "en" },
  alignments,
  topics,
  stats: {
    same: 2,
    moved: 0,
    changed: 1,
    added: 1,
    removed: 1,
    split: 0,
    merged: 0,
    renumbered: 2,
  },
};

/** The same drafts with nothing on the old side: everything added. */
export const fromEmpty: Comparison = {
  language: { old: "en", new: "en" },
  alignments: alignments
    .filter((a) => a.new.length)
    .map((a) => ({ ...a, kind: "added", old: [], diff: [], renumbered: false })),
  topics: [],
  stats: {
    same: 0,
    moved: 0,
    changed: 0,
    added: 4,
    removed: 0,
    split: 0,
    merged: 0,
    renumbered: 0,
  },
};
