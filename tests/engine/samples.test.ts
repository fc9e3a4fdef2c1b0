/**
 * The bundled vendor drafts, reviewed as a user would in the workbench or with `npm start`: every
 * trap of the three checked topics is found, with the numbers the draft states.
 */
import { readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import { review } from "../../src/engine/review";
import { defaultPlaybook, libraryWording } from "../../src/library";

function reviewSample(file: string) {
  const text = readFileSync(`src/workbench/samples/${file}`, "utf8");
  const snapshot = readDraft(text, file);
  return { snapshot, report: review(snapshot, defaultPlaybook, libraryWording) };
}

const codes = (report: ReturnType<typeof reviewSample>["report"], topic: string) =>
  report.topics.find((t) => t.topic === topic)!.findings.map((f) => f.reason.code);

describe.each([
  ["vendor-saas-zh.draft.md", "zh"],
  ["vendor-crm-en.draft.md", "en"],
])("sample %s", (file, language) => {
  const { snapshot, report } = reviewSample(file);

  it("is long enough to be real, with numbered clauses and a table", () => {
    expect(snapshot.paragraphs.length).toBeGreaterThan(150);
    expect(snapshot.paragraphs.some((p) => p.table)).toBe(true);
    expect(report.language).toBe(language);
  });

  it("finds the automatic renewal with ninety days' notice and then-current prices", () => {
    expect(codes(report, "term-renewal")).toEqual(["notice-too-long", "renewal-price"]);
    const notice = report.topics.find((t) => t.topic === "term-renewal")!.findings[0];
    expect(notice.values.cancellationNoticeDays.value).toBe(90);
  });

  it("finds the 48-hour urgent response and the five-business-day ordinary response", () => {
    const t = report.topics.find((t) => t.topic === "support-response")!;
    expect(t.findings.map((f) => [f.reason.params.level, f.reason.params.hours])).toEqual([
      ["P1", 48],
      ["P3", 120],
    ]);
  });

  it("finds the foreign governing law and forum", () => {
    expect(codes(report, "governing-law").slice(0, 2)).toEqual(["foreign-law", "foreign-forum"]);
  });

  it("quotes text that is really at each anchor", () => {
    for (const f of report.topics.flatMap((t) => t.findings)) {
      expect(snapshot.paragraphs[f.anchor.paragraph].text.slice(f.anchor.start, f.anchor.end)).toBe(
        f.anchor.quote
      );
    }
  });
});
