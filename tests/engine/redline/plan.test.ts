/**
 * The redline planner on short contracts, in both languages: numbers changed in the document's own
 * style, a sentence replaced by the standard clause with the words both share kept, a missing clause
 * inserted before the signatures and never inside a table — and the plan refused when it is stale.
 */
import { applyEdits } from "../../../src/engine/diff/wordDiff";
import { textHash } from "../../../src/engine/normalize";
import {
  applyRedline,
  insertionPoint,
  planFindingRedline,
  planTopicRedline,
  type Redline,
} from "../../../src/engine/redline";
import { review } from "../../../src/engine/review";
import type { DocumentSnapshot } from "../../../src/engine/snapshot";
import type { TopicResult } from "../../../src/engine/types";
import { defaultPlaybook, libraryWording, renderClause } from "../../../src/library";
import { snapshotOf } from "../topicHarness";

const reviewed = (snapshot: DocumentSnapshot, topic: string): TopicResult => {
  const report = review(snapshot, defaultPlaybook, libraryWording);
  return report.topics.find((t) => t.topic === topic)!;
};

/** Plans the topic's redline, checks its edits rebuild `after`, and returns it with the redone topic. */
function plan(lines: string[] | DocumentSnapshot, topic: string) {
  const snapshot = Array.isArray(lines) ? snapshotOf(lines) : lines;
  const before = reviewed(snapshot, topic);
  const language = review(snapshot, defaultPlaybook, libraryWording).language;
  const redline = planTopicRedline(snapshot, before, language);
  if (!redline) throw new Error(`no redline for ${topic}`);
  for (const c of redline.changes) expect(applyEdits(c.before, c.edits)).toBe(c.after);
  const after = applyRedline(snapshot, redline);
  return { snapshot, before, redline, after, now: reviewed(after, topic) };
}

const edits = (redline: Redline) =>
  redline.changes.flatMap((c) => c.edits.map((e) => [e.deleted, e.insert]));
const standard = (topic: string, language: "zh" | "en") =>
  renderClause(
    defaultPlaybook.topics.find((t) => t.id === topic)!,
    language
  )!;

