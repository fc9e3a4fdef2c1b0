import { compare, type TopicDelta } from "../../../src/engine/compare";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";
import { defaultPlaybook, libraryWording } from "../../../src/library";

function doc(...lines: string[]): DocumentSnapshot {
  return { paragraphs: lines.map((text, index) => ({ index, text })) };
}

const GENERAL = [
  "1. Vendor shall provide the CRM service to Customer.",
  "2. Neither Party may assign this Agreement without the other Party's consent.",
];

function delta(before: string[], after: string[], topic: string): TopicDelta {
  const comparison = compare(doc(...before), doc(...after), defaultPlaybook, libraryWording);
  return comparison.topics.find((t) => t.topic === topic)!;
}

const renewal = (days: number) =>
  `3. This Agreement renews automatically for successive terms of one year. Vendor shall send Customer a written reminder at least sixty (60) days before the end of each term. Customer may cancel the renewal by written notice given at least ${days} days before the end of the then-current term.`;

describe("risk delta", () => {
  it("reads the numbers of clauses that meet the playbook, so a move within it still counts", () => {
    const d = delta([...GENERAL, renewal(10)], [...GENERAL, renewal(30)], "term-renewal");
    expect(d).toMatchObject({
      old: { verdict: "meets", values: { cancellationNoticeDays: { value: 10 } } },
      new: { verdict: "meets", values: { cancellationNoticeDays: { value: 30 } } },
      direction: "worse",
      changes: [
        {
          code: "number-worse",
          params: { key: "cancellationNoticeDays", old: 10, new: 30, unit: "day" },
        },
      ],
    });
    // Worse, yet below any worse topic that carries a risk: no severity in the new state.
    expect(d.rank).toBeGreaterThanOrEqual(1000);
    expect(d.rank).toBeLessThan(1100);
  });

  it("calls a number moving the right way better", () => {
    const d = delta([...GENERAL, renewal(90)], [...GENERAL, renewal(30)], "term-renewal");
    expect(d.direction).toBe("better");
    expect(d.changes.map((c) => c.code)).toEqual([
      "number-better",
      "risk-resolved",
      "verdict-changed",
    ]);
  });

  it("does not report wording between two compliant choices of law", () => {
    const d = delta(
      [...GENERAL, "3. This Agreement is governed by the laws of the PRC."],
      [...GENERAL, "3. This Agreement is governed by the laws of the People's Republic of China."],
      "governing-law"
    );
    expect(d).toMatchObject({ direction: "same", changes: [] });
  });

  it("reports a change of foreign law with the risk unchanged", () => {
    const d = delta(
      [...GENERAL, "3. This Agreement is governed by the laws of Hong Kong."],
      [...GENERAL, "3. This Agreement is governed by the laws of Singapore."],
      "governing-law"
    );
    expect(d).toMatchObject({
      direction: "same",
      changes: [
        {
          code: "value-changed",
          params: { key: "governingLaw", old: "Hong Kong", new: "Singapore" },
        },
      ],
    });
  });

  it("calls a clause taken out worse, without resolving the risks it carried", () => {
    const d = delta(
      [...GENERAL, "3. Training is charged separately at Vendor's then-current rates."],
      GENERAL,
      "training"
    );
    expect(d).toMatchObject({
      old: { verdict: "deviates" },
      new: { verdict: "missing" },
      direction: "worse",
      changes: [
        { code: "clause-removed", params: { clauses: 1 } },
        { code: "verdict-changed", params: { old: "deviates", new: "missing" } },
      ],
    });
  });

  it("calls a clause put in where there was none better, and names the risks it brings", () => {
    const d = delta(
      GENERAL,
      [...GENERAL, "3. Training is charged separately at Vendor's then-current rates."],
      "training"
    );
    expect(d.direction).toBe("better");
    expect(d.changes.map((c) => c.code)).toEqual(["clause-added", "new-risk", "verdict-changed"]);
  });

  it("calls a vendor's-home forum turning foreign worse: the severity rose", () => {
    const d = delta(
      [...GENERAL, "3. Disputes shall be submitted to the people's court where Vendor is located."],
      [...GENERAL, "3. Disputes shall be finally resolved by arbitration administered by SIAC."],
      "governing-law"
    );
    expect(d.old.severity).toBe("medium");
    expect(d.new.severity).toBe("high");
    expect(d.direction).toBe("worse");
    expect(d.changes.map((c) => c.code)).toContain("new-risk");
    expect(d.changes.map((c) => c.code)).toContain("risk-resolved");
  });

  it("points at the alignments where the topic changed", () => {
    const comparison = compare(
      doc(...GENERAL, renewal(30)),
      doc(...GENERAL, renewal(90)),
      defaultPlaybook,
      libraryWording
    );
    const d = comparison.topics.find((t) => t.topic === "term-renewal")!;
    expect(d.alignments.map((a) => comparison.alignments[a].kind)).toEqual(["changed"]);
    expect(comparison.alignments[d.alignments[0]].topics).toContain("term-renewal");
  });
});
