/** The overview's words: topic groups and why each topic matters for all 27 topics, and values said. */
import { defaultPlaybook } from "../../src/library";
import { KEY_TERM_GROUPS, keyTermName } from "../../src/library/keyTermWording";
import { TOPIC_GROUP_IDS, TOPIC_GROUPS, topicGroupName } from "../../src/library/topicGroups";
import { TOPIC_RATIONALE } from "../../src/library/topicRationale";
import { formatPosition, formatReadValue } from "../../src/library/valueFormat";

const ids = defaultPlaybook.topics.map((t) => t.id);

describe("topic groups", () => {
  it("puts each of the 27 topics in one of the five groups, every group used", () => {
    expect(ids).toHaveLength(27);
    expect(Object.keys(TOPIC_GROUPS).sort()).toEqual([...ids].sort());
    expect(new Set(Object.values(TOPIC_GROUPS))).toEqual(new Set(TOPIC_GROUP_IDS));
    expect(topicGroupName("data", "zh")).toBe("数据与安全");
    expect(topicGroupName("legal", "en")).toBe("Legal");
  });
});

describe("why it matters", () => {
  it("has one or two sentences per topic in both languages", () => {
    expect(Object.keys(TOPIC_RATIONALE).sort()).toEqual([...ids].sort());
    for (const { zh, en } of Object.values(TOPIC_RATIONALE)) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect((zh.match(/。/g) ?? []).length).toBeLessThanOrEqual(2);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en.split(/\.\s/).length).toBeLessThanOrEqual(2);
    }
  });
});

describe("key term and value wording", () => {
  it("names every key term in both languages", () => {
    for (const group of KEY_TERM_GROUPS)
      for (const id of group.terms) {
        expect(keyTermName(id, "en")).not.toBe(id);
        expect(keyTermName(id, "zh")).toMatch(/[\u4e00-\u9fff]|SLA|P\d/);
      }
  });

  it("says values and positions as a reader does", () => {
    expect(formatReadValue({ value: 90, unit: "day" }, "en")).toBe("90 days");
    expect(formatReadValue({ value: 90, unit: "day" }, "zh")).toBe("90日");
    expect(formatReadValue({ value: 99.9, unit: "%" }, "en")).toBe("99.9%");
    expect(formatReadValue({ value: 1, unit: "year" }, "en")).toBe("1 year");
    expect(formatReadValue({ value: 10, unit: "business-day" }, "zh")).toBe("10个工作日");
    expect(formatReadValue({ value: "quarter" }, "zh")).toBe("按季度");
    expect(formatReadValue({ value: true }, "en")).toBe("Yes");
    expect(formatReadValue("State of California", "zh")).toBe("State of California");
    const notice = {
      key: "maxCancellationNoticeDays",
      value: 30,
      bound: "max",
      unit: "day",
    } as const;
    expect(formatPosition(notice, "en")).toBe("at most 30 days");
    expect(formatPosition(notice, "zh")).toBe("不超过30日");
    const sla = {
      key: "minAvailabilityPercent",
      value: 99.9,
      bound: "min",
      unit: "percent",
    } as const;
    expect(formatPosition(sla, "en")).toBe("at least 99.9%");
    expect(formatPosition({ key: "preferredLaw", value: "PRC" }, "zh")).toBe("中华人民共和国法律");
    expect(formatPosition({ key: "upgradesIncluded", value: true }, "en")).toBe(
      "All updates and new versions included"
    );
  });
});
