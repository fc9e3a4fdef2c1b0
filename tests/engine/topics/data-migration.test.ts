/** data-migration: the customer migrates, a single import, migration charged vs vendor migrates. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { dataMigration as rule } from "../../../src/engine/topics/dataMigration";
import { dataMigration as wording } from "../../../src/library/topics/dataMigration";
import { judge } from "../topicHarness";

const sample = (file: string) =>
  judge(rule, wording, readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file));

const POSITION_EN =
  "playbook: the vendor cleanses and maps the data, migrates a pilot first, delivers a migration report and keeps a backup of the original data until sign-off.";
const POSITION_ZH =
  "审查标准：由乙方负责数据清洗与映射，先试点迁移，提交迁移报告，并在甲方签认前保留原始数据备份。";

describe("data-migration", () => {
  it("flags a customer who prepares its own data for one bulk import (English)", () => {
    const t = judge(rule, wording, [
      "6.3 Data Import. Customer is responsible for extracting, cleansing and formatting its legacy data. Vendor will perform one (1) bulk import of the files so prepared.",
    ]);
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["customer-migrates", "medium"]);
    expect(f.values).toEqual({ migrationByVendor: { value: false }, imports: { value: 1 } });
    expect(f.message).toBe(
      `Data migration: the customer extracts, cleanses and formats its own data, a single bulk import only; ${POSITION_EN}`
    );
    expect(f.anchor.quote).toMatch(/^Customer is responsible for extracting/);
  });

  it("flags 甲方自行整理、清洗 and 一次批量导入 (Chinese)", () => {
    const t = judge(rule, wording, [
      "6.3 甲方应按照乙方提供的导入模板自行整理、清洗和转换历史数据，乙方可协助进行一次批量导入。",
    ]);
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["customer-migrates", "medium"]);
    expect(f.reason.params.kinds).toBe("customer,single");
    expect(f.message).toBe(
      `数据迁移：由甲方自行整理、清洗和转换数据，仅一次批量导入；${POSITION_ZH}`
    );
  });

  it("flags migration charged separately, in English, Chinese and Traditional Chinese", () => {
    const en = judge(rule, wording, [
      "6.2 Data migration services are available for an additional fee.",
    ]);
    expect(en.findings[0].values).toEqual({
      migrationByVendor: { value: false },
      migrationCharged: { value: true },
    });
    expect(en.findings[0].message).toBe(
      `Data migration: migration charged separately; ${POSITION_EN}`
    );
    const zh = judge(rule, wording, ["6.2 数据迁移服务需另行付费。"]);
    expect(zh.findings[0].message).toBe(`数据迁移：迁移另行收费；${POSITION_ZH}`);
    const tw = judge(rule, wording, ["6.2 歷史資料遷移服務另行計費。"]);
    expect(tw.verdict).toBe("deviates");
  });

  it("flags a vendor that only assists, but not a customer that assists the vendor", () => {
    const en = judge(rule, wording, [
      "6.3 Vendor will provide reasonable assistance with data migration at Customer's request.",
    ]);
    expect(en.findings[0].message).toBe(
      `Data migration: the vendor only assists, the migration stays the customer's job; ${POSITION_EN}`
    );
    expect(judge(rule, wording, ["6.3 乙方可协助甲方进行数据迁移。"]).verdict).toBe("deviates");
    expect(
      judge(rule, wording, ["6.3 乙方负责历史数据迁移，甲方应协助乙方核对数据。"]).verdict
    ).toBe("meets");
  });

  it("reads every sentence under a Data Migration heading", () => {
    const t = judge(rule, wording, [
      "## 7. Data Migration",
      "7.1 Customer shall prepare and load its data using the import tool.",
    ]);
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["customer"]);
  });

  it("meets a vendor migration with pilot, report and backup", () => {
    const t = judge(rule, wording, [
      "4.4 Vendor shall cleanse and map Customer's legacy data, migrate a pilot data set first, deliver a migration report and keep a backup of the original data until Customer's written sign-off.",
    ]);
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("meets when the customer expressly need not prepare its data, and in Traditional Chinese", () => {
    expect(
      judge(rule, wording, ["6.3 甲方无需自行整理或清洗数据，由乙方负责全部历史数据的迁移工作。"])
        .verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, [
        "6.3 Customer shall not be required to cleanse or format its legacy data; Vendor shall perform the migration at no additional charge.",
      ]).verdict
    ).toBe("meets");
    expect(
      judge(rule, wording, [
        "4.4 乙方負責歷史資料之清洗、對應與遷移，並於甲方書面確認前保留原始資料備份。",
      ]).verdict
    ).toBe("meets");
  });

  it("is missing when no clause brings existing data in", () => {
    const t = judge(rule, wording, ["1. The Vendor provides CRM software to the Customer."]);
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/^The Vendor shall migrate the Customer's existing data/);
  });

  it("does not count migration out at exit, data-centre moves or definitions", () => {
    for (const line of [
      "16.4 Upon termination, Vendor has no obligation to export, return or migrate any Customer Data.",
      "10.3 Vendor may migrate the Service to another data centre within mainland China.",
      "16.4 合同终止后，乙方无义务向甲方提供数据导出、数据迁移或数据备份服务。",
      '1.12 "Professional Services" means implementation, data migration and training services.',
    ]) {
      expect(judge(rule, wording, [line]).verdict).toBe("missing");
    }
  });

  it("finds the charged migration and the customer's own data preparation in the English sample", () => {
    const t = sample("vendor-crm-en.draft.md");
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["charged", "customer,single"]);
    expect(t.clauses.map((c) => c.quote.slice(0, 3))).toEqual(["2.4", "6.3"]); // not 16.4 (exit)
  });

  it("finds 数据迁移 excluded from the fees and 自行整理 in the Chinese sample", () => {
    const t = sample("vendor-saas-zh.draft.md");
    expect(t.findings.map((f) => f.reason.params.kinds)).toEqual(["charged", "customer,single"]);
    expect(t.clauses.some((c) => c.quote.startsWith("16.4"))).toBe(false);
  });
});
