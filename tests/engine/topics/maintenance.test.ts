/** maintenance: how long maintenance is free, and whether patches and adaptation work are charged. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { maintenance } from "../../../src/engine/topics/maintenance";
import { maintenance as wording } from "../../../src/library/topics/maintenance";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(maintenance, wording, lines);
const sample = (file: string) =>
  judge(
    maintenance,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const codes = (t: ReturnType<typeof run>) => t.findings.map((f) => f.reason.code);

describe("maintenance", () => {
  it("flags a free maintenance period shorter than a year, reading it (English)", () => {
    const t = run(
      "7.1 The warranty period is ninety (90) days from go-live, during which Vendor will fix defects free of charge."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["maintenance-short", "medium"]);
    expect(f.values).toEqual({
      freeMaintenanceMonths: { value: 3, unit: "month", text: "ninety (90) days" },
    });
    expect(f.message).toBe(
      "Free maintenance period: 3 months; playbook: at least 1 year of free maintenance, including bug fixes, security patches and compatibility updates."
    );
  });

  it("reads 三个月 in a Chinese clause and answers in Chinese", () => {
    const t = run("第七条 质保期为验收合格之日起三个月，质保期内乙方免费提供维护服务。");
    expect(codes(t)).toEqual(["maintenance-short"]);
    const [f] = t.findings;
    expect(f.values.freeMaintenanceMonths).toEqual({ value: 3, unit: "month", text: "三个月" });
    expect(f.message).toBe(
      "免费维护期：3个月；审查标准：至少1年免费维护，含缺陷修复、安全补丁及兼容性更新。"
    );
    expect(f.suggestion).toMatch(
      /^乙方自本服务正式上线（或验收合格）之日起提供不少于1年的免费维护服务/
    );
  });

  it("flags patches and compatibility updates charged (English)", () => {
    const t = run(
      "7.2 Security patches and compatibility updates are charged at Vendor's standard rates."
    );
    expect(codes(t)).toEqual(["maintenance-charged"]);
    const [f] = t.findings;
    expect(f.severity).toBe("medium");
    expect(f.values).toEqual({ maintenanceCharged: { value: true } });
    expect(f.message).toBe(
      "Patches, compatibility or adaptation work are charged; playbook: bug fixes, security patches and compatibility updates are free for at least 1 year."
    );
  });

  it("flags adaptation work excluded from free maintenance (Chinese), even after free patches", () => {
    const t = run(
      "7.3 因版本更新导致甲方定制成果需要调整的，相关适配工作不属于免费维护的范围，乙方另行收费。"
    );
    expect(codes(t)).toEqual(["maintenance-charged"]);
    expect(t.findings[0].message).toBe(
      "补丁、兼容性更新或适配工作需另行付费；审查标准：至少1年免费维护期内，缺陷修复、安全补丁及兼容性更新均不另行收费。"
    );
    expect(codes(run("7.1 乙方免费提供安全补丁，但兼容性适配工作另行收费。"))).toEqual([
      "maintenance-charged",
    ]);
  });

  it("meets a year of free maintenance, priced afterwards, and charges that are negated", () => {
    const zh = run(
      "7.1 乙方自验收合格之日起提供一年免费维护，包括缺陷修复、安全补丁及兼容性更新。免费维护期满后，维护服务按附件价格收费。"
    );
    expect(zh.verdict).toBe("meets");
    const en = run(
      "7.1 During the Subscription Term, Vendor will maintain the Service and provide bug fixes, security patches and compatibility updates; these shall not be charged separately."
    );
    expect(en.verdict).toBe("meets");
    expect(en.findings).toEqual([]);
    const traditional = run(
      "第七條 乙方於服務期內負責系統維護，並免費提供安全補丁及缺陷修復，不另行收費。"
    );
    expect(traditional.verdict).toBe("meets");
  });

  it("is missing when nothing speaks of maintenance", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/free maintenance for at least 1 year\(s\)/);
  });

  it("does not count maintenance windows, other duties to 'maintain', or definitions", () => {
    const t = run(
      "7.4 Vendor may perform scheduled maintenance each Saturday night; the Service may be unavailable during maintenance windows.",
      "10.5 Vendor will maintain administrative, physical and technical safeguards.",
      "19.2 A notice is deemed received on the third day after dispatch.",
      "7.4 乙方一般于每周六零时至六时进行例行维护，维护期间服务可能暂停。",
      "21.5 双方应维护对方的合法权益。",
      "1.3 “订阅服务”：指乙方提供的托管、运行维护和技术支持服务。"
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples: adaptation to new releases is billed as a change request", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect({ file, codes: codes(t) }).toEqual({ file, codes: ["maintenance-charged"] });
      expect(t.findings[0].anchor.quote).toMatch(/适配工作不属于免费维护|adapt Configurations/);
      expect(t.clauses.map((c) => c.quote.slice(0, 3))).toEqual(["7.1", "7.3"]);
    }
  });
});
