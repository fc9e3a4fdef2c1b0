import { alignClauses, type ClauseGroup } from "../../../src/engine/compare/align";
import { segment } from "../../../src/engine/segment";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";

/** Plain lines ("## " marks a heading). */
function doc(...lines: string[]): DocumentSnapshot {
  return {
    paragraphs: lines.map((line, index) =>
      line.startsWith("## ")
        ? { index, text: line.slice(3), headingLevel: 2 }
        : { index, text: line }
    ),
  };
}

/** Each group as "kind old → new" by clause index, in reading order. */
function align(before: DocumentSnapshot, after: DocumentSnapshot): string[] {
  return alignClauses(segment(before), segment(after)).map(show);
}
const show = (g: ClauseGroup) => `${g.kind} ${g.old.join("+")}→${g.new.join("+")}`;

const EN = [
  "1. Vendor shall provide the CRM service with the functions listed in Schedule 1.",
  "2. Customer shall pay the subscription fees quarterly in advance within thirty days of invoice.",
  "3. Customer may export all Customer Data at any time, free of charge, in CSV or Excel format. After termination Vendor shall keep the data available for sixty days and then delete it.",
  "4. Each Party shall keep the other Party's confidential information secret for five years.",
  "5. This Agreement is governed by the laws of the People's Republic of China.",
];

const ZH = [
  "1. 乙方应向甲方提供附件一所列功能的客户关系管理服务。",
  "2. 甲方按季度预付订阅费，于收到发票后三十日内支付。",
  "3. 本协议及其附件构成双方就本协议事项达成的完整协议。",
  "4. 本协议一式贰份，双方各执壹份，自双方签字盖章之日起生效。",
  "5. 本协议适用中华人民共和国法律。",
];

