import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import mammoth from "mammoth";
import type { DocumentFragment } from "../../src/engine/fragment";
import {
  appendFragment,
  appendFragments,
  contentControlTags,
  DocxError,
  fragmentDocument,
  readDocx,
} from "../../src/docx";
import { makeDocx, p, style, tbl, W_NS } from "./makeDocx";

const SLA: DocumentFragment = {
  tag: "clauseReview.appendix.sla",
  title: "附件二：服务等级协议（SLA）",
  blocks: [
    { kind: "heading", level: 1, text: "附件二：服务等级协议（SLA）" },
    { kind: "paragraph", text: "乙方保证本系统的月度可用性不低于99.9%。" },
    { kind: "heading", level: 2, text: "一、服务赔偿" },
    {
      kind: "table",
      header: ["月度可用性", "赔偿（当月服务费的百分比）"],
      rows: [
        ["低于99.9%", "10%"],
        ["低于99.5%", "25%"],
        ["低于99.0%", "50%"],
      ],
    },
  ],
};

const SCOPE: DocumentFragment = {
  tag: "clauseReview.appendix.scope",
  title: "Appendix 1: Functional Scope",
  blocks: [
    { kind: "heading", level: 1, text: "Appendix 1: Functional Scope" },
    { kind: "paragraph", text: "The features below are included in the fees." },
    {
      kind: "table",
      header: ["No.", "Module", "Feature"],
      rows: [["1", "Leads", "Lead capture & <scoring>"]],
    },
  ],
};

/** mammoth: an independent reader of the package, as HTML. */
async function html(docx: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
  return result.value;
}

const tables = (h: string) => h.match(/<table>.*?<\/table>/g) ?? [];
const cells = (table: string | undefined, tag: "th" | "td") =>
  [...(table ?? "").matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, "g"))].map((m) =>
    m[1].replace(/<[^>]+>/g, "")
  );

const part = (docx: Uint8Array, name: string) => strFromU8(unzipSync(docx)[name]);

function docxError(fn: () => unknown): DocxError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return error as DocxError;
  }
  throw new Error("expected a DocxError");
}

/** Every XML part of the package parses, strictly. */
function expectWellFormed(docx: Uint8Array): void {
  for (const [name, data] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const problems: string[] = [];
    new DOMParser({
      onError: (level, message) => void (level !== "warning" && problems.push(message)),
    }).parseFromString(strFromU8(data), "text/xml");
    expect([name, problems]).toEqual([name, []]);
  }
}

/**
 * What Word (zh-CN) saves: style ids "a" (Normal), "1"/"2" (heading 1/2, the first one numbered
 * 第一条 …), "a3" (Table Grid), a first table in another style, rsids, mc:Ignorable, settings,
 * theme and core properties, A4 with 3.17 cm side margins.
 */
function chineseWordDocx(): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  const root =
    `<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ` +
    `xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
    `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15 wp14">`;
  const para = (text: string, pPr = "") =>
    `<w:p w:rsidR="00C31E5B" w:rsidRDefault="00C31E5B" w14:paraId="1A2B3C4D" w14:textId="77777777">` +
    `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
  const body =
    para("软件服务合同") +
    para("服务内容", '<w:pStyle w:val="1"/>') +
    tbl([["服务", "费用"]]).replace(
      "<w:tblPr/>",
      '<w:tblPr><w:tblStyle w:val="11"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    ) +
    para("双方签字");
  const document =
    `${head}${root}<w:body>${body}<w:sectPr w:rsidR="00C31E5B"><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>` +
    `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>`;
  const styles =
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>` +
    `<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:kern w:val="44"/><w:sz w:val="44"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>` +
    `<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/><w:link w:val="1"/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="a4"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a4"/></w:style>` +
    `<w:style w:type="table" w:styleId="11"><w:name w:val="Grid Table 1 Light"/><w:basedOn w:val="a4"/></w:style>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>` +
    `<w:pStyle w:val="1"/><w:lvlText w:val="第%1条"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
  return makeDocx("", {
    noDocument: true,
    styles,
    numbering,
    extra: {
      "word/document.xml": document,
      "word/settings.xml": `${head}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/></w:settings>`,
      "word/theme/theme1.xml": `${head}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"/>`,
      "docProps/core.xml": `${head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
    },
  });
}

const CONTRACT_STYLES =
  style("Normal", "Normal", "", ' w:default="1"') +
  style("Heading1", "heading 1", '<w:outlineLvl w:val="0"/>') +
  style("Heading2", "heading 2", '<w:outlineLvl w:val="1"/>') +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>`;

const contract = () =>
  makeDocx(p("Master Services Agreement") + p("1. Services. Vendor provides the service."), {
    styles: CONTRACT_STYLES,
  });

