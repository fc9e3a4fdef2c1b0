/** data-residency: where customer data is stored, and whether it may leave the agreed region. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { dataResidency } from "../../../src/engine/topics/dataResidency";
import { dataResidency as wording } from "../../../src/library/topics/dataResidency";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(dataResidency, wording, lines);
const sample = (file: string) =>
  judge(
    dataResidency,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const where = (t: ReturnType<typeof run>) => t.findings.map((f) => f.values.storageLocation.value);

describe("data-residency", () => {
  it("flags storage abroad and 'any country' (English)", () => {
    const t = run(
      "10.3 Customer Data will be hosted in data centers located in the United States and Singapore. Vendor may transfer, store and process Customer Data in any country in which it maintains facilities."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["data-abroad", "high"]);
    expect(f.values).toEqual({ storageLocation: { value: "United States" } });
    expect(f.message).toBe(
      'Data may be stored or transferred outside the agreed region ("United States"); playbook: storage in mainland China, no cross-border transfer without the customer\'s written consent.'
    );
    expect(
      where(run("10.3 Backups of Customer Data are kept in Singapore for disaster recovery."))
    ).toEqual(["Singapore"]);
  });

  it("flags 境内外 backups in Chinese and answers in Chinese", () => {
    const t = run(
      "10.3 为保障服务的连续性，乙方可在其位于境内外的各数据中心之间对甲方数据进行存储、备份和容灾处理。"
    );
    expect(where(t)).toEqual(["境内外"]);
    expect(t.findings[0].message).toBe(
      "数据可存储于或传输至约定地区以外（“境内外”）；审查标准：数据存储于中国大陆境内，未经客户书面同意不得跨境传输。"
    );
    expect(t.findings[0].suggestion).toMatch(
      /^甲方数据（包括备份及容灾数据）应存储于中国大陆境内的数据中心/
    );
    // Consent given away in the contract itself is no protection.
    expect(where(run("10.3 甲方同意乙方可将甲方数据存储于境外服务器。"))).toEqual(["境外"]);
  });

  it("flags hosting or compliance clauses that never say where the data is", () => {
    const en = run(
      "10.3 Customer Data is stored on servers operated by Vendor's hosting provider."
    );
    expect(where(en)).toEqual(["unstated"]);
    expect(en.findings[0].message).toBe(
      "The contract does not say where the data is stored; playbook: storage in mainland China, no cross-border transfer without the customer's written consent."
    );
    const zh = run("10.7 乙方应遵守《个人信息保护法》处理甲方数据中的个人信息。");
    expect(zh.findings.map((f) => [f.reason.code, f.values.storageLocation.value])).toEqual([
      ["data-abroad", "unstated"],
    ]);
    expect(zh.findings[0].message).toMatch(/^合同未约定数据存储地；/);
  });

  it("meets storage in mainland China with no transfer out without consent, in all three scripts", () => {
    const en = run(
      "10.3 Customer Data shall be stored in data centres located in mainland China and shall not be transferred outside mainland China without Customer's prior written consent."
    );
    expect(en.verdict).toBe("meets");
    expect(en.findings).toEqual([]);
    expect(
      run("10.3 甲方数据存储于中国境内，未经甲方书面同意，乙方不得将甲方数据传输至境外。").verdict
    ).toBe("meets");
    expect(
      run("第十條 甲方資料儲存於中國境內之機房，未經甲方書面同意，不得傳輸至境外。").verdict
    ).toBe("meets");
    expect(run("10.3 所有数据及其备份均存储在位于上海的数据中心。").verdict).toBe("meets");
  });

  it("is missing when nothing says where data is kept", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/stored in data centres located in mainland China/);
    expect(t.suggestion).toMatch(/within 24 hours/);
  });

  it("does not count governing law, the customer's own compliance, export controls or licences", () => {
    const t = run(
      "20.1 This Agreement is governed by the laws of the People's Republic of China.",
      "10.1 Customer shall comply with PIPL when collecting personal data.",
      "13.5 Customer shall comply with all United States export control laws applicable to its use of the Service.",
      "10.2 Customer grants Vendor a worldwide license to store Customer Data.",
      "9.2 Excluded: failures of cross-border network links or third-party hosting providers."
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples: US/Singapore hosting and 境内外 data centres", () => {
    expect(where(sample("vendor-crm-en.draft.md"))).toEqual(["United States"]);
    expect(where(sample("vendor-saas-zh.draft.md"))).toEqual(["境内外"]);
  });
});