describe("number substitution", () => {
  it('strikes only "ninety (90)" in "ninety (90) days"', () => {
    const { redline, now } = plan(
      [
        "## 5. Term",
        "5.1 This Agreement renews automatically for successive one-year terms. The Vendor shall remind the Customer in writing sixty (60) days before expiry, and the Customer may decline renewal by written notice given at least ninety (90) days before expiry.",
      ],
      "term-renewal"
    );
    expect(redline.strategy).toBe("number");
    expect(edits(redline)).toEqual([["ninety (90)", "thirty (30)"]]);
    expect(redline.changedWords).toBe(4);
    expect(now.verdict).toBe("meets");
  });

  it.each([
    ["90日", "30日", [["90", "30"]]],
    ["九十日", "三十日", [["九十", "三十"]]],
    ["九十（90）日", "三十（30）日", [["九十（90）", "三十（30）"]]],
    ["９０日", "３０日", [["９０", "３０"]]],
  ])("Chinese notice %s → %s, in the same numeral style", (written, expected, marks) => {
    const { redline, after, now } = plan(
      [
        "## 第五条 期限",
        `5.1 本协议期满自动续约一年。乙方应于期满前三十日书面提醒甲方；甲方不续约的，应于期满前${written}书面通知乙方。`,
      ],
      "term-renewal"
    );
    expect(redline.strategy).toBe("number");
    expect(edits(redline)).toEqual(marks);
    expect(after.paragraphs[1].text).toContain(`期满前${expected}书面通知`);
    expect(now.verdict).toBe("meets");
  });

  it.each([
    [
      "en",
      "6.1 The Vendor shall ensure a monthly availability of 99% and shall credit 10% of the monthly fees for each month below that level.",
    ],
    ["zh", "6.1 乙方保证本服务月度可用性不低于99%，未达到的，按比例抵扣当月服务费。"],
  ])("raises a %s availability floor: 99%% → 99.9%%", (_, clause) => {
    const { redline, now } = plan(["## 6. Service Levels", clause], "availability-sla");
    expect(redline.strategy).toBe("number");
    expect(edits(redline)).toEqual([["99", "99.9"]]);
    expect(now.verdict).toBe("meets");
  });

  it("writes the playbook's unit when the document counts in another (business days → hours)", () => {
    const { redline, now } = plan(
      [
        "## 7. Support",
        "7.1 The Vendor shall respond to P1 incidents within 4 hours, to P2 incidents within 8 hours and to P3 questions within 3 business days.",
      ],
      "support-response"
    );
    expect(edits(redline)).toEqual([
      ["4 hours", "1 hour"],
      ["8", "4"],
      ["3 business days", "24 hours"],
    ]);
    expect(now.verdict).toBe("meets");
  });

  it.each([
    [
      "9.1 乙方自验收合格之日起提供六（6）个月的免费维护，包括缺陷修复及安全补丁。",
      [["六（6）个月", "一（1）年"]],
    ],
    [
      "9.1 乙方自驗收合格之日起提供六（6）個月的免費維護，包括缺陷修復及安全補丁。",
      [["六（6）個月", "一（1）年"]],
    ],
  ])("months → the playbook's year, Simplified or Traditional: %s", (clause, marks) => {
    const { redline, now } = plan(["## 第九条 维护", clause], "maintenance");
    expect(edits(redline)).toEqual(marks);
    expect(now.verdict).toBe("meets");
  });

  it("writes 小時 in a Traditional contract", () => {
    const { redline } = plan(
      [
        "## 第十一條 技術支援",
        "11.1 乙方提供技術支持服務：緊急故障於一（1）小時內響應，一般問題於五（5）個工作日內響應。",
      ],
      "support-response"
    );
    expect(edits(redline)).toEqual([["五（5）個工作日", "二十四（24）小時"]]);
  });

  it("raises floors and keeps English plurals right", () => {
    const cap = plan(
      [
        "## 11. Liability",
        "11.1 The Vendor's aggregate liability shall not exceed the fees paid in the three (3) months preceding the claim, except for breach of confidentiality, data security or wilful misconduct, which is uncapped.",
      ],
      "liability-cap"
    );
    expect(edits(cap.redline)).toEqual([["three (3)", "twelve (12)"]]);
    const duty = plan(
      [
        "## 9. Confidentiality",
        "9.1 Each party shall keep the other party's Confidential Information confidential. These obligations survive for one (1) year after termination.",
      ],
      "confidentiality"
    );
    expect(edits(duty.redline)).toEqual([["one (1) year", "three (3) years"]]);
    expect([cap.now.verdict, duty.now.verdict]).toEqual(["meets", "meets"]);
  });

  it("replaces the sentence instead when the number is not its only problem", () => {
    // "Commercially reasonable efforts" stays a problem at 99.9%.
    const { redline, now } = plan(
      [
        "## 6. Service Levels",
        "6.1 The Vendor will use commercially reasonable efforts to make the Service available 99.5% of the time in each month and shall credit 10% of the monthly fees for each month below that level.",
      ],
      "availability-sla"
    );
    expect(redline.strategy).toBe("sentence");
    expect(now.verdict).toBe("meets");
  });

  it("escalates to the standard clause when the corrected notice still renews automatically", () => {
    const { redline, after, now } = plan(
      [
        "## 5. Term",
        "5.1 This Agreement renews automatically for successive one-year terms unless the Customer gives notice of non-renewal at least ninety (90) days before expiry.",
      ],
      "term-renewal"
    );
    expect(redline.strategy).toBe("sentence");
    expect(after.paragraphs[1].text).toBe(`5.1 ${standard("term-renewal", "en")}`);
    expect(now.verdict).toBe("meets");
  });
});

