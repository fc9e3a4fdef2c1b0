/**
 * "Compare with…" from the pane's store over the in-memory Word: the open document is the new draft,
 * the picked file the old one (read in the pane); worse changes first; going to a changed clause;
 * the summary inserted as a tagged table; an unreadable file explained.
 */
import { readFileSync } from "node:fs";
import { fragmentDocument, readDocx, readDraft } from "../../src/docx";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore } from "../../src/state";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost, officeEnvironment } from "../../src/word";

const draft = (name: string) =>
  readDraft(readFileSync(`tests/fixtures/compare/${name}.draft.md`, "utf8"), name);

/** The old draft as a real .docx: its paragraphs written by the .docx writer. */
function docxOf(name: string): Uint8Array {
  const snapshot = draft(name);
  return fragmentDocument([
    {
      tag: "old",
      title: name,
      blocks: snapshot.paragraphs.map((p) =>
        p.headingLevel
          ? { kind: "heading", level: 1, text: p.text }
          : { kind: "paragraph", text: p.text }
      ),
    },
  ]);
}

function setup(newDraft: string) {
  const doc = FakeDocument.fromSnapshot(draft(newDraft));
  const fake = createFakeWord(doc, { apiVersion: "1.6" });
  const host = createOfficeHost(
    fake.Word as unknown as typeof Word,
    officeEnvironment(fake.Office, "1.6")
  );
  const store = createPaneStore({
    host,
    playbook: defaultPlaybook,
    wording: libraryWording,
    openDocument: readDocx,
  });
  return { doc, fake, store };
}

describe("compare the open draft with another", () => {
  it("ranks what got worse first and goes to the changed clause", async () => {
    const { doc, store } = setup("en-worse-numbers.new");
    await store.getState().compareWithFile("round-1.docx", docxOf("en-worse-numbers.old"));
    const { comparison, compareAgainst, compareError } = store.getState();
    expect(compareError).toBeNull();
    expect(compareAgainst).toBe("round-1.docx");
    const worse = comparison!.topics.filter((t) => t.direction === "worse").map((t) => t.topic);
    expect(worse.slice(0, 3).sort()).toEqual([
      "availability-sla",
      "support-response",
      "term-renewal",
    ]);

    const notice = comparison!.alignments.find(
      (a) => a.kind === "changed" && a.new[0]?.text.includes("ninety (90)")
    )!;
    await store.getState().selectAlignment(notice);
    expect(doc.paragraphText(doc.selection.start.paragraph)).toContain("ninety (90)");
  });

  it("inserts the summary as a table at the end, tagged so a second insert asks first", async () => {
    const { doc, store } = setup("zh-worse-numbers.new");
    await store.getState().compareWithFile("第一轮.docx", docxOf("zh-worse-numbers.old"));
    await store.getState().insertComparisonSummary();
    expect(store.getState().error).toBeNull();
    expect(doc.contentControls().map((c) => c.tag)).toEqual(["clauseReview.comparison"]);
    const table = doc.tables().at(-1)!;
    expect(table.rows[0]).toEqual(["审查主题", "变化", "对比稿", "本稿"]);
    expect(table.rows.slice(1).some((r) => r[1].startsWith("更不利"))).toBe(true);
    await store.getState().insertComparisonSummary();
    expect(store.getState().replaceAsk).not.toBeNull();
  });

  it("compares with our standard wording", async () => {
    const { store } = setup("en-new-traps.new");
    await store.getState().compareWithStandard();
    const { comparison, compareAgainst } = store.getState();
    expect(compareAgainst).toBeNull();
    expect(comparison!.topics.some((t) => t.direction === "worse")).toBe(true);
    expect(store.getState().comparisonReport("en")).toContain("<del>");
  });

  it("explains a file that is not a Word document, and changes nothing", async () => {
    const { doc, store } = setup("en-worse-numbers.new");
    const before = doc.text();
    await store.getState().compareWithFile("notes.docx", new TextEncoder().encode("not a zip"));
    expect(store.getState().compareError).toMatch(/\S/);
    expect(store.getState().comparison).toBeNull();
    expect(doc.text()).toBe(before);
  });
});
