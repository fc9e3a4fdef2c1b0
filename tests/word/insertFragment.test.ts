/**
 * Inserting an appendix through the Word host: a heading in the document's Heading style, clauses,
 * real tables with a header row in the document's table style, all in one tagged content control,
 * in one undo-friendly batch (≤ 2 syncs); a second insert is refused as "exists" and replaces only
 * when asked, leaving the rest of the document as it was.
 */
import { defaultSlaForm, defaultScopeForm, renderAppendix } from "../../src/library/appendices";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";

const playbook = defaultPlaybook;
import { createFakeWord, FakeDocument, type ApiVersion } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

function setup(doc: FakeDocument, apiVersion: ApiVersion = "1.4") {
  const fake = createFakeWord(doc, { apiVersion });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: apiVersion,
    displayLanguage: "en-US",
  });
  return { fake, host };
}

const contract = () =>
  FakeDocument.fromParagraphs([
    { text: "Subscription Agreement", headingLevel: 1 },
    "1. The Vendor provides the CRM service for one year.",
    "2. Fees are payable within 30 days of a correct invoice.",
    "Signed by the parties.",
  ]);

describe("insert an appendix", () => {
  it("puts heading, clauses and tables with a header row at the end, tagged, in two syncs", async () => {
    const doc = contract();
    const { fake, host } = setup(doc);
    const fragment = renderAppendix(defaultSlaForm("en", defaultPlaybook), "en");
    await expect(host.insertFragment(fragment, { where: "end", replace: false })).resolves.toEqual({
      ok: true,
      replaced: false,
    });
    expect(fake.stats.syncCount).toBeLessThanOrEqual(2);

    const first = doc.paragraphs.findIndex((p) => p.text === fragment.title);
    expect(first).toBe(4); // after the signature line: "at the end of the document"
    expect(doc.paragraph(first).headingLevel).toBe(1);
    const tables = doc.tables();
    const expected = fragment.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(expected.length);
    tables.forEach((table, i) => {
      const block = expected[i] as { header: string[]; rows: string[][] };
      expect(table.rows).toEqual([block.header, ...block.rows]);
      expect(table.headerRowCount).toBe(1);
      expect(table.style).toBe("Table Grid");
    });
    const [control] = doc.contentControls();
    expect(control).toMatchObject({
      tag: fragment.tag,
      title: fragment.title,
      firstParagraph: first,
    });
    // Inserted as a tracked change, the user's mode put back.
    expect(doc.revisions().every((r) => r.kind === "insert" || r.kind === "format")).toBe(true);
    expect(doc.changeTrackingMode).toBe("Off");
    // The rest of the contract is as it was.
    expect(doc.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
      "Subscription Agreement",
      "1. The Vendor provides the CRM service for one year.",
      "2. Fees are payable within 30 days of a correct invoice.",
      "Signed by the parties.",
    ]);
  });

  it("inserts at the cursor, after the paragraph holding it, in the document's own table style", async () => {
    const doc = FakeDocument.fromParagraphs(
      [
        "1. Services.",
        { text: "Item", table: { table: 0, row: 0, cell: 0 } },
        { text: "Fee", table: { table: 0, row: 0, cell: 1 } },
        "2. Scope.",
        "3. Fees.",
      ],
      { tables: [{ style: "Grid Table 4 - Accent 1", headerRowCount: 1 }] }
    );
    doc.setSelection({ start: { paragraph: 3, offset: 2 }, end: { paragraph: 3, offset: 2 } });
    const { host } = setup(doc);
    const fragment = renderAppendix(defaultScopeForm("en"), "en");
    await host.insertFragment(fragment, { where: "cursor", replace: false });
    expect(doc.paragraph(4).text).toBe(fragment.title);
    expect(doc.paragraphs[doc.paragraphCount - 1].text).toBe("3. Fees.");
    expect(
      doc
        .tables()
        .slice(1)
        .every((t) => t.style === "Grid Table 4 - Accent 1")
    ).toBe(true);
  });

  it("refuses a second insert as 'exists', then replaces in place without touching the rest", async () => {
    const doc = contract();
    const { host } = setup(doc);
    const form = defaultSlaForm("en", defaultPlaybook);
    await host.insertFragment(renderAppendix(form, "en"), { where: "end", replace: false });
    doc.acceptAll();
    doc.insertBodyParagraph(doc.paragraphCount, "A clause the user added after the appendix.");
    const before = doc.text();

    const changed = renderAppendix({ ...form, availability: 99.95 }, "en");
    await expect(
      host.insertFragment(changed, { where: "cursor", replace: false })
    ).resolves.toEqual({
      ok: false,
      reason: "exists",
    });
    expect(doc.text()).toBe(before);

    await expect(host.insertFragment(changed, { where: "cursor", replace: true })).resolves.toEqual(
      {
        ok: true,
        replaced: true,
      }
    );
    doc.acceptAll();
    expect(doc.contentControls()).toHaveLength(1);
    expect(doc.text()).toContain("99.95");
    expect(doc.text()).not.toContain("at least 99.9%");
    expect(doc.text().split("\n").slice(0, 4)).toEqual(before.split("\n").slice(0, 4));
    expect(doc.text()).toContain("A clause the user added after the appendix.");
  });

  it("in Chinese: the review of the document with both appendices finds the four topics met", async () => {
    const doc = FakeDocument.fromParagraphs([
      { text: "软件服务协议", headingLevel: 1 },
      "第一条 乙方向甲方提供客户关系管理软件服务，服务期一年。",
      "第二条 甲方可提前三十日书面通知解除本协议，乙方按比例退还未使用期间的费用。",
      "甲方（盖章）：          乙方（盖章）：",
    ]);
    const { host } = setup(doc, "1.3");
    await host.insertFragment(renderAppendix(defaultScopeForm("zh", playbook), "zh"), {
      where: "end",
      replace: false,
    });
    await host.insertFragment(renderAppendix(defaultSlaForm("zh", playbook), "zh"), {
      where: "end",
      replace: false,
    });
    const report = review(doc.toSnapshot(), playbook, libraryWording);
    const verdict = (id: string) => report.topics.find((t) => t.topic === id)!.verdict;
    expect(
      ["functional-scope", "support-response", "availability-sla", "performance"].map(verdict)
    ).toEqual(["meets", "meets", "meets", "meets"]);
  });

  it("refuses a read-only document with nothing changed", async () => {
    const doc = contract();
    const before = doc.text();
    const fake = createFakeWord(doc, { apiVersion: "1.4" });
    const host = createOfficeHost(fake.Word as unknown as typeof Word, {
      wordApi: "1.4",
      displayLanguage: "en-US",
      isReadOnly: () => true,
    });
    await expect(
      host.insertFragment(renderAppendix(defaultScopeForm("en"), "en"), {
        where: "end",
        replace: false,
      })
    ).resolves.toEqual({ ok: false, reason: "read-only" });
    expect(doc.text()).toBe(before);
  });
});
