/** data-export: getting the data out — a free export in common formats, and time to do it after the end. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { dataExport } from "../../../src/engine/topics/dataExport";
import { dataExport as wording } from "../../../src/library/topics/dataExport";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(dataExport, wording, lines);
const sample = (file: string) =>
  judge(
    dataExport,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const codes = (t: ReturnType<typeof run>) =>
  t.findings.map((f) => `${f.reason.code}${f.reason.params.why ? `:${f.reason.params.why}` : ""}`);

describe("data-export", () => {
  it("flags a refused export and deletion fifteen days after termination (English)", () => {
    const t = run(
      "16.4 Upon termination, Vendor has no obligation to export, return or migrate any Customer Data, and Vendor will delete Customer Data fifteen (15) days after the effective date of termination."
    );
    expect(t.verdict).toBe("deviates");
    expect(codes(t)).toEqual(["no-export:refused", "early-deletion"]);
    const [refused, early] = t.findings;
    expect(refused.severity).toBe("high");
    expect(refused.message).toBe(
      "The contract refuses data export or return; playbook: full export at any time, free of charge, in common formats (CSV / Excel), with data kept at least 30 days after termination."
    );
    expect(early.severity).toBe("high");
    expect(early.values).toEqual({
      retentionDays: { value: 15, unit: "day", text: "fifteen (15) days" },
    });
    expect(early.message).toBe(
      "Data kept after termination: 15 days; playbook: at least 30 days for export, then deleted with written confirmation."
    );
  });

  it("reads 15日 and 无义务…导出 in Chinese and answers in Chinese", () => {
    const t = run(
      "16.4 本协议终止后，乙方将于终止之日起15日后删除甲方数据。乙方无义务向甲方提供数据导出服务。"
    );
    expect(codes(t)).toEqual(["no-export:refused", "early-deletion"]);
    const early = t.findings[1];
    expect(early.values.retentionDays).toEqual({ value: 15, unit: "day", text: "15日" });
    expect(early.message).toBe(
      "合同终止后数据保留期：15日；审查标准：至少保留30日供客户导出，期满后删除并书面确认。"
    );
    expect(t.findings[0].message).toBe(
      "合同明确不提供数据导出或返还；审查标准：客户可随时免费以CSV、Excel等通用格式导出全部数据，终止后数据至少保留30日。"
    );
    expect(t.findings[0].suggestion).toMatch(/以CSV, Excel等通用格式免费导出全部甲方数据/);
  });

  it("flags immediate deletion as zero days, and no export right at all", () => {
    const t = run("16.4 Upon termination, Vendor will immediately delete all Customer Data.");
    expect(codes(t)).toEqual(["no-export:absent", "early-deletion"]);
    expect(t.findings[1].values.retentionDays).toEqual({
      value: 0,
      unit: "day",
      text: "immediately",
    });
    expect(t.findings[1].message).toBe(
      "Data kept after termination: none (deleted immediately); playbook: at least 30 days for export, then deleted with written confirmation."
    );
    expect(t.findings[0].message).toMatch(/^The contract gives the customer no right to export/);
  });

  it("flags an export that is charged or only in a proprietary format", () => {
    expect(
      codes(
        run(
          "16.4 Data export assistance is available at Vendor's then-current professional services rates."
        )
      )
    ).toEqual(["no-export:charged"]);
    expect(codes(run("16.4 Customer may export its data in Vendor's proprietary format."))).toEqual(
      ["no-export:proprietary"]
    );
    const zh = run("16.4 甲方需要导出数据的，乙方另行收取数据导出服务费。");
    expect(codes(zh)).toEqual(["no-export:charged"]);
    expect(zh.findings[0].message).toMatch(/^数据导出需另行付费；审查标准/);
  });

  it("meets a free export in CSV/Excel with 30 days after termination, in all three scripts", () => {
    const en = run(
      "16.4 Customer may export all Customer Data at any time, free of charge, in CSV or Excel format. Vendor shall not delete Customer Data until thirty (30) days after termination, and shall then confirm the deletion in writing."
    );
    expect(en.verdict).toBe("meets");
    expect(en.findings).toEqual([]);
    const zh = run(
      "16.4 甲方可随时以CSV、Excel格式免费导出全部甲方数据。本协议终止后，乙方应保留甲方数据30日，期满后删除并书面确认。"
    );
    expect(zh.verdict).toBe("meets");
    const traditional = run(
      "第十六條 甲方得隨時以CSV或Excel格式免費匯出全部資料。本協議終止後，乙方應保留甲方資料三十日，期滿後刪除並書面確認。"
    );
    expect(traditional.verdict).toBe("meets");
  });

  it("takes the window the data is kept, not a later purge of backups", () => {
    const t = run(
      "16.4 Vendor will make Customer Data available for export for sixty (60) days after termination, after which it will delete the data within ten (10) days."
    );
    expect(t.verdict).toBe("meets");
  });

  it("is missing when nothing speaks of getting the data out or of its fate at the end", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(
      /export all Customer Data free of charge in common formats \(CSV, Excel\)/
    );
  });

  it("does not count export controls, confidential information, imports or routine backups", () => {
    const t = run(
      "13.5 Customer shall comply with all export control laws.",
      "12.5 Upon termination the Recipient shall return or destroy the Discloser's Confidential Information.",
      "6.3 Vendor will export the legacy data from Customer's old CRM and import it into the Service.",
      "10.7 Vendor backs up the Service daily and retains each backup for seven (7) days.",
      "10.8 乙方每日对数据库进行备份，备份数据保留七日。"
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples: no export, and deletion fifteen days after termination", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect({ file, codes: codes(t) }).toEqual({
        file,
        codes: ["no-export:refused", "early-deletion"],
      });
      expect(t.findings[1].values.retentionDays.value).toBe(15);
    }
  });
});
