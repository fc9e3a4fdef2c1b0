/** availability-sla: a monthly availability level, how firmly it is promised, and the credits when missed. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { availabilitySla } from "../../../src/engine/topics/availabilitySla";
import { availabilitySla as wording } from "../../../src/library/topics/availabilitySla";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(availabilitySla, wording, lines);
const sample = (file: string) =>
  judge(
    availabilitySla,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const codes = (t: ReturnType<typeof run>) => t.findings.map((f) => f.reason.code);

describe("availability-sla", () => {
  it("flags a target below 99.9 %, reading the number (English)", () => {
    const t = run(
      "9.1 The Service shall be available 99.5% of the time in each calendar month. For any month below that level Customer shall receive a service credit of 10% of the monthly fees."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["availability-low", "high"]);
    expect(f.values).toEqual({ availabilityPercent: { value: 99.5, unit: "%", text: "99.5%" } });
    expect(f.message).toBe(
      "Availability target: 99.5%; playbook: at least 99.9% monthly, with service credits."
    );
    expect(f.anchor.quote).toMatch(/^9\.1 The Service shall be available 99\.5%/);
  });

  it("reads 百分之九十九 in a Chinese clause and answers in Chinese", () => {
    const t = run(
      "第九条 乙方保证本服务的月度可用性不低于百分之九十九，未达标的按比例抵扣当月服务费。"
    );
    expect(codes(t)).toEqual(["availability-low"]);
    const [f] = t.findings;
    expect(f.severity).toBe("high");
    expect(f.values.availabilityPercent).toEqual({ value: 99, unit: "%", text: "百分之九十九" });
    expect(f.message).toBe(
      "可用性承诺：99%；审查标准：月度可用性不低于99.9%，未达标时提供服务抵扣。"
    );
    expect(f.suggestion).toMatch(/^乙方承诺本服务的月度可用性不低于99\.9%/);
  });

  it("flags 'commercially reasonable efforts' even at 99.9 % with credits (English)", () => {
    const t = run(
      "9.1 Vendor will use commercially reasonable efforts to make the Service available 99.9% of the time each month, and will credit 5% of the monthly fees for each month below that level."
    );
    expect(codes(t)).toEqual(["efforts-only"]);
    const [f] = t.findings;
    expect(f.severity).toBe("high");
    expect(f.values).toEqual({
      availabilityPercent: { value: 99.9, unit: "%", text: "99.9%" },
      qualifier: { value: "commercially reasonable efforts" },
    });
    expect(f.message).toBe(
      'Availability is only a goal ("commercially reasonable efforts"), not a commitment; playbook: a committed 99.9% monthly availability, with service credits.'
    );
  });

  it("flags 尽力 and 'a goal, not a commitment' in Chinese", () => {
    const t = run(
      "9.1 乙方将尽力使本服务的月度可用性达到99.9%，未达到的，按不可用时长比例减免当月服务费。"
    );
    expect(codes(t)).toEqual(["efforts-only"]);
    expect(t.findings[0].message).toBe(
      "可用性仅为努力目标（“尽力”），并非承诺；审查标准：承诺月度可用性不低于99.9%，未达标时提供服务抵扣。"
    );
    const goal = run(
      "9.1 本服务月度可用性为99.9%。前述可用性仅为服务目标，并非乙方对甲方的承诺。",
      "9.2 未达到的，乙方按比例抵扣当月服务费。"
    );
    expect(codes(goal)).toEqual(["efforts-only"]);
  });

  it("flags service credits that are expressly excluded (English)", () => {
    const t = run(
      "9.1 The Service will be available 99.9% of the time each month. Customer shall not be entitled to any service credit or refund on account of any unavailability."
    );
    expect(codes(t)).toEqual(["no-credits"]);
    const [f] = t.findings;
    expect(f.severity).toBe("high");
    expect(f.values).toEqual({
      availabilityPercent: { value: 99.9, unit: "%", text: "99.9%" },
      serviceCredits: { value: false },
    });
    expect(f.message).toBe(
      "Service credits for missed availability: expressly excluded; playbook: pro-rata credits or refunds, and a right to terminate after repeated misses."
    );
    expect(f.anchor.quote).toMatch(/^Customer shall not be entitled to any service credit/);
  });

  it("flags a level with no credits at all, and credits refused in Chinese", () => {
    const none = run("9.1 乙方承诺本服务的月度可用性不低于99.9%。");
    expect(codes(none)).toEqual(["no-credits"]);
    expect(none.findings[0].message).toBe(
      "未约定未达可用性标准时的服务抵扣或补偿；审查标准：按不可用时长比例抵扣或退还服务费，多次未达标时客户有权解约。"
    );
    const refused = run(
      "9.1 本服务的月度可用性为99.9%；未达到的，乙方不向甲方提供任何形式的服务抵扣或补偿。"
    );
    expect(codes(refused)).toEqual(["no-credits"]);
    expect(refused.findings[0].message).toMatch(/^明确排除未达可用性标准时的服务抵扣或补偿/);
  });

  it("meets 99.9 % monthly with pro-rata credits and a termination right (English)", () => {
    const t = run(
      "## 9. Service Levels",
      "9.1 Vendor guarantees 99.9% monthly uptime. If uptime falls below 99.9% in a month, Customer receives a pro-rata refund of that month's fees.",
      "9.2 Service credits are not Customer's exclusive remedy; if uptime falls below 99.9% in three consecutive months, Customer may terminate this Agreement.",
      "9.3 Scheduled maintenance notified 72 hours in advance is excluded from the calculation of availability."
    );
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
    expect(t.clauses).toHaveLength(3);
  });

  it("meets in Traditional Chinese and in a credit table whose tiers lie below the target", () => {
    const zh = run(
      "第九條 乙方保證本服務的月度可用性不低於99.9%，未達標的，按不可用時長比例減免當月服務費。"
    );
    expect(zh.verdict).toBe("meets");
    const table = run(
      "## 附件二 服务等级协议（SLA）",
      "月度可用性 | 服务抵扣",
      "99.0% - 99.9% | 当月服务费的10%",
      "95.0% - 99.0% | 当月服务费的25%",
      "低于95.0% | 当月服务费的100%",
      "1. 乙方承诺本服务的月度可用性不低于99.9%，未达标时按上表抵扣服务费。"
    );
    expect(table.verdict).toBe("meets");
  });

  it("is missing when nothing promises availability", () => {
    const t = run("1. The Vendor provides CRM software.", "## 9. Service Levels");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/monthly availability of the Service of at least 99\.9%/);
  });

  it("does not count passing mentions, definitions or references to an absent SLA", () => {
    const t = run(
      '1.2 "Availability" means the percentage of minutes in a month in which the Service is up.',
      "8.2 Support will be provided in accordance with the Service Level Agreement.",
      "14.4 Vendor is not responsible for the availability, security or performance of third-party products.",
      "7.4 Scheduled maintenance is excluded from the calculation of availability.",
      "7.2 Vendor will deliver 99.5% of bug fixes within 30 days."
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples as a buyer's lawyer would: 99 %, efforts only, no credits", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect({ file, codes: codes(t) }).toEqual({
        file,
        codes: ["availability-low", "efforts-only", "no-credits"],
      });
      expect(t.findings[0].values.availabilityPercent.value).toBe(99);
      expect(t.findings[2].message).toMatch(/expressly excluded|明确排除/);
    }
  });
});
