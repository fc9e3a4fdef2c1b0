import { readdirSync, readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { NUMERIC_POSITIONS } from "../../src/engine/redline/positions";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { describeChange, REASON_NAMES, VALUE_NAMES } from "../../src/library/compareWording";

describe("describeChange", () => {
  it.each([
    [
      {
        code: "number-worse",
        params: { key: "cancellationNoticeDays", old: 30, new: 90, unit: "day" },
      },
      "Cancellation notice 30 → 90 days",
      "解约通知期 30 → 90 日",
    ],
    [
      {
        code: "number-worse",
        params: { key: "availabilityPercent", old: 99.9, new: 99.5, unit: "%" },
      },
      "Availability 99.9% → 99.5%",
      "可用率 99.9% → 99.5%",
    ],
    [
      { code: "number-better", params: { key: "p1ResponseHours", old: 48, new: 1 } },
      "P1 response time 48 → 1 hour",
      "P1 响应时限 48 → 1 小时",
    ],
    [
      { code: "number-better", params: { key: "capMonths", old: 1, new: 12, unit: "month" } },
      "Liability cap 1 → 12 months",
      "责任上限 1 → 12 个月",
    ],
    [
      { code: "value-changed", params: { key: "governingLaw", old: "PRC", new: "Singapore" } },
      "Governing law PRC → Singapore",
      "适用法律 PRC → Singapore",
    ],
    [
      { code: "value-changed", params: { key: "automaticRenewal", old: "false", new: "true" } },
      "Automatic renewal no → yes",
      "自动续约 否 → 是",
    ],
    [
      { code: "new-risk", params: { reason: "foreign-law", law: "Singapore" } },
      "New risk: foreign governing law (Singapore)",
      "新增风险：适用境外法律（Singapore）",
    ],
    [
      { code: "risk-resolved", params: { reason: "cap-too-low", months: 1 } },
      "Risk resolved: liability cap too low",
      "风险消除：责任上限过低",
    ],
    [
      { code: "verdict-changed", params: { old: "meets", new: "missing" } },
      "Verdict: meets → missing",
      "结论：符合 → 缺失",
    ],
  ])("%j", (change, en, zh) => {
    expect(describeChange(change, "en")).toBe(en);
    expect(describeChange(change, "zh")).toBe(zh);
  });

  it("names the clause removed or added by the topic's title", () => {
    const removed = { code: "clause-removed", params: { clauses: 1 } };
    expect(describeChange(removed, "zh", "数据导出")).toBe("数据导出条款被删除");
    expect(describeChange(removed, "en", "Data export")).toBe("Data export clause removed");
    expect(describeChange(removed, "en")).toBe("Clause removed");
    const added = { code: "clause-added", params: { clauses: 1 } };
    expect(describeChange(added, "zh", "单方变更")).toBe("新增单方变更条款");
    expect(describeChange(added, "en", "Unilateral changes")).toBe(
      "Unilateral changes clause added"
    );
  });

  it("falls back to the code for a change it has no words for", () => {
    expect(describeChange({ code: "fees-elsewhere", params: {} }, "en", "Hidden fees")).toBe(
      "Hidden fees: fees-elsewhere"
    );
    expect(describeChange({ code: "new-risk", params: { reason: "odd-code" } }, "en")).toBe(
      "New risk: odd-code"
    );
  });

  it("has a name for every number the comparison compares and both languages for each", () => {
    for (const key of Object.keys(NUMERIC_POSITIONS)) expect(VALUE_NAMES[key]).toBeDefined();
    for (const words of [...Object.values(VALUE_NAMES), ...Object.values(REASON_NAMES)]) {
      expect(words.zh).not.toBe("");
      expect(words.en).not.toBe("");
    }
  });

  it("names every reason and value the golden corpus's findings carry", () => {
    const dir = "tests/fixtures/contracts";
    const unnamed = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".draft.md"))) {
      const report = review(
        readDraft(readFileSync(`${dir}/${file}`, "utf8")),
        defaultPlaybook,
        libraryWording
      );
      for (const f of report.topics.flatMap((t) => t.findings)) {
        if (!REASON_NAMES[f.reason.code]) unnamed.add(`reason ${f.reason.code}`);
        for (const key of Object.keys(f.values)) if (!VALUE_NAMES[key]) unnamed.add(`value ${key}`);
      }
    }
    expect([...unnamed]).toEqual([]);
  });
});
