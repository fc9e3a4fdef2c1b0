/** data-ownership: who owns customer data, and what the vendor may use it for. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { dataOwnership } from "../../../src/engine/topics/dataOwnership";
import { dataOwnership as wording } from "../../../src/library/topics/dataOwnership";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(dataOwnership, wording, lines);
const sample = (file: string) =>
  judge(
    dataOwnership,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );
const uses = (t: ReturnType<typeof run>) => t.findings.map((f) => f.values.vendorUse.value);

describe("data-ownership", () => {
  it("flags the vendor using customer data for its own purposes (English)", () => {
    const t = run(
      "10.2 Vendor may use Customer Data to provide and improve the Service and to develop new products."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["vendor-uses-data", "high"]);
    expect(f.values).toEqual({ vendorUse: { value: "improve" } });
    expect(f.message).toBe(
      'The vendor may use customer data for its own purposes or claims rights in it ("improve"); playbook: the customer owns all its data, and the vendor uses it only to provide the service.'
    );
  });

  it("flags 产品改进 and 市场推广 in Chinese, and in Traditional Chinese", () => {
    const t = run("第十条 乙方有权将甲方数据用于产品改进和市场推广。");
    expect(uses(t)).toEqual(["产品改进"]);
    expect(t.findings[0].message).toBe(
      "供应商可将客户数据用于自身目的或对其主张权利（“产品改进”）；审查标准：客户数据全部归客户所有，供应商仅可为提供本服务而使用。"
    );
    expect(t.findings[0].suggestion).toMatch(/^甲方数据（包括客户资料、交易记录、沟通记录/);
    expect(uses(run("第十條 乙方有權將客戶資料用於產品改進及行銷推廣。"))).toEqual(["產品改進"]);
  });

  it("flags rights claimed in the data: a perpetual licence, derived data, joint ownership", () => {
    const licence = run(
      "10.2 Customer grants Vendor a worldwide, royalty-free, perpetual license to use Customer Data."
    );
    expect(uses(licence)).toEqual(["perpetual license"]);
    const derived = run("10.2 乙方对衍生数据享有全部权利。");
    expect(derived.findings.map((f) => f.reason.code)).toEqual(["vendor-uses-data"]);
    const joint = run(
      "11.2 Reports built from Customer Data shall be jointly owned by the parties."
    );
    expect(uses(joint)).toEqual(["jointly owned"]);
  });

  it("splits a sentence at 'but': a promise not to sell does not cover benchmarking", () => {
    const t = run(
      "10.2 Vendor will not sell Customer Data, but may use aggregated data derived from it for benchmarking."
    );
    expect(uses(t)).toEqual(["benchmark"]);
  });

  it("meets customer ownership with use only to provide the service, in all three scripts", () => {
    const en = run(
      "10.2 Customer owns all Customer Data. Vendor shall use Customer Data solely to provide the Service and shall not use it for any other purpose."
    );
    expect(en.verdict).toBe("meets");
    expect(en.findings).toEqual([]);
    expect(
      run(
        "10.2 甲方数据归甲方所有，乙方仅可为向甲方提供本服务之目的使用甲方数据，不得用于其他目的。"
      ).verdict
    ).toBe("meets");
    expect(
      run("10.2 甲方資料歸甲方所有，乙方僅得為提供本服務之目的使用甲方資料，不得用於其他目的。")
        .verdict
    ).toBe("meets");
  });

  it("treats a forbidden use as protective, not as a risk", () => {
    const t = run(
      "10.2 Vendor shall not use Customer Data for analytics, marketing or the training of AI models."
    );
    expect(t.verdict).toBe("meets");
    const zh = run("10.2 未经甲方书面同意，乙方不得将甲方数据用于数据分析或产品改进。");
    expect(zh.verdict).toBe("meets");
  });

  it("is missing when nothing says who owns or may use the data", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/belong to the Customer/);
  });

  it("does not count definitions, publicity, access, storage or deletion clauses", () => {
    const t = run(
      "1.7 “甲方数据”：指甲方录入本软件的数据。",
      "21.7 Vendor may use Customer's name and logo in its marketing materials.",
      "10.4 Vendor personnel may access Customer Data to provide support.",
      "10.3 Vendor may store and process Customer Data in any country.",
      "16.4 Upon termination Vendor will delete Customer Data."
    );
    expect(t.verdict).toBe("missing");
    expect(t.clauses).toEqual([]);
  });

  it("reads the samples: both drafts let the vendor use customer data for its own ends", () => {
    const zh = sample("vendor-saas-zh.draft.md");
    expect(uses(zh)).toEqual(["数据分析"]);
    expect(zh.findings[0].anchor.quote).toMatch(/^10\.2 甲方同意，乙方可以为数据分析/);
    const en = sample("vendor-crm-en.draft.md");
    expect(en.findings.map((f) => f.anchor.quote.slice(0, 40))).toEqual([
      "Notwithstanding Section 12, Customer gra",
      "Vendor and its licensors own all right, ",
    ]);
  });
});
