import { readDocx } from "../../src/docx";
import { li, list, makeDocx, p, style, tbl } from "./makeDocx";

const texts = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((para) => para.text);

describe("readDocx: text and structure", () => {
  it("reads plain paragraphs in order with 0-based indices and the source", () => {
    const snap = readDocx(makeDocx(p("First clause.") + p("Second clause.")), "contract.docx");
    expect(snap.source).toBe("contract.docx");
    expect(snap.paragraphs).toEqual([
      { index: 0, text: "First clause." },
      { index: 1, text: "Second clause." },
    ]);
  });

  it("joins runs and decodes entities", () => {
    const body = `<w:p><w:r><w:t>Fees &amp; </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">charges </w:t></w:r><w:r><w:t>&lt;net 30&gt;</w:t></w:r></w:p>`;
    expect(texts(makeDocx(body))).toEqual(["Fees & charges <net 30>"]);
  });

  it("keeps empty paragraphs so indices match Word's paragraph collection", () => {
    const snap = readDocx(makeDocx(p("A") + "<w:p/>" + p("") + p("B")));
    expect(snap.paragraphs.map((x) => [x.index, x.text])).toEqual([
      [0, "A"],
      [1, ""],
      [2, ""],
      [3, "B"],
    ]);
  });

  it("maps tabs, breaks and non-breaking hyphens", () => {
    const body =
      `<w:p><w:r><w:t>1.1</w:t><w:tab/><w:t>Term</w:t><w:br/><w:t>line two</w:t><w:cr/>` +
      `<w:t>end</w:t><w:noBreakHyphen/><w:t>to</w:t><w:noBreakHyphen/><w:t>end</w:t></w:r></w:p>`;
    expect(texts(makeDocx(body))).toEqual(["1.1\tTerm line two end-to-end"]);
  });

  it("includes tracked insertions and excludes tracked deletions and moved-from text", () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Liability is capped at </w:t></w:r>` +
      `<w:del w:id="1" w:author="Vendor"><w:r><w:delText>twice</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="Vendor"><w:r><w:t>one times</w:t></w:r></w:ins>` +
      `<w:moveFrom w:id="3" w:author="Vendor"><w:r><w:t> (moved away)</w:t></w:r></w:moveFrom>` +
      `<w:r><w:t xml:space="preserve"> the annual fees.</w:t></w:r></w:p>`;
    expect(texts(makeDocx(body))).toEqual(["Liability is capped at one times the annual fees."]);
  });

  it("reads runs inside hyperlinks, smart tags, simple fields and content controls, but not field codes", () => {
    const body =
      `<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>See </w:t></w:r></w:hyperlink>` +
      `<w:smartTag w:uri="x" w:element="place"><w:r><w:t>Schedule </w:t></w:r></w:smartTag>` +
      `<w:fldSimple w:instr=" SEQ Schedule "><w:r><w:t>2</w:t></w:r></w:fldSimple>` +
      `<w:r><w:t xml:space="preserve">, section </w:t></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\r </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4.2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:sdt><w:sdtPr><w:alias w:val="Party"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> of Acme</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    expect(texts(makeDocx(body))).toEqual(["See Schedule 2, section 4.2 of Acme"]);
  });

  it("reads block-level content controls and skips text boxes in drawings", () => {
    const body =
      `<w:sdt><w:sdtPr/><w:sdtContent>${p("In a control")}${tbl([["x"]])}</w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:drawing><w:txbxContent>${p("text box")}</w:txbxContent></w:drawing></w:r></w:p>`;
    const snap = readDocx(makeDocx(body));
    expect(snap.paragraphs.map((x) => x.text)).toEqual(["In a control", "x", "Body"]);
    expect(snap.paragraphs[1].table).toEqual({ table: 0, row: 0, cell: 0 });
  });

  it("gives table cell paragraphs their table/row/cell position", () => {
    const body =
      p("Before") +
      tbl([
        ["Service", "Fee"],
        ["Hosting", "$100"],
      ]) +
      p("Between") +
      tbl([["Only"]]) +
      p("After");
    const snap = readDocx(makeDocx(body));
    expect(snap.paragraphs).toEqual([
      { index: 0, text: "Before" },
      { index: 1, text: "Service", table: { table: 0, row: 0, cell: 0 } },
      { index: 2, text: "Fee", table: { table: 0, row: 0, cell: 1 } },
      { index: 3, text: "Hosting", table: { table: 0, row: 1, cell: 0 } },
      { index: 4, text: "$100", table: { table: 0, row: 1, cell: 1 } },
      { index: 5, text: "Between" },
      { index: 6, text: "Only", table: { table: 1, row: 0, cell: 0 } },
      { index: 7, text: "After" },
    ]);
  });

  it("keeps every paragraph of a cell and flattens nested tables under the outer cell's position", () => {
    const nested = tbl([["n1", "n2"]]);
    const body =
      `<w:tbl><w:tr><w:tc>${p("a1")}${p("a2")}</w:tc><w:tc>${p("b")}${nested}${p("b-after")}</w:tc></w:tr></w:tbl>` +
      tbl([["next"]]);
    const snap = readDocx(makeDocx(body));
    expect(snap.paragraphs.map((x) => [x.text, x.table])).toEqual([
      ["a1", { table: 0, row: 0, cell: 0 }],
      ["a2", { table: 0, row: 0, cell: 0 }],
      ["b", { table: 0, row: 0, cell: 1 }],
      ["n1", { table: 0, row: 0, cell: 1 }],
      ["n2", { table: 0, row: 0, cell: 1 }],
      ["b-after", { table: 0, row: 0, cell: 1 }],
      ["next", { table: 1, row: 0, cell: 0 }],
    ]);
  });

  it("finds the main part through the package relationships", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const bytes = makeDocx("", {
      noDocument: true,
      extra: {
        "_rels/.rels":
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>`,
        "doc/main.xml": `<w:document xmlns:w="${W}"><w:body>${p("Moved main part")}</w:body></w:document>`,
      },
    });
    expect(texts(bytes)).toEqual(["Moved main part"]);
  });
});

describe("readDocx: styles and headings", () => {
  const styles =
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    style("Heading1", "heading 1", `<w:outlineLvl w:val="0"/>`) +
    style("Heading2", "heading 2") +
    style("1", "heading 1") + // Chinese Word: localised id, English built-in name
    style("a3", "标题 2") + // WPS and hand-made templates: Chinese name
    style("zh3", "标题3") +
    style("Title", "Title") +
    style("ClauseHeading", "Clause Heading", `<w:outlineLvl w:val="2"/>`) +
    style("SubClause", "Sub Clause", "", "") +
    `<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="ClauseHeading"/></w:style>` +
    style("BodyText", "body text");

  it("resolves style ids to names and uses the default paragraph style", () => {
    const snap = readDocx(
      makeDocx(
        p("plain") +
          p("body", `<w:pStyle w:val="BodyText"/>`) +
          p("missing", `<w:pStyle w:val="NoSuchStyle"/>`),
        { styles }
      )
    );
    expect(snap.paragraphs.map((x) => x.style)).toEqual(["Normal", "Body Text", "NoSuchStyle"]);
    expect(snap.paragraphs.every((x) => x.headingLevel === undefined)).toBe(true);
  });

  it("detects headings by built-in style name in English and Chinese", () => {
    const body =
      p("Definitions", `<w:pStyle w:val="Heading1"/>`) +
      p("Fees", `<w:pStyle w:val="Heading2"/>`) +
      p("定义", `<w:pStyle w:val="1"/>`) +
      p("费用", `<w:pStyle w:val="a3"/>`) +
      p("期限", `<w:pStyle w:val="zh3"/>`) +
      p("MASTER SERVICES AGREEMENT", `<w:pStyle w:val="Title"/>`);
    const snap = readDocx(makeDocx(body, { styles }));
    expect(snap.paragraphs.map((x) => [x.style, x.headingLevel])).toEqual([
      ["Heading 1", 1],
      ["Heading 2", 2],
      ["Heading 1", 1],
      ["标题 2", 2],
      ["标题3", 3],
      ["Title", 1],
    ]);
  });

  it("detects headings from the style id alone when styles.xml is missing", () => {
    const snap = readDocx(makeDocx(p("x", `<w:pStyle w:val="Heading3"/>`)));
    expect(snap.paragraphs[0]).toMatchObject({ style: "Heading3", headingLevel: 3 });
  });

  it("uses w:outlineLvl from the paragraph, its style or the style it is based on", () => {
    const body =
      p("direct", `<w:outlineLvl w:val="1"/>`) +
      p("body-level", `<w:outlineLvl w:val="9"/>`) +
      p("styled", `<w:pStyle w:val="ClauseHeading"/>`) +
      p("inherited", `<w:pStyle w:val="Derived"/>`) +
      p("heading wins", `<w:pStyle w:val="Heading2"/><w:outlineLvl w:val="5"/>`);
    const snap = readDocx(makeDocx(body, { styles }));
    expect(snap.paragraphs.map((x) => x.headingLevel)).toEqual([2, undefined, 3, 3, 2]);
  });
});

describe("readDocx: list labels", () => {
  it('numbers "第%1条" with chineseCounting: 第一条 … 第十一条', () => {
    const numbering = list(1, 0, [{ fmt: "chineseCounting", text: "第%1条" }]);
    const body = Array.from({ length: 21 }, (_, i) => li(`clause ${i + 1}`, 1)).join("");
    const labels = readDocx(makeDocx(body, { numbering })).paragraphs.map((x) => x.listLabel);
    expect(labels.slice(0, 3)).toEqual(["第一条", "第二条", "第三条"]);
    expect(labels[9]).toBe("第十条");
    expect(labels[10]).toBe("第十一条");
    expect(labels[19]).toBe("第二十条");
    expect(labels[20]).toBe("第二十一条");
  });

  it('numbers "%1.%2" multi-level lists and resets the deeper level', () => {
    const numbering = list(3, 7, [
      { fmt: "decimal", text: "%1." },
      { fmt: "decimal", text: "%1.%2" },
    ]);
    const body =
      li("Fees", 3, 0) +
      li("a", 3, 1) +
      li("b", 3, 1) +
      p("not in list") +
      li("Term", 3, 0) +
      li("c", 3, 1);
    const snap = readDocx(makeDocx(body, { numbering }));
    expect(snap.paragraphs.map((x) => x.listLabel)).toEqual([
      "1.",
      "1.1",
      "1.2",
      undefined,
      "2.",
      "2.1",
    ]);
    // The label is not part of the text.
    expect(snap.paragraphs[1].text).toBe("a");
  });

  it('numbers lowerLetter "(%1)" and honours w:start', () => {
    const numbering =
      list(2, 1, [{ fmt: "lowerLetter", text: "(%1)" }]) +
      list(4, 2, [{ fmt: "upperRoman", text: "Article %1", start: 3 }]);
    const body = li("x", 2) + li("y", 2) + li("z", 2) + li("III", 4) + li("IV", 4);
    const labels = readDocx(makeDocx(body, { numbering })).paragraphs.map((x) => x.listLabel);
    expect(labels).toEqual(["(a)", "(b)", "(c)", "Article III", "Article IV"]);
  });

  it("keeps separate counters per list and returns no label for bullets", () => {
    const numbering =
      list(1, 1, [{ fmt: "decimal", text: "%1." }]) +
      list(2, 2, [{ fmt: "decimalEnclosedCircle", text: "%1" }]) +
      list(5, 5, [{ fmt: "bullet", text: "•" }]);
    const body = li("a", 1) + li("①", 2) + li("b", 1) + li("dot", 5) + li("②", 2);
    const labels = readDocx(makeDocx(body, { numbering })).paragraphs.map((x) => x.listLabel);
    expect(labels).toEqual(["1.", "①", "2.", undefined, "②"]);
  });

  it("continues lists that share an abstractNum, and restarts on w:startOverride (as Word does)", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = li("a", 1) + li("b", 1) + li("c", 2) + li("restart", 3) + li("e", 3);
    const labels = readDocx(makeDocx(body, { numbering })).paragraphs.map((x) => x.listLabel);
    expect(labels).toEqual(["1)", "2)", "3)", "1)", "2)"]);
  });

  it("takes numbering from the paragraph style and numId 0 switches it off", () => {
    const numbering = list(9, 0, [{ fmt: "chineseCounting", text: "第%1条" }]);
    const styles = style(
      "Clause",
      "Clause",
      `<w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="1"/>`
    );
    const body =
      p("定义", `<w:pStyle w:val="Clause"/>`) +
      p("费用", `<w:pStyle w:val="Clause"/>`) +
      p("unnumbered", `<w:pStyle w:val="Clause"/><w:numPr><w:numId w:val="0"/></w:numPr>`) +
      p("期限", `<w:pStyle w:val="Clause"/>`);
    const snap = readDocx(makeDocx(body, { numbering, styles }));
    expect(snap.paragraphs.map((x) => [x.text, x.listLabel, x.headingLevel])).toEqual([
      ["定义", "第一条", 2],
      ["费用", "第二条", 2],
      ["unnumbered", undefined, 2],
      ["期限", "第三条", 2],
    ]);
  });

  it("labels list paragraphs inside table cells", () => {
    const numbering = list(1, 0, [{ fmt: "decimal", text: "%1." }]);
    const body = `<w:tbl><w:tr><w:tc>${li("in cell", 1)}</w:tc></w:tr></w:tbl>` + li("after", 1);
    const snap = readDocx(makeDocx(body, { numbering }));
    expect(snap.paragraphs.map((x) => x.listLabel)).toEqual(["1.", "2."]);
  });
});

describe("readDocx: size of work", () => {
  it("reads a 300-page-sized document quickly", () => {
    const numbering = list(1, 0, [
      { fmt: "decimal", text: "%1." },
      { fmt: "decimal", text: "%1.%2" },
    ]);
    const clause =
      "The Supplier shall provide the Services in accordance with the Service Levels set out in Schedule 2. ";
    const parts: string[] = [];
    for (let i = 0; i < 6000; i++) {
      parts.push(i % 10 === 0 ? li(`Clause ${i}`, 1, 0) : li(clause.repeat(2), 1, 1));
      if (i % 200 === 0)
        parts.push(
          tbl([
            ["Item", "Fee"],
            ["Hosting", "100"],
            ["Support", "50"],
          ])
        );
    }
    const bytes = makeDocx(parts.join(""), { numbering });
    const snap = readDocx(bytes);
    expect(snap.paragraphs.length).toBe(6000 + 30 * 6);
    expect(snap.paragraphs[snap.paragraphs.length - 1].listLabel).toBe("600.9");
  });
});