describe("appendFragment", () => {
  it("appends the heading, lead paragraph and table, as mammoth reads them", async () => {
    const out = appendFragment(contract(), SLA);
    const h = await html(out);
    expect(h).toMatch(/^<p>Master Services Agreement<\/p><p>1\. Services/);
    expect(h).toContain(
      "<h1>附件二：服务等级协议（SLA）</h1><p>乙方保证本系统的月度可用性不低于99.9%。</p>"
    );
    expect(h).toContain("<h2>一、服务赔偿</h2>");
    const [table] = tables(h);
    expect(table).toMatch(/<thead>/);
    expect(cells(table, "th")).toEqual(["月度可用性", "赔偿（当月服务费的百分比）"]);
    expect(cells(table, "td")).toEqual([
      "低于99.9%",
      "10%",
      "低于99.5%",
      "25%",
      "低于99.0%",
      "50%",
    ]);
  });

  it("reads back with our own reader: heading levels, table positions, text", () => {
    const paragraphs = readDocx(appendFragment(contract(), SLA)).paragraphs;
    expect(paragraphs.slice(2, 5)).toEqual([
      { index: 2, text: "附件二：服务等级协议（SLA）", style: "Heading 1", headingLevel: 1 },
      { index: 3, text: "乙方保证本系统的月度可用性不低于99.9%。", style: "Normal" },
      { index: 4, text: "一、服务赔偿", style: "Heading 2", headingLevel: 2 },
    ]);
    const cellsRead = paragraphs.filter((x) => x.table);
    expect(cellsRead).toHaveLength(8);
    expect(cellsRead[0]).toMatchObject({
      text: "月度可用性",
      table: { table: 0, row: 0, cell: 0 },
    });
    expect(cellsRead[7]).toMatchObject({ text: "50%", table: { table: 0, row: 3, cell: 1 } });
  });

  it("wraps the fragment in a content control tagged and titled, before the final sectPr", () => {
    const out = appendFragment(contract(), SLA);
    const xml = part(out, "word/document.xml");
    expect(xml).toMatch(
      /<w:sdt><w:sdtPr><w:alias w:val="附件二：服务等级协议（SLA）"\/><w:tag w:val="clauseReview\.appendix\.sla"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent>/
    );
    // A fragment ending in a table gets a paragraph after it: Word ends a body with one.
    expect(xml).toMatch(/<\/w:tbl><\/w:sdtContent><\/w:sdt><w:p\/><w:sectPr\/><\/w:body>/);
    expect(contentControlTags(out)).toEqual(["clauseReview.appendix.sla"]);
  });

  it("writes a full-width table in the document's style with a repeated bold header row", () => {
    const xml = part(appendFragment(contract(), SLA), "word/document.xml");
    expect(xml).toContain('<w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>');
    expect(xml).toMatch(
      /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr><w:tc><w:tcPr><w:tcW w:w="\d+" w:type="dxa"\/><\/w:tcPr><w:p><w:r><w:rPr><w:b\/><\/w:rPr><w:t>月度可用性<\/w:t>/
    );
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it("keeps every other part byte for byte and adds no entry", () => {
    const image = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    const input = makeDocx(p("Contract"), {
      styles: CONTRACT_STYLES,
      extra: {
        "word/media/image1.png": image,
        "docProps/core.xml": '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:x"/>',
        "customXml/item1.xml": "<data>&amp; kept</data>",
      },
    });
    const out = appendFragment(input, SLA);
    const before = unzipSync(input);
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === "word/document.xml") continue;
      expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([
        name,
        true,
      ]);
    }
    expectWellFormed(out);
  });

  it("escapes XML characters, keeps spaces and splits lines", async () => {
    const tricky: DocumentFragment = {
      tag: "t",
      title: "A & B <\"quoted\"> 'x'",
      blocks: [
        { kind: "heading", level: 1, text: "Fees & <charges>\nsecond line" },
        { kind: "paragraph", text: "  a < b && c > \"d\" 'e'  \nnext\u0007 paragraph\tend" },
        { kind: "table", header: ["<k>", "v & w"], rows: [["1\n2", '"q"']] },
      ],
    };
    const out = appendFragment(contract(), tricky);
    expectWellFormed(out);
    expect(part(out, "word/document.xml")).toContain(
      "<w:alias w:val=\"A &amp; B &lt;&quot;quoted&quot;&gt; 'x'\"/>"
    );
    const texts = readDocx(out).paragraphs.map((x) => x.text);
    expect(texts.slice(2)).toEqual([
      "Fees & <charges> second line", // a heading's line break is a w:br (read as a space)
      "  a < b && c > \"d\" 'e'  ",
      "next paragraph\tend",
      "<k>",
      "v & w",
      "1",
      "2",
      '"q"',
      "",
    ]);
    const h = await html(out);
    expect(h).toContain("<h1>Fees &amp; &lt;charges&gt;<br />second line</h1>");
    expect(cells(tables(h)[0], "th")).toEqual(["&lt;k&gt;", "v &amp; w"]);
  });

  it("uses a Chinese template's own style ids, its first table's style, and no heading numbers", async () => {
    const input = chineseWordDocx();
    const out = appendFragment(input, SLA);
    const xml = part(out, "word/document.xml");
    expect(xml).toContain(
      '<w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>附件二'
    );
    expect(xml).toContain('<w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>一、服务赔偿');
    expect(xml).toContain('<w:tblStyle w:val="11"/>');
    // The grid fills the A4 text width of this template (11906 - 2 × 1800 twips).
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(-2).map((m) => Number(m[1]));
    expect(grid[0] + grid[1]).toBe(8306);
    // Word's namespace declarations, rsids and the section stay as they were.
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\s*<w:document xmlns:wpc=/
    );
    expect(xml).toContain('mc:Ignorable="w14 w15 wp14"');
    expect(xml).toMatch(/<\/w:sdt><w:p\/><w:sectPr w:rsidR="00C31E5B">/);
    // styles.xml needed nothing new; every part but the document keeps its bytes.
    const before = unzipSync(input);
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const changed = Object.keys(before).filter(
      (name) => !Buffer.from(after[name]).equals(Buffer.from(before[name]))
    );
    expect(changed).toEqual(["word/document.xml"]);
    expectWellFormed(out);

    const read = readDocx(out).paragraphs;
    // The contract's heading keeps its automatic 第一条; the appendix heading gets none.
    expect(read.filter((x) => x.headingLevel === 1).map((x) => [x.text, x.listLabel])).toEqual([
      ["服务内容", "第一条"],
      ["附件二：服务等级协议（SLA）", undefined],
    ]);
    expect(read.find((x) => x.text === "50%")?.table).toEqual({ table: 1, row: 3, cell: 1 });
    const h = await html(out);
    expect(h).toContain("<h1>附件二：服务等级协议（SLA）</h1>");
    expect(cells(tables(h)[1], "th")).toEqual(["月度可用性", "赔偿（当月服务费的百分比）"]);
  });

  it("falls back to a Table Grid the document defines under another id", () => {
    const styles =
      `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/></w:style>`;
    const out = appendFragment(makeDocx(p("合同") + tbl([["x"]]), { styles }), SLA);
    expect(part(out, "word/document.xml")).toContain('<w:tblStyle w:val="a3"/>');
  });

  it("adds the heading and Table Grid styles a document lacks", () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="My own heading"/></w:style>`;
    const out = appendFragment(makeDocx(p("Contract"), { styles }), SLA);
    const stylesXml = part(out, "word/styles.xml");
    expect(stylesXml).toContain(
      '<w:style w:type="paragraph" w:styleId="Heading1_2"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    );
    expect(stylesXml).toContain(
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    );
    expect(stylesXml).toMatch(
      /<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"\/>.*<w:insideV w:val="single"/
    );
    const read = readDocx(out).paragraphs;
    expect(read.find((x) => x.text.startsWith("附件二"))?.headingLevel).toBe(1);
    expect(read.find((x) => x.text === "一、服务赔偿")?.headingLevel).toBe(2);
    expectWellFormed(out);
  });

  it("creates styles.xml, its relationship and content type when the package has none", async () => {
    const input = makeDocx(p("Contract"));
    expect(unzipSync(input)["word/styles.xml"]).toBeUndefined();
    const out = appendFragment(input, SLA);
    expect(Object.keys(unzipSync(out)).sort()).toEqual(
      [...Object.keys(unzipSync(input)), "word/_rels/document.xml.rels", "word/styles.xml"].sort()
    );
    expect(part(out, "[Content_Types].xml")).toContain(
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    );
    expect(part(out, "word/_rels/document.xml.rels")).toMatch(
      /Type="[^"]+\/styles" Target="styles.xml"/
    );
    expect(readDocx(out).paragraphs[1]).toMatchObject({ headingLevel: 1, style: "Heading 1" });
    expect(await html(out)).toContain("<h1>附件二：服务等级协议（SLA）</h1>");
    expectWellFormed(out);
  });

  it("refuses a second copy without replace, naming the appendix", () => {
    const once = appendFragment(contract(), SLA);
    const error = docxError(() => appendFragment(once, SLA));
    expect(error.code).toBe("appendix-exists");
    expect(error.message).toMatch(/already has "附件二：服务等级协议（SLA）".*--replace/);
  });

  it("replaces in place with replace: one copy, where the first one was, same control id", async () => {
    const both = appendFragments(contract(), [SLA, SCOPE]);
    const changed: DocumentFragment = {
      ...SLA,
      blocks: SLA.blocks.map((b) =>
        b.kind === "table" ? { ...b, rows: [["低于99.95%", "15%"]] } : b
      ),
    };
    const out = appendFragment(both, changed, { replace: true });
    expect(contentControlTags(out)).toEqual([SLA.tag, SCOPE.tag]);
    const id = (docx: Uint8Array) =>
      /<w:tag w:val="clauseReview\.appendix\.sla"\/><w:id w:val="(\d+)"/.exec(
        part(docx, "word/document.xml")
      )?.[1];
    expect(id(out)).toBe(id(both));
    const h = await html(out);
    expect(h.match(/附件二：服务等级协议/g)).toHaveLength(1);
    expect(h.indexOf("附件二")).toBeLessThan(h.indexOf("Appendix 1"));
    expect(cells(tables(h)[0], "td")).toEqual(["低于99.95%", "15%"]);
    // Replacing does not pile up empty paragraphs at the end.
    expect(readDocx(out).paragraphs.length).toBe(readDocx(both).paragraphs.length - 4);
  });

  it("keeps two tables in a row apart", () => {
    const twoTables: DocumentFragment = {
      tag: "x",
      title: "x",
      blocks: [
        { kind: "table", header: ["a"], rows: [["1"]] },
        { kind: "table", header: ["b"], rows: [["2"]] },
      ],
    };
    const xml = part(appendFragment(contract(), twoTables), "word/document.xml");
    expect(xml).toContain("</w:tbl><w:p/><w:tbl>");
    expect(readDocx(appendFragment(contract(), twoTables)).paragraphs.at(-2)?.table?.table).toBe(1);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "empty"],
    ["text renamed .docx", strToU8("not a zip"), "not-zip"],
    ["a zip without a document", zipSync({ "a.txt": strToU8("x") }), "not-docx"],
    [
      "malformed document.xml",
      makeDocx("", {
        noDocument: true,
        extra: { "word/document.xml": `<w:document xmlns:w="${W_NS}"><w:body>` },
      }),
      "corrupt-xml",
    ],
    [
      "malformed styles.xml",
      makeDocx(p("x"), { styles: `<w:style w:styleId="A">` }),
      "corrupt-xml",
    ],
  ])("rejects %s with the reader's error", (_, bytes, code) => {
    expect(docxError(() => appendFragment(bytes, SLA)).code).toBe(code);
  });
});

describe("fragmentDocument", () => {
  it("writes a minimal valid .docx that mammoth opens", async () => {
    const out = fragmentDocument([SCOPE, SLA]);
    expect(Object.keys(unzipSync(out)).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/styles.xml",
    ]);
    expectWellFormed(out);
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(out) });
    expect(result.messages).toEqual([]);
    expect(result.value).toMatch(
      /^<h1>Appendix 1: Functional Scope<\/h1><p>The features below are included in the fees\.<\/p><table>/
    );
    expect(cells(tables(result.value)[0], "td")).toEqual([
      "1",
      "Leads",
      "Lead capture &amp; &lt;scoring&gt;",
    ]);
    expect(result.value).toContain("<h1>附件二：服务等级协议（SLA）</h1>");
    expect(contentControlTags(out)).toEqual([SCOPE.tag, SLA.tag]);
    const styles = part(out, "word/styles.xml");
    for (const name of ["Normal", "heading 1", "heading 2", "Table Grid"])
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    expect(part(out, "word/document.xml")).toContain('<w:tblStyle w:val="TableGrid"/>');
  });

  it("puts plain leading blocks first, outside any content control, and adds Heading 3 on demand", () => {
    const out = fragmentDocument([SLA], {
      leading: [
        { kind: "heading", level: 3, text: "Recitals" },
        { kind: "paragraph", text: "Line one\nLine two" },
      ],
    });
    const read = readDocx(out).paragraphs;
    expect(read.slice(0, 4).map((x) => [x.text, x.headingLevel])).toEqual([
      ["Recitals", 3],
      ["Line one", undefined],
      ["Line two", undefined],
      ["附件二：服务等级协议（SLA）", 1],
    ]);
    expect(part(out, "word/document.xml")).toMatch(
      /<w:body><w:p><w:pPr><w:pStyle w:val="Heading3"\/>/
    );
    expect(part(out, "word/styles.xml")).toContain('<w:name w:val="heading 3"/>');
  });

  it("is reproducible: the same fragments give the same bytes", () => {
    expect(Buffer.from(fragmentDocument([SLA])).equals(Buffer.from(fragmentDocument([SLA])))).toBe(
      true
    );
  });

  it("gives an empty document its one paragraph", () => {
    expect(readDocx(fragmentDocument([])).paragraphs).toEqual([
      { index: 0, text: "", style: "Normal" },
    ]);
  });
});
