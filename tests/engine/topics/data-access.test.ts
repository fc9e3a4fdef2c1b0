/** data-access: the vendor's staff access to customer data — need-based and logged, or free. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { dataAccess } from "../../../src/engine/topics/dataAccess";
import { dataAccess as wording } from "../../../src/library/topics/dataAccess";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(dataAccess, wording, lines);
const sample = (file: string) =>
  judge(
    dataAccess,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("data-access", () => {
  it("flags access at the vendor's discretion (English)", () => {
    const t = run(
      "10.4 Access by Vendor Personnel. Vendor's personnel may access Customer Data to the extent Vendor considers necessary to provide support or maintain the Service."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect(f.reason.code).toBe("free-access");
    expect(f.severity).toBe("medium");
    expect(f.values).toEqual({
      vendorAccess: { value: "discretionary", text: "Vendor considers" },
      accessLogged: { value: false },
    });
    expect(f.message).toBe(
      'Vendor staff may access customer data as the vendor sees fit ("Vendor considers"); playbook: access only as needed to provide the service, with least privilege, every access logged and the logs available to the customer, and an IP allow-list supported.'
    );
    expect(f.anchor.quote).toMatch(/^Access by Vendor Personnel\.|^Vendor's personnel may access/);
  });

  it("flags an unrestricted, unlogged right to access (Chinese)", () => {
    const t = run(
      "第十条 为提供技术支持及系统维护之需要，乙方的运维人员有权访问甲方账号及甲方数据，甲方对此予以认可。"
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["free-access", "medium"]);
    expect(f.values.vendorAccess).toEqual({ value: "unrestricted", text: "访问" });
    expect(f.values.accessLogged.value).toBe(false);
    expect(f.message).toBe(
      "乙方人员可访问甲方数据，未限于提供服务所必需，也未约定访问日志（“访问”）；审查标准：仅在提供服务所必需时按最小权限访问，每次访问均记录日志并向甲方开放查阅，支持IP白名单。"
    );
    expect(f.suggestion).toMatch(/^乙方及其人员仅可在为甲方提供技术支持/);
  });

  it("flags access 'at any time' in Chinese as discretionary", () => {
    const t = run("10.3 乙方可随时查看甲方数据，无需事先通知甲方。");
    expect(t.findings.map((f) => [f.reason.code, f.values.vendorAccess.value])).toEqual([
      ["free-access", "discretionary"],
    ]);
    expect(t.findings[0].message).toContain("乙方人员可按乙方自行判断访问甲方数据（“随时”）");
  });

  it("flags a clause that rules out access logs", () => {
    const t = run(
      "7.2 Vendor personnel may access Customer Data only as needed to provide support. Vendor is not required to keep logs of such access."
    );
    expect(t.findings.map((f) => f.values.vendorAccess.value)).toEqual(["no-logs"]);
    expect(t.findings[0].message).toMatch(/^The contract rules out logs of the vendor's access/);
  });

  it("reads online terms: 'whenever we deem it appropriate'", () => {
    const t = run(
      "1.2 Our support engineers may access your account and Customer Data whenever we deem it appropriate."
    );
    expect(t.findings.map((f) => f.values.vendorAccess)).toEqual([
      { value: "discretionary", text: "whenever" },
    ]);
  });

  it("meets need-to-know, logged access (English)", () => {
    const t = run(
      "10.4 Vendor personnel may access Customer Data only to the extent strictly necessary to provide support, on a least-privilege basis. All such access is logged, and Vendor shall make the access logs available to Customer on request. The Service supports IP allow-lists."
    );
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("meets a protective negation: no access without the customer's consent (Chinese)", () => {
    const t = run(
      "第十条 未经甲方事先书面同意，乙方及其人员不得访问、查看或调取甲方数据；经同意的访问应记录日志并供甲方查阅。"
    );
    expect(t.verdict).toBe("meets");
  });

  it("meets in Traditional Chinese", () => {
    const t = run(
      "第十條 乙方人員僅可在提供技術支持所必需的範圍內訪問甲方資料，每次訪問均應記錄日誌並供甲方查閱。"
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(1);
  });

  it("is missing when no clause speaks of the vendor's access", () => {
    const t = run("1. The Vendor provides CRM software.", "2. Customer owns all Customer Data.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/least-privilege basis/);
  });

  it("does not take other topics' access for this one", () => {
    const t = run(
      '1.6 "Customer Data" means all data submitted by Customer to the Service.',
      "12.2 The Recipient shall disclose Confidential Information only to employees who need to know it.",
      "13.2 Customer shall not attempt to gain unauthorized access to the Service.",
      "16.4 Upon termination, Customer's access to the Service ends and Customer may access and export Customer Data for thirty days.",
      "10.6 If Vendor becomes aware of unauthorized access to Customer Data, Vendor will notify Customer.",
      "2.2 甲方仅需通过乙方支持的浏览器，凭授权用户账号登录使用本服务。"
    );
    expect(t.verdict).toBe("missing");
  });

  it("concludes on the bundled drafts that vendor staff access data freely", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("deviates");
      expect(t.findings.map((f) => f.reason.code)).toEqual(["free-access"]);
      expect(t.findings[0].anchor.quote).toMatch(
        /^(?:10\.4 )?为提供技术支持|^Vendor's personnel may access/
      );
    }
  });
});
