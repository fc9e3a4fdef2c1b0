/**
 * The key terms of a contract, read from the bundled samples and golden contracts in both
 * languages: each value as the document states it (whether or not it meets the playbook), the words
 * as written, and an anchor on the sentence that states them.
 */
import { readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { keyTerms, type KeyTerm, type KeyTermId } from "../../src/engine/keyTerms";
import { review } from "../../src/engine/review";
import type { DocumentSnapshot } from "../../src/engine/snapshot";
import { defaultPlaybook, libraryWording } from "../../src/library";

function termsOf(path: string) {
  const snapshot = readDraft(readFileSync(path, "utf8"), path);
  const report = review(snapshot, defaultPlaybook, libraryWording);
  return { snapshot, terms: keyTerms(snapshot, report, defaultPlaybook) };
}

function termsOfLines(...lines: string[]) {
  const snapshot: DocumentSnapshot = { paragraphs: lines.map((text, index) => ({ index, text })) };
  const report = review(snapshot, defaultPlaybook, libraryWording);
  return keyTerms(snapshot, report, defaultPlaybook);
}

/** id → the value (a number, yes/no, a code, or a place as written). */
const valuesOf = (terms: KeyTerm[]) =>
  Object.fromEntries(
    terms.map((t) => [t.id, typeof t.value === "string" ? t.value : t.value.value])
  );

const byId = (terms: KeyTerm[], id: KeyTermId) => {
  const term = terms.find((t) => t.id === id);
  if (!term) throw new Error(`no key term ${id}`);
  return term;
};

/** Every anchor quotes its paragraph exactly, and the quote holds the words as written. */
function expectAnchored(snapshot: DocumentSnapshot, terms: KeyTerm[]) {
  for (const term of terms) {
    const { paragraph, start, end, quote } = term.anchor;
    expect(snapshot.paragraphs[paragraph].text.slice(start, end)).toBe(quote);
    expect(quote).toContain(term.text);
  }
}

describe("key terms of the bundled samples", () => {
  it("reads the English vendor draft's terms, risky ones and others alike", () => {
    const { snapshot, terms } = termsOf("src/workbench/samples/vendor-crm-en.draft.md");
    expect(valuesOf(terms)).toEqual({
      termLength: 1,
      automaticRenewal: true,
      cancellationNoticeDays: 90,
      paymentPeriod: "year",
      paymentDays: 10,
      userCap: 50,
      availabilityPercent: 99,
      p1ResponseHours: 48,
      p3ResponseHours: 120,
      governingLaw: "State of California",
      forum: "Singapore",
      storageLocation: "United States",
    });
    expect(byId(terms, "cancellationNoticeDays").text).toBe("ninety (90) days");
    expect(byId(terms, "p3ResponseHours").text).toBe("five (5) business days");
    expect(byId(terms, "termLength").value).toMatchObject({ value: 1, unit: "year" });
    expectAnchored(snapshot, terms);
  });

  it("reads the Chinese vendor draft's terms, quoting the words as written", () => {
    const { snapshot, terms } = termsOf("src/workbench/samples/vendor-saas-zh.draft.md");
    expect(valuesOf(terms)).toEqual({
      termLength: 1,
      automaticRenewal: true,
      cancellationNoticeDays: 90,
      paymentPeriod: "year",
      paymentDays: 10,
      userCap: 50,
      availabilityPercent: 99,
      p1ResponseHours: 48,
      p3ResponseHours: 120,
      governingLaw: "香港特别行政区",
      forum: "新加坡国际仲裁中心",
      storageLocation: "境内外",
    });
    // The rule read the normalised "九十(90)日"; the term quotes the document's full-width brackets.
    expect(byId(terms, "cancellationNoticeDays").text).toBe("九十（90）日");
    expect(byId(terms, "paymentDays").value).toMatchObject({ value: 10, unit: "business-day" });
    expect(byId(terms, "automaticRenewal").text).toBe("自动续约");
    expectAnchored(snapshot, terms);
  });

  it("anchors each term on the clause that states it", () => {
    const { snapshot, terms } = termsOf("src/workbench/samples/vendor-crm-en.draft.md");
    const paragraph = (id: KeyTermId) => snapshot.paragraphs[byId(terms, id).anchor.paragraph].text;
    expect(paragraph("cancellationNoticeDays")).toMatch(/^5\.2 Initial Term and Automatic Renewal/);
    expect(paragraph("userCap")).toMatch(/^3\.2 User Cap and Overage Fees/);
    expect(paragraph("governingLaw")).toMatch(/^20\.1 Governing Law/);
    // The cap is quoted where it is stated, not in the overage sentence of the finding.
    expect(byId(terms, "userCap").anchor.quote).toBe(
      "Customer's subscription is limited to 50 Named Users."
    );
    // "Automatic renewal" in the clause title is not the sentence that renews the contract.
    expect(byId(terms, "automaticRenewal").anchor.quote).toMatch(
      /^Thereafter .* automatically renew/
    );
  });
});

describe("key terms of golden contracts", () => {
  it("reads a protective English contract where every term meets the playbook", () => {
    const { snapshot, terms } = termsOf("tests/fixtures/contracts/en-03-customer-paper.draft.md");
    expect(valuesOf(terms)).toEqual({
      termLength: 1,
      automaticRenewal: false,
      terminationNotice: 30,
      breachNotice: 12,
      paymentPeriod: "quarter",
      paymentDays: 30,
      userCap: 80,
      availabilityPercent: 99.9,
      p1ResponseHours: 1,
      p2ResponseHours: 8,
      p3ResponseHours: 24,
      governingLaw: "People's Republic of China",
      forum: "people's court having jurisdiction over the place where Purchaser is located",
      storageLocation: "Shanghai",
    });
    expect(byId(terms, "paymentPeriod").text).toBe("quarterly in arrears");
    expect(byId(terms, "automaticRenewal").text).toBe("shall not renew");
    expect(byId(terms, "breachNotice").value).toMatchObject({ value: 12, unit: "hour" });
    expectAnchored(snapshot, terms);
  });

  it("reads a protective Chinese contract", () => {
    const { snapshot, terms } = termsOf("tests/fixtures/contracts/zh-03-customer-paper.draft.md");
    expect(valuesOf(terms)).toMatchObject({
      termLength: 3,
      automaticRenewal: false,
      terminationNotice: 30,
      breachNotice: 24,
      paymentPeriod: "milestone",
      paymentDays: 30,
      availabilityPercent: 99.95,
      p1ResponseHours: 1,
      p2ResponseHours: 4,
      p3ResponseHours: 24,
      governingLaw: "中华人民共和国",
      forum: "甲方所在地",
      storageLocation: "中国大陆",
    });
    expect(byId(terms, "termLength").text).toBe("三（3）年");
    expect(byId(terms, "automaticRenewal").text).toBe("不得自动续约");
    expect(byId(terms, "terminationNotice").anchor.quote).toMatch(
      /^20\.1 甲方可提前三十（30）日书面通知/
    );
    expectAnchored(snapshot, terms);
  });

  it("reads a price increase cap that meets the playbook and one that does not", () => {
    const met = termsOf("tests/fixtures/contracts/en-08-second-round.draft.md").terms;
    expect(byId(met, "annualIncreasePercent").value).toMatchObject({ value: 5 });
    const broken = termsOf("tests/fixtures/contracts/zh-02-balanced-msa.draft.md").terms;
    expect(byId(broken, "annualIncreasePercent")).toMatchObject({
      value: { value: 8 },
      text: "百分之八",
    });
  });

  it("reads the term length from a particulars table", () => {
    const { terms } = termsOf("tests/fixtures/contracts/zh-04-order-form.draft.md");
    expect(byId(terms, "termLength").value).toMatchObject({ value: 12, unit: "month" });
    expect(byId(terms, "termLength").anchor.quote).toContain("共十二（12）个月");
  });

  it("anchors every term of every golden contract on its words", () => {
    for (const name of ["en-01-vendor-saas", "en-05-tables", "zh-05-traditional", "zh-06-tables"]) {
      const { snapshot, terms } = termsOf(`tests/fixtures/contracts/${name}.draft.md`);
      expect(terms.length).toBeGreaterThan(8);
      expectAnchored(snapshot, terms);
    }
  });
});

describe("what the document does not state", () => {
  it("leaves out every term a contract is silent on", () => {
    const terms = termsOfLines(
      "1. This Agreement is governed by the laws of the People's Republic of China.",
      "2. Vendor will respond to urgent faults within four (4) hours."
    );
    expect(terms.map((t) => t.id)).toEqual(["p1ResponseHours", "governingLaw"]);
  });

  it("reads the customer's notice to terminate, not a cure period nor the vendor's own notice", () => {
    const cureAndVendor = [
      "16.1 Either Party may terminate this Agreement if the other fails to cure a material breach within thirty (30) days after written notice.",
      "16.2 Vendor may terminate this Agreement on ninety (90) days' written notice.",
    ];
    expect(
      termsOfLines(...cureAndVendor).find((t) => t.id === "terminationNotice")
    ).toBeUndefined();
    const terms = termsOfLines(
      ...cureAndVendor,
      "16.3 Customer may terminate this Agreement for convenience on sixty (60) days' written notice."
    );
    expect(byId(terms, "terminationNotice")).toMatchObject({
      value: { value: 60, unit: "day" },
      text: "sixty (60) days",
      anchor: { paragraph: 2 },
    });
  });

  it("does not take a storage location the contract never states from a data-abroad finding", () => {
    const terms = termsOfLines(
      "10.1 Vendor shall comply with the Personal Information Protection Law in processing Customer Data."
    );
    expect(terms.find((t) => t.id === "storageLocation")).toBeUndefined();
  });
});