describe("sentence replacement", () => {
  it("replaces an English governing-law sentence, keeping the clause number and the words both share", () => {
    const { redline, after, now } = plan(
      [
        "## 13. Governing Law",
        "13.1 This Agreement is governed by the laws of the State of California. The courts of the Customer's location have jurisdiction.",
      ],
      "governing-law"
    );
    expect(redline.strategy).toBe("sentence");
    expect(after.paragraphs[1].text).toBe(
      `13.1 ${standard("governing-law", "en")} The courts of the Customer's location have jurisdiction.`
    );
    // "This Agreement is governed by the laws of the … of" is not struck and typed again.
    expect(edits(redline)[0]).toEqual(["State ", "People's Republic "]);
    expect(now.verdict).toBe("meets");
  });

  it("replaces a Chinese governing-law sentence with the standard clause", () => {
    const { redline, after, now } = plan(
      [
        "## 第十三条 法律适用",
        "13.1 本协议适用香港特别行政区法律。因本协议产生的争议，提交甲方所在地人民法院诉讼解决。",
      ],
      "governing-law"
    );
    expect(redline.strategy).toBe("sentence");
    expect(after.paragraphs[1].text).toBe(
      `13.1 ${standard("governing-law", "zh")}因本协议产生的争议，提交甲方所在地人民法院诉讼解决。`
    );
    expect(redline.comment).toContain("香港");
    expect(now.verdict).toBe("meets");
  });

  it("writes the clause once and strikes the topic's other flagged sentences", () => {
    const { redline, after, now } = plan(
      [
        "## 13. Disputes",
        "13.1 This Agreement is governed by the laws of Singapore.",
        "13.2 Any dispute shall be finally resolved by arbitration administered by the SIAC in Singapore.",
      ],
      "governing-law"
    );
    const clause = standard("governing-law", "en");
    expect(after.paragraphs.map((p) => p.text)).toEqual(["13. Disputes", `13.1 ${clause}`, "13.2"]);
    expect(redline.changes.map((c) => c.paragraph)).toEqual([1, 2]);
    expect(now.verdict).toBe("meets");
  });
});

