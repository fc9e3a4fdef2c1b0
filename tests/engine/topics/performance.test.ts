/** performance: committed page-load and query times, or none. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { performance } from "../../../src/engine/topics/performance";
import { performance as wording } from "../../../src/library/topics/performance";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(performance, wording, lines);
const sample = (file: string) =>
  judge(
    performance,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("performance", () => {
  it("flags page and query times slower than the playbook, reading both (English)", () => {
    const t = run(
      "9.4 Pages of the Service shall load within eight (8) seconds and queries shall complete within 15 seconds."
    );
    expect(t.verdict).toBe("deviates");
    expect(t.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["no-performance-commitment", "medium"],
      ["no-performance-commitment", "medium"],
    ]);
    const [page, query] = t.findings;
    expect(page.values).toEqual({
      pageLoadSeconds: { value: 8, unit: "second", text: "eight (8) seconds" },
    });
    expect(page.message).toBe(
      "Page load time: eight (8) seconds (8 seconds); playbook: at most 3 seconds."
    );
    expect(query.values).toEqual({
      querySeconds: { value: 15, unit: "second", text: "15 seconds" },
    });
    expect(query.message).toBe("Query response time: 15 seconds; playbook: at most 5 seconds.");
  });

  it("reads 秒 in Chinese, telling the page from the query by the nearest word", () => {
    const t = run("9.4 系统页面响应时间不超过5秒，复杂查询不超过10秒。");
    expect(t.findings.map((f) => Object.keys(f.values)[0])).toEqual([
      "pageLoadSeconds",
      "querySeconds",
    ]);
    expect(t.findings[0].values.pageLoadSeconds).toEqual({
      value: 5,
      unit: "second",
      text: "5秒",
    });
    expect(t.findings[0].message).toBe("页面加载时间：5秒；审查标准：不超过3秒。");
    expect(t.findings[1].message).toBe("查询响应时间：10秒；审查标准：不超过5秒。");
    expect(t.findings[0].suggestion).toMatch(/页面加载时间不超过3秒，查询结果返回时间不超过5秒/);
  });

  it("flags performance expressly not committed (English and Chinese)", () => {
    const en = run(
      "9.4 Performance. The responsiveness of the Service depends on Customer's network. Vendor makes no commitment regarding page load, query or batch processing times."
    );
    expect(en.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["no-performance-commitment", "medium"],
    ]);
    expect(en.findings[0].values).toEqual({ performanceCommitted: { value: false } });
    expect(en.findings[0].message).toBe(
      "Performance is not committed; playbook: page load within 3 seconds and query results within 5 seconds, at the agreed number of concurrent users."
    );
    expect(en.findings[0].anchor.quote).toBe(
      "Vendor makes no commitment regarding page load, query or batch processing times."
    );
    const zh = run("9.4 乙方不对本服务的响应时间或处理性能作出任何承诺。");
    expect(zh.findings[0].message).toBe(
      "系统性能未作承诺；审查标准：页面加载不超过3秒，查询结果不超过5秒，并在约定的并发用户数下达到。"
    );
  });

  it("flags times the vendor only aims at", () => {
    const t = run(
      "9.4 Vendor will use reasonable efforts to ensure that pages load within 3 seconds."
    );
    expect(t.findings.map((f) => f.values.performanceCommitted?.value)).toEqual([false]);
    const zh = run("9.4 页面加载时间3秒、查询时间5秒仅供参考，不具约束力。");
    expect(zh.verdict).toBe("deviates");
  });

  it("meets page ≤ 3 s and query ≤ 5 s, also as 'shall not exceed' and in Traditional Chinese", () => {
    const en = run(
      "9.4 At up to 200 concurrent users, page load time shall not exceed three (3) seconds and query results shall be returned within five (5) seconds."
    );
    expect(en.verdict).toBe("meets");
    expect(en.findings).toEqual([]);
    const zh = run("第九條 頁面載入時間不超過2秒，查詢結果返回時間不超過4秒。");
    expect(zh.verdict).toBe("meets");
    const table = run(
      "## 附件二 服务等级协议（SLA）",
      "指标 | 承诺值",
      "页面加载时间 | ≤3秒",
      "查询响应时间 | ≤5秒"
    );
    expect(table.verdict).toBe("meets");
    expect(table.clauses).toHaveLength(2);
  });

  it("is missing when nothing speaks of speed", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/pages of the Service load within 3 seconds/);
  });

  it("does not count performance of obligations, support deadlines or passing mentions", () => {
    const t = run(
      "2.5 Vendor remains responsible for the performance of its subcontractors.",
      "13.2 Customer shall not interfere with the integrity or performance of the Service.",
      "14.4 Vendor makes no warranty regarding third-party products and is not responsible for their availability, security or performance.",
      "8.2 Vendor will respond to urgent faults within 30 minutes.",
      "9.2 下列情形导致的服务中断或性能下降不计入服务不可用时间。",
      "Severity | Response time | Resolution time",
      "P1 | 30 minutes | 4 hours"
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples: both drafts refuse any performance commitment", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect({ file, codes: t.findings.map((f) => f.reason.code) }).toEqual({
        file,
        codes: ["no-performance-commitment"],
      });
      expect(t.clauses.map((c) => c.quote.slice(0, 3))).toEqual(["9.4"]);
    }
  });
});
