/** confidentiality: mutual and surviving termination, or one-sided / short. */
import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { confidentiality } from "../../../src/engine/topics/confidentiality";
import { confidentiality as wording } from "../../../src/library/topics/confidentiality";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(confidentiality, wording, lines);
const sample = (file: string) =>
  judge(
    confidentiality,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("confidentiality", () => {
  it("flags a duty that binds only the customer (English)", () => {
    const t = run(
      "12.1 Customer shall keep confidential all non-public information disclosed by Vendor, including its pricing and product roadmap, and shall not disclose it to any third party."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["one-sided", "medium"]);
    expect(f.values).toEqual({ mutual: { value: false } });
    expect(f.message).toBe(
      "The confidentiality duty binds only the customer; the vendor owes no confidence for the customer's lists, sales strategy or pricing models; playbook: mutual confidentiality (at least the vendor and its staff keep the customer's information confidential), use only for the service, surviving termination."
    );
    expect(f.anchor.quote).toMatch(/^12\.1 Customer shall keep confidential/);
  });

  it("flags a one-sided duty in Chinese, and a vendor expressly exempted", () => {
    const t = run(
      "第十二条 甲方应对乙方提供的技术资料、报价及产品信息严格保密，不得向任何第三方披露。"
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["one-sided"]);
    expect(t.findings[0].message).toMatch(/^保密义务只约束甲方/);

    const exempt = run(
      "12.1 Each party shall keep the other party's Confidential Information confidential.",
      "12.2 Notwithstanding Section 12.1, the confidentiality obligations shall not apply to Vendor's use of Customer Data."
    );
    expect(exempt.findings.map((f) => f.reason.code)).toEqual(["one-sided"]);
  });

  it("reads online terms where only 'you' keep 'our' information confidential", () => {
    const t = run(
      "3.1 You agree to keep confidential all non-public information about our service, pricing and roadmap."
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["one-sided"]);
  });

  it("flags a duty that ends two years after termination, reading the number (English)", () => {
    const t = run(
      "## 12. Confidentiality",
      "12.2 Each party shall hold the other party's Confidential Information in confidence.",
      "12.6 The obligations in this Section 12 shall survive for two (2) years after the termination or expiration of this Agreement."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["short-duty", "medium"]);
    expect(f.values.survivalYears).toEqual({ value: 2, unit: "year", text: "two (2) years" });
    expect(f.message).toBe(
      "The confidentiality duty lasts only two (2) years; playbook: it survives termination, for at least 3 years."
    );
  });

  it("flags a duty that ends with the agreement (Chinese)", () => {
    const t = run(
      "第十二条 双方应对在履行本协议过程中知悉的对方商业秘密予以保密。本条保密义务于本协议终止时终止。"
    );
    const [f] = t.findings;
    expect(f.reason.code).toBe("short-duty");
    expect(f.values.survivalYears.value).toBe(0);
    expect(f.message).toBe(
      "保密义务随协议终止而终止（“于本协议终止时终止”）；审查标准：协议终止后继续有效，至少3年。"
    );
  });

  it("reads 一年 and 十八個月 as short tails", () => {
    expect(
      run(
        "12.5 双方的保密义务在本协议终止后一年内继续有效。",
        "12.1 双方应对对方的保密信息严格保密。"
      ).findings[0].values.survivalYears.value
    ).toBe(1);
    expect(
      run(
        "12.5 雙方的保密義務在本協議終止後十八個月內繼續有效。",
        "12.1 雙方應對對方的保密資訊嚴格保密。"
      ).findings[0].values.survivalYears
    ).toMatchObject({ value: 1.5, text: "十八個月" });
    expect(
      run(
        "12.5 雙方的保密義務在本協議終止後十八個月內繼續有效。",
        "12.1 雙方應對對方的保密資訊嚴格保密。"
      ).findings[0].message
    ).toBe("保密义务仅持续十八個月（约1.5年）；审查标准：协议终止后继续有效，至少3年。");
  });

  it("meets a mutual duty that survives termination (English)", () => {
    const t = run(
      "12.2 The Recipient shall use the Discloser's Confidential Information only to perform this Agreement and shall not disclose it to any third party.",
      "12.6 These obligations survive termination of this Agreement for so long as the information remains confidential.",
      "12.5 The Recipient shall return or destroy Confidential Information within thirty (30) days after termination."
    );
    expect(t.verdict).toBe("meets");
    expect(t.clauses).toHaveLength(3);
  });

  it("meets a duty that binds the vendor and its staff, surviving termination (Chinese)", () => {
    const t = run(
      "第十二条 乙方及其员工应对甲方的客户名单、销售策略、定价模型严格保密，仅为提供本服务之目的使用，不得向任何第三方泄露。本条义务不因本协议的终止而解除。"
    );
    expect(t.verdict).toBe("meets");
  });

  it("meets in Traditional Chinese with a five-year tail", () => {
    const t = run(
      "第十二條 雙方應對在履行本協議過程中知悉的對方保密資訊嚴格保密，保密義務在本協議終止後五年內繼續有效。"
    );
    expect(t.verdict).toBe("meets");
  });

  it("is missing when only a definition or a password duty mentions confidentiality", () => {
    const t = run(
      '1.12 "Confidential Information" means all non-public information disclosed by a party.',
      "13.1 Customer is responsible for maintaining the confidentiality of its login credentials.",
      "20.1 This Agreement is governed by the laws of the People's Republic of China."
    );
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("medium");
    expect(t.suggestion).toMatch(/^Each party shall keep confidential/);
    const zh = run(
      "1.12 “保密信息”：具有本协议第十二条所述的含义。",
      "13.2 甲方应妥善保管账号和密码，并对其保密。"
    );
    expect(zh.verdict).toBe("missing");
    expect(zh.suggestion).toMatch(/^双方均应对/);
  });

  it("concludes that both bundled drafts have a mutual duty that survives termination", () => {
    for (const file of ["vendor-saas-zh.draft.md", "vendor-crm-en.draft.md"]) {
      const t = sample(file);
      expect(t.verdict).toBe("meets");
      expect(t.clauses.length).toBeGreaterThanOrEqual(2);
    }
  });
});