describe("insertion of a missing clause", () => {
  const missing = (snapshot: DocumentSnapshot) => {
    const result = reviewed(snapshot, "data-access");
    expect(result.verdict).toBe("missing");
    return planTopicRedline(snapshot, result, "en")!;
  };

  it("goes after the last body paragraph, before the signature block", () => {
    const snapshot = snapshotOf([
      "## 1. Services",
      "1.1 The Vendor provides the Service.",
      "## 2. General",
      "2.1 This Agreement is made in two originals.",
      "IN WITNESS WHEREOF the parties have signed this Agreement.",
      "Signed by the Vendor: ________",
    ]);
    const redline = missing(snapshot);
    expect(redline.strategy).toBe("insertion");
    expect(redline.insertion).toEqual({
      afterParagraph: 3,
      textHash: textHash("2.1 This Agreement is made in two originals."),
      paragraphs: [standard("data-access", "en")],
    });
    expect(redline.comment).toMatch(/does not address access to customer data/);
    const after = applyRedline(snapshot, redline);
    expect(after.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(after.paragraphs[4].text).toBe(standard("data-access", "en"));
    expect(after.paragraphs[5].text).toMatch(/^IN WITNESS WHEREOF/);
    expect(reviewed(after, "data-access").verdict).toBe("meets");
  });

  it("goes before Chinese signatures and appendices, never into a table", () => {
    const snapshot = snapshotOf([
      "## 第一条 服务",
      "1.1 乙方向甲方提供本服务。",
      "## 第二条 其他",
      "2.1 本合同一式两份。",
      "费用项目 | 金额",
      "订阅费 | 人民币10万元",
      "甲方（盖章）：",
      "乙方（盖章）：",
      "## 附件一 功能清单",
      "一、客户管理",
    ]);
    expect(insertionPoint(snapshot)).toBe(3);
    const redline = planTopicRedline(snapshot, reviewed(snapshot, "data-access"), "zh")!;
    expect(redline.insertion?.afterParagraph).toBe(3);
    const after = applyRedline(snapshot, redline);
    expect(after.paragraphs[4].table).toBeUndefined();
    // The table after the new clause keeps its cells.
    expect(after.paragraphs[5].table).toEqual({ table: 0, row: 0, cell: 0 });
    expect(after.paragraphs[6].table).toEqual({ table: 0, row: 0, cell: 1 });
    expect(redline.comment).toContain("数据访问权限");
  });

  it("passes over an order form's signatures followed by the general terms", () => {
    const snapshot = snapshotOf([
      "## Order Form",
      "Subscription: 50 Named Users.",
      "Signed for Customer: ________",
      "## General Terms",
      "## 1. Services",
      "1.1 The Vendor provides the Service.",
    ]);
    expect(insertionPoint(snapshot)).toBe(5);
  });

  it("goes at the start of a document with nothing outside a table", () => {
    expect(insertionPoint(snapshotOf(["a | b", "c | d"]))).toBe(-1);
  });
});

describe("guardrails", () => {
  const lines = [
    "## 13. Governing Law",
    "13.1 This Agreement is governed by the laws of the State of California.",
  ];

  it("refuses a stale anchor", () => {
    const snapshot = snapshotOf(lines);
    const result = reviewed(snapshot, "governing-law");
    const edited = snapshotOf([lines[0], `Note. ${lines[1]}`]);
    expect(planTopicRedline(edited, result, "en")).toBeNull();
    expect(planFindingRedline(edited, result.findings[0])).toBeNull();
  });

  it("returns null for a plan that changes nothing and for a topic that meets", () => {
    const snapshot = snapshotOf(lines);
    const finding = reviewed(snapshot, "governing-law").findings[0];
    const same = { ...finding, suggestion: finding.anchor.quote.replace(/^13\.1 /, "") };
    expect(planFindingRedline(snapshot, same)).toBeNull();
    const meets = reviewed(
      snapshotOf(["13.1 " + standard("governing-law", "en")]),
      "governing-law"
    );
    expect(meets.verdict).toBe("meets");
    expect(planTopicRedline(snapshot, meets, "en")).toBeNull();
  });

  it("applies a finding's redline only to its anchored paragraph", () => {
    const snapshot = snapshotOf(lines);
    const finding = reviewed(snapshot, "governing-law").findings[0];
    const redline = planFindingRedline(snapshot, finding)!;
    expect(redline.findingIds).toEqual([finding.id]);
    expect(redline.comment).toBe(finding.message);
    expect(redline.changes.map((c) => c.paragraph)).toEqual([finding.anchor.paragraph]);
    expect(redline.changes[0].textHash).toBe(finding.anchor.textHash);
  });

  it("keeps styles and table positions, and refuses to apply a plan to a changed paragraph", () => {
    const snapshot: DocumentSnapshot = {
      paragraphs: [
        { index: 0, text: "Governing Law", headingLevel: 1, style: "Heading 1" },
        { index: 1, text: lines[1], style: "Body", listLabel: "13.1" },
      ],
    };
    const redline = planTopicRedline(snapshot, reviewed(snapshot, "governing-law"), "en")!;
    const after = applyRedline(snapshot, redline);
    expect(after.paragraphs[0]).toEqual(snapshot.paragraphs[0]);
    expect(after.paragraphs[1]).toMatchObject({ style: "Body", listLabel: "13.1" });
    const changed = {
      paragraphs: [snapshot.paragraphs[0], { ...snapshot.paragraphs[1], text: "Edited." }],
    };
    expect(() => applyRedline(changed, redline)).toThrow(/changed since/);
  });
});