describe("alignment", () => {
  it("sees renumbered clauses as the same: a clause inserted first shifts every number", () => {
    const after = [
      "1. The schedules form part of this Agreement.",
      ...EN.map((l) => l.replace(/^(\d)\./, (_, n) => `${Number(n) + 1}.`)),
    ];
    const groups = alignClauses(segment(doc(...EN)), segment(doc(...after)));
    expect(groups.map(show)).toEqual([
      "added →0",
      "same 0→1",
      "same 1→2",
      "same 2→3",
      "same 3→4",
      "same 4→5",
    ]);
  });

  it("tells a moved clause from the ones that kept their order", () => {
    const after = [EN[0], EN[2], EN[3], EN[4], EN[1]];
    expect(align(doc(...EN), doc(...after))).toEqual([
      "same 0→0",
      "same 2→1",
      "same 3→2",
      "same 4→3",
      "moved 1→4",
    ]);
  });

  it("pairs a changed clause with its old self, best match first, one to one", () => {
    const after = [...EN];
    after[1] = EN[1].replace("thirty days", "ninety days");
    after[3] = EN[3].replace("five years", "two years");
    expect(align(doc(...EN), doc(...after))).toEqual([
      "same 0→0",
      "changed 1→1",
      "same 2→2",
      "changed 3→3",
      "same 4→4",
    ]);
  });

  it("finds an English clause split in two", () => {
    const after = [
      EN[0],
      EN[1],
      "3. Customer may export all Customer Data at any time, free of charge, in CSV or Excel format.",
      "4. After termination Vendor shall keep the data available for sixty days and then delete it.",
      "5. Each Party shall keep the other Party's confidential information secret for five years.",
      "6. This Agreement is governed by the laws of the People's Republic of China.",
    ];
    const groups = alignClauses(segment(doc(...EN)), segment(doc(...after)));
    expect(groups.map(show)).toEqual([
      "same 0→0",
      "same 1→1",
      "split 2→2+3",
      "same 3→4",
      "same 4→5",
    ]);
    expect(groups[2].similarity).toBeGreaterThan(0.9);
  });

  it("finds a clause split in three", () => {
    const before = [
      "1. Vendor shall host the service in Shanghai. Vendor shall back up all data every night to a second region. Vendor shall notify Customer of any security incident within twenty-four hours.",
      "2. Governing law is the law of the People's Republic of China.",
    ];
    const after = [
      "1. Vendor shall host the service in Shanghai.",
      "2. Vendor shall back up all data every night to a second region.",
      "3. Vendor shall notify Customer of any security incident within twenty-four hours.",
      "4. Governing law is the law of the People's Republic of China.",
    ];
    expect(align(doc(...before), doc(...after))).toEqual(["split 0→0+1+2", "same 1→3"]);
  });

  it("finds two Chinese clauses merged into one", () => {
    const after = [
      ZH[0],
      ZH[1],
      "3. 本协议及其附件构成双方就本协议事项达成的完整协议。本协议一式贰份，双方各执壹份，自双方签字盖章之日起生效。",
      "4. 本协议适用中华人民共和国法律。",
    ];
    expect(align(doc(...ZH), doc(...after))).toEqual([
      "same 0→0",
      "same 1→1",
      "merged 2+3→2",
      "same 4→3",
    ]);
  });

  it("finds a Chinese clause split in two", () => {
    const before = [
      "1. 甲方可随时以CSV或Excel格式免费导出全部甲方数据。本协议终止后，乙方应继续保留甲方数据六十日供甲方导出，期满后删除并书面确认。",
      "2. 本协议适用中华人民共和国法律。",
    ];
    const after = [
      "1. 甲方可随时以CSV或Excel格式免费导出全部甲方数据。",
      "2. 本协议终止后，乙方应继续保留甲方数据六十日供甲方导出，期满后删除并书面确认。",
      "3. 本协议适用中华人民共和国法律。",
    ];
    expect(align(doc(...before), doc(...after))).toEqual(["split 0→0+1", "same 1→2"]);
  });

  it("keeps a clause that lost its tail as changed, not split with an unrelated neighbour", () => {
    const after = [
      EN[0],
      EN[1],
      "3. Customer may export all Customer Data at any time, free of charge, in CSV or Excel format.",
      "4. Vendor may suspend the service if any invoice is unpaid for sixty days.",
      EN[3].replace(/^4/, "5"),
      EN[4].replace(/^5/, "6"),
    ];
    expect(align(doc(...EN), doc(...after))).toEqual([
      "same 0→0",
      "same 1→1",
      "changed 2→2",
      "added →3",
      "same 3→4",
      "same 4→5",
    ]);
  });

  it("pairs a rewritten clause in the same place, but not one far away", () => {
    const law =
      "5. This Agreement is governed by the laws of Singapore and disputes go to SIAC arbitration.";
    expect(align(doc(...EN), doc(...EN.slice(0, 4), law))).toEqual([
      "same 0→0",
      "same 1→1",
      "same 2→2",
      "same 3→3",
      "changed 4→4",
    ]);
    // The same words at the top of the draft, with the old clause gone from the bottom.
    expect(align(doc(...EN), doc(law, ...EN.slice(0, 4)))).toEqual([
      "added →0",
      "same 0→1",
      "same 1→2",
      "same 2→3",
      "same 3→4",
      "removed 4→",
    ]);
  });

  it("aligns headings with headings only, and counts a removed clause where it stood", () => {
    const before = [
      "## 1. Confidentiality",
      "1.1 Confidentiality survives for five years.",
      "1.2 Notices in writing.",
    ];
    const after = ["## 1. Confidentiality survives for five years", "1.1 Notices in writing."];
    expect(align(doc(...before), doc(...after))).toEqual(["changed 0→0", "removed 1→", "same 2→1"]);
  });

  it("pairs repeated clauses in document order", () => {
    const before = [
      "Seal of the Party",
      "Authorised signatory",
      "Seal of the Party",
      "Authorised signatory",
    ];
    expect(align(doc(...before), doc(...before))).toEqual([
      "same 0→0",
      "same 1→1",
      "same 2→2",
      "same 3→3",
    ]);
  });

  it("copes with empty drafts", () => {
    expect(align(doc(), doc())).toEqual([]);
    expect(align(doc(), doc("1. New clause."))).toEqual(["added →0"]);
    expect(align(doc("1. Old clause."), doc())).toEqual(["removed 0→"]);
  });

  // How fast is `npm run bench`'s business (speed is measured there, not in timed tests).
  it("aligns two 3,000-clause drafts whose every clause changed, one to one", () => {
    const topics = ["fees", "renewal", "export", "support", "availability", "liability", "law"];
    const clause = (i: number, party: string) =>
      `${i + 1}. ${party} shall handle item ${i} of the ${topics[i % 7]} schedule within ${i % 90} days, reference ${i * 7919}.`;
    const before = doc(...Array.from({ length: 3000 }, (_, i) => clause(i, "Vendor")));
    const after = doc(...Array.from({ length: 3000 }, (_, i) => clause(i, "Supplier")));
    const groups = alignClauses(segment(before), segment(after));
    expect(groups.filter((g) => g.kind === "changed")).toHaveLength(3000);
    expect(groups.every((g) => g.old[0] === g.new[0])).toBe(true);
  });
});
